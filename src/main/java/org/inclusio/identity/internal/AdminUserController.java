package org.inclusio.identity.internal;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An ADMIN manages the accounts of their own municipality; every look at a person's details is audited. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Municipalities municipalities;

	AdminUserController(UserAccountRepository users, Accounts accounts, AuditLog audit, Municipalities municipalities) {
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.municipalities = municipalities;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("languages", municipalities.languages());
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		List<UserAccount> all = users.findAllByOrderByDisplayNameAsc();
		audit.record("LIST", "user", null, "count=" + all.size());
		model.addAttribute("users", all);
		return "identity/admin-users";
	}

	@GetMapping("/new")
	String newForm(Model model, Locale locale) {
		StaffForm form = new StaffForm();
		form.setLanguage(locale.getLanguage());
		model.addAttribute("staff", form);
		return "identity/admin-user-new";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal SignedInUser admin, @Valid @ModelAttribute("staff") StaffForm form,
			BindingResult errors, RedirectAttributes redirect) {
		var created = accounts.createStaff(admin, form, errors);
		if (created.isEmpty()) {
			return "identity/admin-user-new";
		}
		redirect.addFlashAttribute("created", true);
		return "redirect:/admin/users/" + created.get().getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable long id, Model model) {
		UserAccount user = find(id);
		audit.record("READ", "user", id);
		model.addAttribute("user", user);
		return "identity/admin-user";
	}

	@PostMapping("/{id}/roles")
	@Transactional
	String changeRoles(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam(name = "roles", required = false) String[] roles, RedirectAttributes redirect) {
		UserAccount user = find(id);
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			Arrays.stream(roles)
				.map(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)))
				.forEach(chosen::add);
		}
		if (admin.id() == id && !chosen.contains(Role.ADMIN)) {
			redirect.addFlashAttribute("problem", "staff.roles.ownAdmin");
			return "redirect:/admin/users/" + id;
		}
		user.changeRoles(chosen);
		audit.record("UPDATE", "user", id, "roles=" + user.getRoles());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	private UserAccount find(long id) {
		return users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
