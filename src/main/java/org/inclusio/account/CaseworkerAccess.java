package org.inclusio.account;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether a citizen lets the caseworkers of their municipality see their situation right now (the consent they give
 * and revoke on their accounts page). Other modules ask before they show a caseworker anything about the citizen.
 */
@Service
public class CaseworkerAccess {

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseworkerAccess(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean allowed(long tenantId, long citizenId) {
		return jdbc.sql("""
				select exists (select 1 from account_consent
				  where tenant_id = :tenant and citizen_id = :citizen and kind = 'CASEWORKER_VIEW'
				    and revoked_at is null and expires_at > :now)
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Boolean.class)
			.single();
	}
}
