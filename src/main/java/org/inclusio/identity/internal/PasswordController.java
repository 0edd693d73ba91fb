package org.inclusio.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten password: ask for a link by email, then choose a new password from it. */
@Controller
@RequestMapping("/password")
class PasswordController {

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	static class ForgotForm {

		@NotBlank(message = "{registration.email.required}")
		@Email(message = "{registration.email.invalid}", regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
		private String email;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}

	static class ResetForm {

		private String token;

		private String password;

		private String confirmation;

		public String getToken() {
			return token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirmation() {
			return confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}
	}

	@GetMapping("/forgot")
	String forgotForm(Model model) {
		model.addAttribute("forgot", new ForgotForm());
		return "identity/forgot";
	}

	@PostMapping("/forgot")
	String forgot(@Valid @ModelAttribute("forgot") ForgotForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/forgot";
		}
		accounts.requestPasswordReset(form.getEmail());
		return "redirect:/password/sent";
	}

	@GetMapping("/sent")
	String sent() {
		return "identity/reset-sent";
	}

	@GetMapping("/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		if (!accounts.isResetTokenValid(token)) {
			return "identity/reset-expired";
		}
		ResetForm form = new ResetForm();
		form.setToken(token);
		model.addAttribute("reset", form);
		return "identity/reset";
	}

	@PostMapping("/reset")
	String reset(@ModelAttribute("reset") ResetForm form, BindingResult errors) {
		if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "password.mismatch");
		}
		boolean valid = accounts.resetPassword(form.getToken(), form.getPassword(), errors);
		form.setPassword(null);
		form.setConfirmation(null);
		if (!valid) {
			return "identity/reset-expired";
		}
		if (errors.hasErrors()) {
			return "identity/reset";
		}
		return "redirect:/login?reset";
	}
}
