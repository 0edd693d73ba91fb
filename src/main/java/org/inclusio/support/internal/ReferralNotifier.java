package org.inclusio.support.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inclusio.account.ProviderStaff;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
import org.inclusio.identity.People;
import org.inclusio.notification.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned about a referral's change, in the app and by email, each in their own language: the
 * citizen, their caseworker and the provider's staff, except the person who made the change. Emails to the provider
 * name no citizen: the details are behind the sign-in, where only what the citizen agreed to share is shown.
 */
@Component
class ReferralNotifier {

	private final People people;

	private final ProviderStaff providerStaff;

	private final Directory directory;

	private final Mailer mailer;

	private final ReferralNotices notices;

	private final MessageSource messages;

	private final String baseUrl;

	ReferralNotifier(People people, ProviderStaff providerStaff, Directory directory, Mailer mailer, ReferralNotices notices,
			MessageSource messages, @Value("${inclusio.base-url}") String baseUrl) {
		this.people = people;
		this.providerStaff = providerStaff;
		this.directory = directory;
		this.mailer = mailer;
		this.notices = notices;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void changed(Referral referral, ReferralState state, String reason, long actorId) {
		Set<Long> sides = new LinkedHashSet<>();
		sides.add(referral.citizenId());
		if (referral.caseworkerId() != null) {
			sides.add(referral.caseworkerId());
		}
		ReferralNotices.Kind kind = state == ReferralState.SENT ? ReferralNotices.Kind.NEW : ReferralNotices.Kind.CHANGED;
		for (long userId : sides) {
			if (userId != actorId) {
				notices.add(referral.tenantId(), userId, referral.id(), ReferralNotices.Kind.CHANGED, state);
				email(referral, userId, "support-referral-changed", state, reason);
			}
		}
		for (long staffId : providerStaff.members(referral.providerId())) {
			if (staffId != actorId && !sides.contains(staffId)) {
				notices.add(referral.tenantId(), staffId, referral.id(), kind, state);
				email(referral, staffId, "support-referral-inbox", state, null);
			}
		}
	}

	/** The referral still waits for an answer: its caseworker is told (the citizen, for a self-referral). */
	void overdue(Referral referral, int days) {
		long userId = referral.caseworkerId() != null ? referral.caseworkerId() : referral.citizenId();
		notices.add(referral.tenantId(), userId, referral.id(), ReferralNotices.Kind.OVERDUE, referral.state());
		people.find(referral.tenantId(), userId).ifPresent(person -> {
			Map<String, Object> model = model(referral, person, ReferralState.SENT, null);
			model.put("days", days);
			mailer.send(person.email(), person.language(), "support-referral-overdue", model);
		});
	}

	private void email(Referral referral, long userId, String template, ReferralState state, String reason) {
		people.find(referral.tenantId(), userId).ifPresent(person -> mailer.send(person.email(), person.language(),
				template, model(referral, person, state, reason)));
	}

	private Map<String, Object> model(Referral referral, People.Person person, ReferralState state, String reason) {
		Locale language = person.language();
		Map<String, Object> model = new HashMap<>();
		model.put("name", person.displayName());
		model.put("service", directory.service(referral.serviceId(), language).map(ServiceSummary::name)
			.orElse(referral.serviceId()));
		model.put("state", messages.getMessage(state.key(), null, language));
		model.put("reason", reason);
		model.put("link", baseUrl + "/support/referrals/" + referral.id());
		return model;
	}
}
