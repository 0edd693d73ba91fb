package org.inclusio.account.internal.api;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Provider staff make API keys for their IT system (each shown once) and revoke them. */
@Controller
@RequestMapping("/provider/{id}/api-keys")
@PreAuthorize("hasRole('PROVIDER_STAFF')")
class ApiKeyController {

	static final int MAX_LABEL = 100;

	private final ProviderAccess access;

	private final ApiKeys keys;

	private final AuditLog audit;

	ApiKeyController(ProviderAccess access, ApiKeys keys, AuditLog audit) {
		this.access = access;
		this.keys = keys;
		this.audit = audit;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		model.addAttribute("provider", access.own(staff, id));
		model.addAttribute("keys", keys.of(id));
		return "account/provider-keys";
	}

	@PostMapping
	@Transactional
	String create(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam(defaultValue = "") String label, Model model, HttpServletResponse response) {
		var provider = access.own(staff, id);
		String trimmed = label.strip();
		String labelError = trimmed.isEmpty() ? "accountapi.keys.label.required"
				: trimmed.codePointCount(0, trimmed.length()) > MAX_LABEL ? "accountapi.keys.label.tooLong"
				: keys.activeCount(id) >= ApiKeys.MAX_ACTIVE ? "accountapi.keys.tooMany" : null;
		if (labelError != null) {
			model.addAttribute("provider", provider);
			model.addAttribute("keys", keys.of(id));
			model.addAttribute("label", label);
			model.addAttribute("labelError", labelError);
			model.addAttribute("maxActive", ApiKeys.MAX_ACTIVE);
			return "account/provider-keys";
		}
		ApiKeys.Created created = keys.create(id, trimmed);
		audit.record("CREATE_API_KEY", "provider", id, abbreviate("key=" + created.prefix() + " label=" + trimmed));
		// the key is in this page only: never cache it, never redirect it through the session
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("provider", provider);
		model.addAttribute("label", trimmed);
		model.addAttribute("created", created);
		return "account/provider-key-created";
	}

	@PostMapping("/{keyId}/revoke")
	@Transactional
	String revoke(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, @PathVariable long keyId,
			RedirectAttributes redirect) {
		access.own(staff, id);
		var revoked = keys.revoke(id, keyId);
		revoked.ifPresent(prefix -> audit.record("REVOKE_API_KEY", "provider", id, "key=" + prefix));
		redirect.addFlashAttribute(revoked.isPresent() ? "revoked" : "notFound", true);
		return "redirect:/provider/" + id + "/api-keys";
	}

	private static String abbreviate(String text) {
		return text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}
}
