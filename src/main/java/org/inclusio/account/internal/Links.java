package org.inclusio.account.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Linking a provider's account to a citizen, with consent, and unlinking it. */
@Service
class Links {

	static final String SCOPE = "balance,arrears,due-dates,transactions,messages";

	static final String PURPOSE = "show-in-citizen-dashboard-and-budget";

	private final JdbcClient jdbc;

	private final LinkCodes codes;

	private final Consents consents;

	private final Providers providers;

	private final AuditLog audit;

	private final Clock clock;

	Links(JdbcClient jdbc, LinkCodes codes, Consents consents, Providers providers, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.consents = consents;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
	}

	/** Checks a typed code for a provider of the citizen's own municipality, without using it. */
	LinkCodes.Check check(SignedInUser citizen, long providerId, String code) {
		if (providers.find(citizen.tenantId(), providerId).isEmpty()) {
			return LinkCodes.Problem.OTHER_PROVIDER;
		}
		if (codes.tooManyWrong(citizen.id())) {
			return LinkCodes.Problem.TOO_MANY;
		}
		LinkCodes.Check check = codes.check(code, providerId);
		if (check == LinkCodes.Problem.UNKNOWN || check == LinkCodes.Problem.OTHER_PROVIDER) {
			codes.wrong(citizen.id());
		}
		return check;
	}

	/** Records consent and links the account, using the code up; all or nothing. */
	@Transactional
	LinkCodes.Check link(SignedInUser citizen, long providerId, String code) {
		LinkCodes.Check check = check(citizen, providerId, code);
		if (!(check instanceof LinkCodes.Valid valid)) {
			return check;
		}
		if (!codes.use(valid.code().id())) {
			return LinkCodes.Problem.USED;
		}
		long consent = consents.give(citizen.tenantId(), citizen.id(), Consents.Kind.PROVIDER_LINK, providerId, SCOPE,
				PURPOSE, Consents.PROVIDER_LINK_VALIDITY);
		// a second code for an account already linked by this person renews the consent of that link
		jdbc.sql("update account_link set status = 'REPLACED', revoked_at = :now where citizen_id = :citizen and provider_id = :provider and reference = :reference and status = 'ACTIVE'")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("citizen", citizen.id())
			.param("provider", providerId)
			.param("reference", valid.code().reference())
			.update();
		long link = jdbc.sql("""
				insert into account_link (tenant_id, citizen_id, provider_id, reference, consent_id, status, linked_at)
				values (:tenant, :citizen, :provider, :reference, :consent, 'ACTIVE', :now) returning id
				""")
			.param("tenant", citizen.tenantId())
			.param("citizen", citizen.id())
			.param("provider", providerId)
			.param("reference", valid.code().reference())
			.param("consent", consent)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		audit.record("LINK", "account-link", link, "consent=" + consent);
		return check;
	}

	record Link(long id, long providerId, String providerName, String reference, long consentId,
			java.time.OffsetDateTime linkedAt, java.time.OffsetDateTime consentUntil) {
	}

	List<Link> active(long citizenId) {
		return jdbc.sql("""
				select l.id, l.provider_id, p.name as provider_name, l.reference, l.consent_id, l.linked_at,
				       c.expires_at as consent_until
				from account_link l join account_provider p on p.id = l.provider_id
				join account_consent c on c.id = l.consent_id
				where l.citizen_id = :citizen and l.status = 'ACTIVE' and c.revoked_at is null
				order by p.name
				""")
			.param("citizen", citizenId)
			.query(Link.class)
			.list();
	}

	/**
	 * Revokes the consent and ends the link at once. The provider's data for that account is deleted when no
	 * other active link needs it, and the provider sees the link as REVOKED through the API.
	 */
	@Transactional
	boolean revoke(SignedInUser citizen, long linkId) {
		Optional<Link> link = active(citizen.id()).stream().filter(l -> l.id() == linkId).findFirst();
		if (link.isEmpty()) {
			return false;
		}
		// waits for the provider's batches in flight, so that the delete below also removes what they store
		ProviderDataLock.exclusive(jdbc, link.get().providerId());
		consents.revoke(link.get().consentId(), citizen.id());
		jdbc.sql("update account_link set status = 'REVOKED', revoked_at = :now where id = :id")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", linkId)
			.update();
		for (String table : List.of("account_record", "account_message")) {
			jdbc.sql("""
					delete from %s d where d.provider_id = :provider and d.reference = :reference
					and not exists (select 1 from account_link l where l.provider_id = d.provider_id
					                and l.reference = d.reference and l.status = 'ACTIVE')
					""".formatted(table))
				.param("provider", link.get().providerId())
				.param("reference", link.get().reference())
				.update();
		}
		audit.record("REVOKE", "account-link", linkId, "consent=" + link.get().consentId());
		return true;
	}
}
