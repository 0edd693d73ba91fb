package org.inclusio.identity.internal;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/register")
class RegistrationController {

	private final Accounts accounts;

	private final Municipalities municipalities;

	RegistrationController(Accounts accounts, Municipalities municipalities) {
		this.accounts = accounts;
		this.municipalities = municipalities;
	}

	@ModelAttribute
	void options(Model model, Locale locale) {
		model.addAttribute("municipalities", municipalities.options(locale));
		model.addAttribute("languages", municipalities.languages());
	}

	@GetMapping
	String form(Model model, Locale locale) {
		RegistrationForm form = new RegistrationForm();
		form.setLanguage(locale.getLanguage());
		model.addAttribute("registration", form);
		return "identity/register";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult errors) {
		accounts.register(form, errors);
		form.setPassword(null);
		if (errors.hasErrors()) {
			return "identity/register";
		}
		return "redirect:/register/check-email";
	}

	@GetMapping("/check-email")
	String checkEmail() {
		return "identity/check-email";
	}

	@GetMapping("/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("confirmed", accounts.confirmEmail(token));
		return "identity/confirmed";
	}

	@GetMapping("/resend")
	String resendForm() {
		return "identity/resend";
	}

	@PostMapping("/resend")
	String resend(@RequestParam(defaultValue = "") String email) {
		if (!email.isBlank() && email.length() <= 320) {
			accounts.resendConfirmation(email);
		}
		return "redirect:/register/check-email";
	}
}
