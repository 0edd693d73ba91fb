package org.inclusio.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.inclusio.learning.LearningProgress;
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
 * audit log, including the refused ones. Without consent the caseworker is told, in plain words, that the person
 * does not share (or no longer shares) their accounts, and what they can do.
 */
@Controller
@PreAuthorize("hasRole('CASEWORKER')")
class CaseworkerController {

	private final People people;

	private final Consents consents;

	private final Dashboard dashboard;

	private final AuditLog audit;

	private final LearningProgress learning;

	private final CardsHtml cards;

	CaseworkerController(People people, Consents consents, Dashboard dashboard, AuditLog audit,
			LearningProgress learning, CardsHtml cards) {
		this.cards = cards;
		this.people = people;
		this.consents = consents;
		this.dashboard = dashboard;
		this.audit = audit;
		this.learning = learning;
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
				var until = consents.caseworkerViewUntil(caseworker.tenantId(), p.id());
				model.addAttribute("person", p);
				model.addAttribute("consentUntil", until.orElse(null));
				if (until.isEmpty()) {
					model.addAttribute("notShared", consents.whyCaseworkersCannotSee(caseworker.tenantId(), p.id()));
				}
			});
		}
		return "account/caseworker-find";
	}

	@GetMapping("/caseworker/citizens/{id}/account")
	String view(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var person = people.find(caseworker.tenantId(), id).filter(p -> p.has(Role.CITIZEN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var until = consents.caseworkerViewUntil(caseworker.tenantId(), id);
		if (until.isEmpty()) {
			Consents.NotShared why = consents.whyCaseworkersCannotSee(caseworker.tenantId(), id);
			audit.record("READ_REFUSED", "citizen-dashboard", id, "no-consent:" + why.name().toLowerCase(Locale.ROOT));
			// still a refusal (403), but a page that says why and what to do rather than a bare error
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("person", person);
			model.addAttribute("notShared", why);
			return "account/caseworker-not-shared";
		}
		audit.record("READ", "citizen-dashboard", id);
		model.addAttribute("person", person);
		model.addAttribute("consentUntil", until.get());
		model.addAttribute("cards", cards.write(dashboard.of(id), true, null, request.getContextPath(), locale));
		// how far they got with each course, never their quiz answers; part of the same consented, audited view
		model.addAttribute("learning", learning.of(caseworker.tenantId(), id, locale));
		model.addAttribute("readOnly", true);
		return "account/caseworker-view";
	}
}
