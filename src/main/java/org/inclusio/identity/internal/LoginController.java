package org.inclusio.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) Integer wait,
			HttpSession session, Model model) {
		Object typed = session.getAttribute(SignInHandlers.TYPED_EMAIL);
		model.addAttribute("email", error != null && typed != null ? typed : "");
		if (error != null) {
			String problem = switch (error) {
				case "throttled", "unconfirmed", "disabled" -> error;
				default -> "invalid";
			};
			model.addAttribute("problem", problem);
			model.addAttribute("wait", wait == null ? 1 : Math.max(1, Math.min(wait, 60)));
		}
		return "identity/login";
	}
}
