package org.inclusio.account.internal;

import java.util.List;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/** Provider staff: see which customer references are linked, and issue link codes to customers. */
@Controller
@RequestMapping("/provider")
@PreAuthorize("hasRole('PROVIDER_STAFF')")
class ProviderController {

	static final int MAX_REFERENCE = 64;

	private final Providers providers;

	private final LinkCodes codes;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	ProviderController(Providers providers, LinkCodes codes, JdbcClient jdbc, AuditLog audit) {
		this.providers = providers;
		this.codes = codes;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal SignedInUser staff, Model model) {
		List<Provider> mine = providers.of(staff.tenantId(), staff.id());
		if (mine.size() == 1) {
			return "redirect:/provider/" + mine.getFirst().id();
		}
		model.addAttribute("providers", mine);
		return "account/provider-list";
	}

	record LinkStatus(String reference, String status, java.time.OffsetDateTime changedAt) {
	}

	@GetMapping("/{id}")
	String provider(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		Provider provider = own(staff, id);
		model.addAttribute("provider", provider);
		model.addAttribute("links", jdbc.sql("""
				select reference, status, coalesce(revoked_at, linked_at) as changed_at from account_link
				where provider_id = :provider and status in ('ACTIVE', 'REVOKED')
				order by changed_at desc limit 200
				""").param("provider", id).query(LinkStatus.class).list());
		return "account/provider";
	}

	@PostMapping("/{id}/link-codes")
	@Transactional
	String issue(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam(defaultValue = "") String reference, Model model) {
		Provider provider = own(staff, id);
		String trimmed = reference.trim();
		if (trimmed.isEmpty() || trimmed.length() > MAX_REFERENCE) {
			model.addAttribute("provider", provider);
			model.addAttribute("reference", reference);
			model.addAttribute("referenceError", trimmed.isEmpty() ? "account.reference.required" : "account.reference.tooLong");
			model.addAttribute("links", List.of());
			return "account/provider";
		}
		LinkCodes.Issued issued = codes.issue(id, trimmed, staff.id());
		audit.record("ISSUE_LINK_CODE", "account-reference", id + ":" + trimmed);
		model.addAttribute("provider", provider);
		model.addAttribute("reference", trimmed);
		model.addAttribute("issued", issued);
		return "account/link-code-letter";
	}

	private Provider own(SignedInUser staff, long id) {
		return providers.find(staff.tenantId(), id)
			.filter(p -> providers.isMember(p.id(), staff.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
