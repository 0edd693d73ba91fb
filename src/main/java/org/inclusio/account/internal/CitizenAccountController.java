package org.inclusio.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.inclusio.learning.LearningProgress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen's own accounts: the dashboard, linking with consent, and taking consent back. */
@Controller
@RequestMapping("/account")
@PreAuthorize("hasRole('CITIZEN')")
class CitizenAccountController {

	private final Dashboard dashboard;

	private final Links links;

	private final Providers providers;

	private final Consents consents;

	private final AuditLog audit;

	private final LearningProgress learning;

	private final CardsHtml cards;

	CitizenAccountController(Dashboard dashboard, Links links, Providers providers, Consents consents, AuditLog audit,
			LearningProgress learning, CardsHtml cards) {
		this.dashboard = dashboard;
		this.cards = cards;
		this.links = links;
		this.providers = providers;
		this.consents = consents;
		this.audit = audit;
		this.learning = learning;
	}

	public static class LinkForm {

		private Long provider;

		private String code;

		private boolean agree;

		public Long getProvider() {
			return provider;
		}

		public void setProvider(Long provider) {
			this.provider = provider;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public boolean isAgree() {
			return agree;
		}

		public void setAgree(boolean agree) {
			this.agree = agree;
		}
	}

	@GetMapping
	String dashboard(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale,
			HttpServletRequest request) {
		Dashboard.View view = dashboard.of(citizen.id());
		model.addAttribute("cards", cards.write(view, false, (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
				request.getContextPath(), locale));
		model.addAttribute("learning", learning.summary(citizen.tenantId(), citizen.id(), locale));
		dashboard.visited(citizen.id(), view);
		return "account/dashboard";
	}

	@PostMapping("/messages/{id}/read")
	String read(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long id) {
		dashboard.markRead(citizen.id(), id);
		return "redirect:/account#accounts";
	}

	@GetMapping("/link")
	String linkForm(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		model.addAttribute("link", new LinkForm());
		model.addAttribute("providers", providers.all(citizen.tenantId()));
		return "account/link";
	}

	/** Step 1: the code is checked; step 2 shows exactly what the citizen is asked to agree to. */
	@PostMapping("/link")
	String checkCode(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("link") LinkForm form,
			BindingResult errors, Model model) {
		validate(citizen, form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("providers", providers.all(citizen.tenantId()));
			return "account/link";
		}
		model.addAttribute("provider", providers.find(citizen.tenantId(), form.getProvider()).orElseThrow());
		model.addAttribute("until", OffsetDateTime.now().plus(Consents.PROVIDER_LINK_VALIDITY).toLocalDate());
		return "account/consent";
	}

	@PostMapping("/link/confirm")
	String confirm(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("link") LinkForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		validate(citizen, form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("providers", providers.all(citizen.tenantId()));
			return "account/link";
		}
		if (!form.isAgree()) {
			errors.rejectValue("agree", "account.consent.required");
			model.addAttribute("provider", providers.find(citizen.tenantId(), form.getProvider()).orElseThrow());
			model.addAttribute("until", OffsetDateTime.now().plus(Consents.PROVIDER_LINK_VALIDITY).toLocalDate());
			return "account/consent";
		}
		LinkCodes.Check result = links.link(citizen, form.getProvider(), form.getCode());
		if (result instanceof LinkCodes.Problem problem) {
			errors.rejectValue("code", "account.code." + problem.name());
			model.addAttribute("providers", providers.all(citizen.tenantId()));
			return "account/link";
		}
		redirect.addFlashAttribute("linked", true);
		return "redirect:/account";
	}

	private void validate(SignedInUser citizen, LinkForm form, BindingResult errors) {
		if (form.getProvider() == null || providers.find(citizen.tenantId(), form.getProvider()).isEmpty()) {
			errors.rejectValue("provider", "account.provider.required");
		}
		if (form.getCode() == null || form.getCode().isBlank()) {
			errors.rejectValue("code", "account.code.required");
		}
		else if (!errors.hasFieldErrors("provider")
				&& links.check(citizen, form.getProvider(), form.getCode()) instanceof LinkCodes.Problem problem) {
			errors.rejectValue("code", "account.code." + problem.name());
		}
	}

	@GetMapping("/links")
	String links(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		model.addAttribute("links", links.active(citizen.id()));
		model.addAttribute("caseworkerUntil", consents.caseworkerViewUntil(citizen.tenantId(), citizen.id()).orElse(null));
		return "account/links";
	}

	@PostMapping("/links/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(links.revoke(citizen, id) ? "revoked" : "notFound", true);
		return "redirect:/account/links";
	}

	@PostMapping("/sharing")
	@Transactional
	String share(@AuthenticationPrincipal SignedInUser citizen, RedirectAttributes redirect) {
		consents.revokeCaseworkerView(citizen.id());
		long consent = consents.give(citizen.tenantId(), citizen.id(), Consents.Kind.CASEWORKER_VIEW, null,
				"dashboard-read-only", "holistic-support", Consents.CASEWORKER_VIEW_VALIDITY);
		audit.record("CONSENT", "consent", consent, "caseworker-view");
		redirect.addFlashAttribute("shared", true);
		return "redirect:/account/links";
	}

	@PostMapping("/sharing/revoke")
	@Transactional
	String stopSharing(@AuthenticationPrincipal SignedInUser citizen, RedirectAttributes redirect) {
		if (consents.revokeCaseworkerView(citizen.id()) > 0) {
			audit.record("REVOKE", "consent", null, "caseworker-view");
		}
		redirect.addFlashAttribute("unshared", true);
		return "redirect:/account/links";
	}
}
