package org.inclusio.money.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.inclusio.identity.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Stop these emails" from the link in a reminder email, without signing in. Opening the link only asks (mail
 * scanners and link previews open links, and must change nothing); the button, or a mail program's RFC 8058
 * one-click POST ({@code List-Unsubscribe=One-Click}, sent without cookies or a CSRF token), turns reminder emails
 * off. The token in the link is all that is needed, so this address is exempt from CSRF checks (SecurityConfig):
 * a forged request could only do what the token's holder may do anyway, and doing it twice changes nothing.
 */
@Controller
@RequestMapping(UnsubscribeController.PATH)
class UnsubscribeController {

	static final String PATH = "/money/unsubscribe";

	/** What the page says. */
	enum State {
		/** A valid link, emails on: asks to confirm. */
		CONFIRM,
		/** A valid link, emails already off. */
		ALREADY_OFF,
		/** Just turned off (or again). */
		DONE,
		/** Not a link we made, garbled or too old: nothing changes. */
		INVALID
	}

	private final Unsubscribes unsubscribes;

	private final Preferences preferences;

	private final AuditLog audit;

	UnsubscribeController(Unsubscribes unsubscribes, Preferences preferences, AuditLog audit) {
		this.unsubscribes = unsubscribes;
		this.preferences = preferences;
		this.audit = audit;
	}

	@GetMapping
	String ask(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Unsubscribes.Holder> holder = unsubscribes.find(token);
		if (holder.isEmpty()) {
			return invalid(model, response);
		}
		Preferences.Preference preference = preferences.of(holder.get().tenantId(), holder.get().citizenId());
		model.addAttribute("token", token);
		model.addAttribute("inApp", preference.inApp());
		return page(model, preference.email() ? State.CONFIRM : State.ALREADY_OFF);
	}

	@PostMapping
	@Transactional
	String stop(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Unsubscribes.Holder> holder = unsubscribes.find(token);
		if (holder.isEmpty()) {
			return invalid(model, response);
		}
		long tenant = holder.get().tenantId();
		long citizen = holder.get().citizenId();
		if (preferences.turnOffEmail(tenant, citizen)) {
			audit.record(tenant, null, "UPDATE", "money-preference", citizen, "email=false,via=unsubscribe-link");
		}
		unsubscribes.used(token);
		model.addAttribute("inApp", preferences.of(tenant, citizen).inApp());
		// the page itself, not a redirect: RFC 8058 asks for no redirect after a one-click POST
		return page(model, State.DONE);
	}

	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("inApp", false);
		return page(model, State.INVALID);
	}

	private static String page(Model model, State state) {
		model.addAttribute("state", state.name());
		return "money/unsubscribe";
	}
}
