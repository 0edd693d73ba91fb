package org.inclusio.learning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.identity.MunicipalityTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts enrolments started and courses completed in one municipality, per course and month, over the 12 full
 * months before the current one. The current month is left out until it ends: counts that change from one day to
 * the next would tell what one person did that day. Only counts leave the database, never a row about a person.
 */
@Repository
class StatisticsCounts {

	static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MunicipalityTimeZones timeZones;

	StatisticsCounts(JdbcClient jdbc, Clock clock, MunicipalityTimeZones timeZones) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.timeZones = timeZones;
	}

	/** The months counted, oldest first: calendar months in the municipality's time zone. */
	List<YearMonth> months(ZoneId zone) {
		YearMonth current = YearMonth.now(clock.withZone(zone));
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS; i >= 1; i--) {
			months.add(current.minusMonths(i));
		}
		return months;
	}

	StatisticsTable table(long tenantId, String language) {
		ZoneId zone = timeZones.of(tenantId);
		List<YearMonth> months = months(zone);
		OffsetDateTime from = start(months.getFirst(), zone);
		OffsetDateTime to = start(months.getLast().plusMonths(1), zone);
		record Course(long id, String slug, LocalText title) {
		}
		// the municipality's courses and the shared ones, also one without a current version if someone took it
		List<Course> courses = jdbc.sql("""
				select c.id, c.slug, coalesce(v.title->>:lang, v.title->>'en'), jsonb_exists(v.title, :lang)
				from learning_course c
				join learning_course_version v on v.id = coalesce(c.current_version_id,
				    (select max(id) from learning_course_version where course_id = c.id))
				where (c.tenant_id is null or c.tenant_id = :tenant)
				  and (c.current_version_id is not null
				       or exists (select 1 from learning_enrolment e where e.course_id = c.id and e.tenant_id = :tenant))
				order by c.category, c.position, c.slug
				""")
			.param("lang", language)
			.param("tenant", tenantId)
			.query((rs, n) -> new Course(rs.getLong(1), rs.getString(2), new LocalText(rs.getString(3), !rs.getBoolean(4))))
			.list();
		Map<Long, StatisticsTable.Counts> counts = new LinkedHashMap<>();
		for (Course course : courses) {
			counts.put(course.id(), new StatisticsTable.Counts(course.slug(), course.title(), new int[MONTHS], new int[MONTHS]));
		}
		jdbc.sql("""
				select course_id, 'S', to_char(started_at at time zone :zone, 'YYYY-MM'), count(*) from learning_enrolment
				where tenant_id = :tenant and started_at >= :from and started_at < :to group by 1, 3
				union all
				select course_id, 'C', to_char(completed_at at time zone :zone, 'YYYY-MM'), count(*) from learning_enrolment
				where tenant_id = :tenant and completed_at >= :from and completed_at < :to group by 1, 3
				""")
			.param("zone", postgresZone(zone))
			.param("tenant", tenantId)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				StatisticsTable.Counts course = counts.get(rs.getLong(1));
				int month = months.indexOf(YearMonth.parse(rs.getString(3)));
				if (course != null && month >= 0) {
					int[] into = "S".equals(rs.getString(2)) ? course.started() : course.completed();
					into[month] = rs.getInt(4);
				}
			});
		return StatisticsTable.of(months, List.copyOf(counts.values()));
	}

	private static OffsetDateTime start(YearMonth month, ZoneId zone) {
		LocalDate first = month.atDay(1);
		return first.atStartOfDay(zone).toOffsetDateTime();
	}

	/** PostgreSQL knows IANA zone names and "UTC", not Java's "Z". */
	private static String postgresZone(ZoneId zone) {
		ZoneId normalized = zone.normalized();
		return normalized.equals(ZoneOffset.UTC) ? "UTC" : normalized.getId();
	}
}
