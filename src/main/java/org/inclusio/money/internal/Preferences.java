package org.inclusio.money.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How each citizen wants to hear about due dates and overdue amounts. Nobody has to set anything: defaults apply. */
@Repository
class Preferences {

	static final int MIN_DAYS = 1;

	static final int MAX_DAYS = 14;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Preference defaults;

	Preferences(JdbcClient jdbc, Clock clock, @Value("${inclusio.money.reminders.days-before:3}") int defaultDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.defaults = new Preference(true, true, Math.clamp(defaultDays, MIN_DAYS, MAX_DAYS));
	}

	record Preference(boolean email, boolean inApp, int daysBefore) {

		boolean anyChannel() {
			return email || inApp;
		}
	}

	Preference defaults() {
		return defaults;
	}

	Preference of(long tenantId, long citizenId) {
		return jdbc.sql("""
				select email_enabled, in_app_enabled, days_before from money_preference
				where citizen_id = :citizen and tenant_id = :tenant
				""")
			.param("citizen", citizenId)
			.param("tenant", tenantId)
			.query((rs, n) -> new Preference(rs.getBoolean(1), rs.getBoolean(2), rs.getInt(3)))
			.optional()
			.orElse(defaults);
	}

	/** The preferences of many citizens at once; those who never chose get the defaults. */
	Map<Long, Preference> of(Collection<Long> citizenIds) {
		Map<Long, Preference> found = new HashMap<>();
		if (citizenIds.isEmpty()) {
			return found;
		}
		jdbc.sql("""
				select citizen_id, email_enabled, in_app_enabled, days_before from money_preference
				where citizen_id = any(:ids)
				""")
			.param("ids", citizenIds.toArray(Long[]::new))
			.query(rs -> {
				found.put(rs.getLong(1), new Preference(rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4)));
			});
		citizenIds.forEach(id -> found.putIfAbsent(id, defaults));
		return found;
	}

	/**
	 * Turns reminder emails off and leaves the rest as it was (or as the defaults are). Returns false if they
	 * were already off.
	 */
	boolean turnOffEmail(long tenantId, long citizenId) {
		return jdbc.sql("""
				insert into money_preference (citizen_id, tenant_id, email_enabled, in_app_enabled, days_before, updated_at)
				values (:citizen, :tenant, false, :inApp, :days, :now)
				on conflict (citizen_id) do update set email_enabled = false, updated_at = excluded.updated_at
				where money_preference.tenant_id = excluded.tenant_id and money_preference.email_enabled
				""")
			.param("citizen", citizenId)
			.param("tenant", tenantId)
			.param("inApp", defaults.inApp())
			.param("days", defaults.daysBefore())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	void save(long tenantId, long citizenId, Preference preference) {
		jdbc.sql("""
				insert into money_preference (citizen_id, tenant_id, email_enabled, in_app_enabled, days_before, updated_at)
				values (:citizen, :tenant, :email, :inApp, :days, :now)
				on conflict (citizen_id) do update set email_enabled = excluded.email_enabled,
				  in_app_enabled = excluded.in_app_enabled, days_before = excluded.days_before,
				  updated_at = excluded.updated_at
				where money_preference.tenant_id = excluded.tenant_id
				""")
			.param("citizen", citizenId)
			.param("tenant", tenantId)
			.param("email", preference.email())
			.param("inApp", preference.inApp())
			.param("days", preference.daysBefore())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}
}
