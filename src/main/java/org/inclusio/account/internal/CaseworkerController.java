package org.inclusio.account.internal;

import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A caseworker sees a citizen's dashboard, read-only, only while the citizen consents, and every look is in the
 * audit log, including the refused ones.
 */
@Controller
@PreAuthorize("hasRole('CASEWORKER')")
class CaseworkerController {

	private final People people;

	private final Consents consents;

	private final Dashboard dashboard;

	private final AuditLog audit;

	CaseworkerController(People people, Consents consents, Dashboard dashboard, AuditLog audit) {
		this.people = people;
		this.consents = consents;
		this.dashboard = dashboard;
		this.audit = audit;
	}

	@GetMapping("/caseworker/citizens")
	String find(@AuthenticationPrincipal SignedInUser caseworker, @RequestParam(defaultValue = "") String email,
			Model model) {
		model.addAttribute("email", email);
		if (!email.isBlank()) {
			var person = people.findByEmail(caseworker.tenantId(), email).filter(p -> p.has(Role.CITIZEN));
			audit.record("SEARCH", "citizen", person.map(People.Person::id).orElse(null));
			model.addAttribute("searched", true);
			person.ifPresent(p -> {
				model.addAttribute("person", p);
				model.addAttribute("consentUntil", consents.caseworkerViewUntil(caseworker.tenantId(), p.id()).orElse(null));
			});
		}
		return "account/caseworker-find";
	}

	@GetMapping("/caseworker/citizens/{id}/account")
	String view(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id, Model model) {
		var person = people.find(caseworker.tenantId(), id).filter(p -> p.has(Role.CITIZEN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var until = consents.caseworkerViewUntil(caseworker.tenantId(), id);
		if (until.isEmpty()) {
			audit.record("READ_REFUSED", "citizen-dashboard", id, "no-consent");
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		audit.record("READ", "citizen-dashboard", id);
		model.addAttribute("person", person);
		model.addAttribute("consentUntil", until.get());
		model.addAttribute("view", dashboard.of(id));
		model.addAttribute("readOnly", true);
		return "account/caseworker-view";
	}
}
