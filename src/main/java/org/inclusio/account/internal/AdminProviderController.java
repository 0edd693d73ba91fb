package org.inclusio.account.internal;

import java.util.Arrays;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An ADMIN registers the municipality's providers and says which staff act for each. */
@Controller
@RequestMapping("/admin/providers")
@PreAuthorize("hasRole('ADMIN')")
class AdminProviderController {

	private final Providers providers;

	private final People people;

	private final AuditLog audit;

	AdminProviderController(Providers providers, People people, AuditLog audit) {
		this.providers = providers;
		this.people = people;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
		model.addAttribute("providers", providers.all(admin.tenantId()));
		model.addAttribute("kinds", ProviderKind.values());
		return "account/admin-providers";
	}

	@PostMapping
	@Transactional
	String create(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String kind, Model model, RedirectAttributes redirect) {
		String nameError = name.isBlank() ? "account.provider.name.required"
				: name.trim().length() > 200 ? "account.provider.name.tooLong"
				: providers.nameTaken(admin.tenantId(), name) ? "account.provider.name.taken" : null;
		boolean kindValid = Arrays.stream(ProviderKind.values()).anyMatch(k -> k.name().equals(kind));
		if (nameError != null || !kindValid) {
			model.addAttribute("providers", providers.all(admin.tenantId()));
			model.addAttribute("kinds", ProviderKind.values());
			model.addAttribute("name", name);
			model.addAttribute("kind", kind);
			model.addAttribute("nameError", nameError);
			model.addAttribute("kindError", kindValid ? null : "account.provider.kind.required");
			return "account/admin-providers";
		}
		long id = providers.create(admin.tenantId(), name, ProviderKind.valueOf(kind));
		audit.record("CREATE", "provider", id);
		redirect.addFlashAttribute("created", true);
		return "redirect:/admin/providers/" + id;
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
		Provider provider = providers.find(admin.tenantId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("provider", provider);
		model.addAttribute("members", providers.members(id).stream()
			.map(user -> people.find(admin.tenantId(), user))
			.flatMap(java.util.Optional::stream)
			.toList());
		return "account/admin-provider";
	}

	@PostMapping("/{id}/members")
	@Transactional
	String addMember(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		providers.find(admin.tenantId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var person = people.findByEmail(admin.tenantId(), email).filter(p -> p.has(Role.PROVIDER_STAFF));
		if (person.isEmpty()) {
			redirect.addFlashAttribute("memberError", "account.member.notStaff");
			redirect.addFlashAttribute("email", email);
		}
		else {
			providers.addMember(id, person.get().id());
			audit.record("ADD_MEMBER", "provider", id, "user=" + person.get().id());
			redirect.addFlashAttribute("memberAdded", true);
		}
		return "redirect:/admin/providers/" + id;
	}
}
