package org.inclusio.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The time zone a municipality lives in, for anything counted per local day or week (e.g. "lessons this week"):
 * Europe/Sofia in Bulgaria, Europe/Riga in Latvia, else the zone of the application's clock.
 * <p>
 * A municipality's country never changes, so each is read once and remembered: pages that ask on every request
 * (the citizen's dashboard) cost no extra query.
 */
@Service
public class MunicipalityTimeZones {

	private static final Map<String, ZoneId> BY_COUNTRY = Map.of("BG", ZoneId.of("Europe/Sofia"), "LV",
			ZoneId.of("Europe/Riga"));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Long, String> countries = new ConcurrentHashMap<>();

	MunicipalityTimeZones(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public ZoneId of(long tenantId) {
		String country = countries.computeIfAbsent(tenantId, id -> jdbc
			.sql("select country from identity_tenant where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(c -> c.strip().toUpperCase(Locale.ROOT))
			.orElse(null)); // an unknown id is not remembered
		return country == null ? clock.getZone() : BY_COUNTRY.getOrDefault(country, clock.getZone());
	}
}
