package org.inclusio.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a citizen agreed to: which data, for what purpose, until when, under which version of the consent text.
 * Consent is never deleted, only revoked, so what was agreed stays provable.
 */
@Component
class Consents {

	/** Bump when the wording of a consent text in the message bundles changes. */
	static final String TEXT_VERSION = "2026-11";

	static final Duration PROVIDER_LINK_VALIDITY = Duration.ofDays(365);

	static final Duration CASEWORKER_VIEW_VALIDITY = Duration.ofDays(180);

	enum Kind {
		PROVIDER_LINK, CASEWORKER_VIEW
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Consents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long give(long tenantId, long citizenId, Kind kind, Long providerId, String scope, String purpose, Duration validity) {
		var now = clock.instant();
		return jdbc.sql("""
				insert into account_consent (tenant_id, citizen_id, kind, provider_id, scope, purpose, text_version,
				                             given_at, expires_at)
				values (:tenant, :citizen, :kind, :provider, :scope, :purpose, :version, :now, :expires) returning id
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("kind", kind.name())
			.param("provider", providerId)
			.param("scope", scope)
			.param("purpose", purpose)
			.param("version", TEXT_VERSION)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", now.plus(validity).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	boolean revoke(long consentId, long citizenId) {
		return jdbc.sql("update account_consent set revoked_at = :now where id = :id and citizen_id = :citizen and revoked_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", consentId)
			.param("citizen", citizenId)
			.update() == 1;
	}

	/** The citizen's current consent for caseworkers to see their dashboard, with its end date. */
	Optional<OffsetDateTime> caseworkerViewUntil(long tenantId, long citizenId) {
		return jdbc.sql("""
				select max(expires_at) from account_consent
				where tenant_id = :tenant and citizen_id = :citizen and kind = 'CASEWORKER_VIEW'
				  and revoked_at is null and expires_at > :now
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(OffsetDateTime.class)
			.optional();
	}

	/** Why caseworkers cannot see a citizen's dashboard: they stopped sharing, the sharing ran out, or never was. */
	enum NotShared {
		STOPPED, ENDED, NEVER
	}

	/** For a citizen who does not share with caseworkers now ({@link #caseworkerViewUntil} is empty): why not. */
	NotShared whyCaseworkersCannotSee(long tenantId, long citizenId) {
		return jdbc.sql("""
				select revoked_at is not null from account_consent
				where tenant_id = :tenant and citizen_id = :citizen and kind = 'CASEWORKER_VIEW'
				order by given_at desc, id desc limit 1
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Boolean.class)
			.optional()
			.map(revoked -> revoked ? NotShared.STOPPED : NotShared.ENDED)
			.orElse(NotShared.NEVER);
	}

	int revokeCaseworkerView(long citizenId) {
		return jdbc.sql("""
				update account_consent set revoked_at = :now
				where citizen_id = :citizen and kind = 'CASEWORKER_VIEW' and revoked_at is null
				""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("citizen", citizenId)
			.update();
	}
}
