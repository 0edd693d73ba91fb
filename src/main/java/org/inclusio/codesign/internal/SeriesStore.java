package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Workshop series and their local support groups. */
@Repository
class SeriesStore {

	/** A series in one language (the nearest one written when that language is missing). */
	record Series(long id, long tenantId, String title, String purpose, int votesPerParticipant) {
	}

	record Member(long id, String name, Side side, String organisation, String email) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	SeriesStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @param titles and purposes by language code (bg, lv, en); blank entries are left out */
	long create(long tenantId, Map<String, String> titles, Map<String, String> purposes, int votesPerParticipant,
			Long createdBy) {
		return jdbc.sql("""
				insert into codesign_series (tenant_id, title, purpose, votes_per_participant, created_at, created_by)
				values (:tenant, cast(:title as jsonb), cast(:purpose as jsonb), :votes, :at, :by) returning id
				""")
			.param("tenant", tenantId)
			.param("title", json(titles))
			.param("purpose", json(purposes))
			.param("votes", votesPerParticipant)
			.param("at", OffsetDateTime.now(clock))
			.param("by", createdBy)
			.query(Long.class)
			.single();
	}

	private static String json(Map<String, String> texts) {
		Map<String, String> kept = new java.util.TreeMap<>();
		texts.forEach((lang, text) -> {
			if (text != null && !text.isBlank()) {
				kept.put(lang, text.strip());
			}
		});
		return JSON.writeValueAsString(kept);
	}

	Optional<Series> find(long id, Locale locale) {
		return select("s.id = :key", id, locale).stream().findFirst();
	}

	List<Series> ofTenant(long tenantId, Locale locale) {
		return select("s.tenant_id = :key", tenantId, locale);
	}

	/** Every series, for the public list. */
	List<Series> all(Locale locale) {
		return select(":key = :key", 0, locale);
	}

	private List<Series> select(String where, long key, Locale locale) {
		String lang = Languages.of(locale);
		return jdbc.sql("""
				select s.id, s.tenant_id,
				       coalesce(s.title->>:lang, s.title->>'en', s.title->>'bg', s.title->>'lv'),
				       coalesce(s.purpose->>:lang, s.purpose->>'en', s.purpose->>'bg', s.purpose->>'lv', ''),
				       s.votes_per_participant
				from codesign_series s where %s order by s.id desc
				""".formatted(where))
			.param("lang", lang)
			.param("key", key)
			.query((rs, n) -> new Series(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
	}

	long addMember(long seriesId, String name, Side side, String organisation, String email) {
		return jdbc.sql("""
				insert into codesign_member (series_id, name, side, organisation, email, created_at)
				values (:series, :name, :side, :org, :email, :at) returning id
				""")
			.param("series", seriesId)
			.param("name", name)
			.param("side", side.name())
			.param("org", organisation)
			.param("email", email)
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	List<Member> members(long seriesId) {
		return jdbc.sql("select id, name, side, organisation, email from codesign_member where series_id = :s order by side, name")
			.param("s", seriesId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), Side.valueOf(rs.getString(3)), rs.getString(4),
					rs.getString(5)))
			.list();
	}
}
