package org.inclusio.codesign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inclusio.identity.MunicipalityTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of the co-design workshops: the decisions taken and the ideas behind them. All of it
 * is public (shown on the series' public page), so no audit is needed.
 */
@Service
@Transactional(readOnly = true)
public class Workshops {

	private final JdbcClient jdbc;

	private final MunicipalityTimeZones zones;

	Workshops(JdbcClient jdbc, MunicipalityTimeZones zones) {
		this.jdbc = jdbc;
		this.zones = zones;
	}

	/** A municipality's decisions, newest session first. */
	public List<DecisionRef> decisions(long tenantId, Locale locale) {
		return query("s.tenant_id = :key", tenantId, locale);
	}

	public Optional<DecisionRef> decision(long id, Locale locale) {
		return query("d.id = :key", id, locale).stream().findFirst();
	}

	/** The decisions of one series, e.g. to offer them when a plan's action is written. */
	public List<DecisionRef> decisionsOfSeries(long seriesId, Locale locale) {
		return query("s.series_id = :key", seriesId, locale);
	}

	private List<DecisionRef> query(String where, long key, Locale locale) {
		String lang = language(locale);
		List<Row> rows = jdbc.sql("""
				select d.id, s.tenant_id, s.series_id,
				       coalesce(r.title->>:lang, r.title->>'en', r.title->>'bg', r.title->>'lv') as series_title,
				       s.id as session_id, s.title as session_title, s.starts_at, d.text, d.rationale
				from codesign_decision d
				join codesign_session s on s.id = d.session_id
				join codesign_series r on r.id = s.series_id
				where %s
				order by s.starts_at desc, d.id
				""".formatted(where))
			.param("lang", lang)
			.param("key", key)
			.query(Workshops::row)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<IdeaRef>> ideas = new LinkedHashMap<>();
		jdbc.sql("""
				select di.decision_id, i.id, i.problem, i.measure
				from codesign_decision_idea di join codesign_idea i on i.id = di.idea_id
				where di.decision_id in (:ids)
				order by i.id
				""")
			.param("ids", rows.stream().map(Row::id).toList())
			.query((rs, n) -> ideas.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
				.add(new IdeaRef(rs.getLong(2), rs.getString(3), rs.getString(4))))
			.list();
		return rows.stream().map(r -> {
			ZoneId zone = zones.of(r.tenantId);
			return new DecisionRef(r.id, r.tenantId, r.seriesId, r.seriesTitle, r.sessionId, r.sessionTitle,
					r.startsAt.atZoneSameInstant(zone).toLocalDate(), r.text, r.rationale,
					List.copyOf(ideas.getOrDefault(r.id, List.of())));
		}).toList();
	}

	private static String language(Locale locale) {
		String lang = locale == null ? "en" : locale.getLanguage();
		return switch (lang) {
			case "bg", "lv" -> lang;
			default -> "en";
		};
	}

	private record Row(long id, long tenantId, long seriesId, String seriesTitle, long sessionId, String sessionTitle,
			java.time.OffsetDateTime startsAt, String text, String rationale) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6),
				rs.getObject(7, java.time.OffsetDateTime.class), rs.getString(8), rs.getString(9));
	}
}
