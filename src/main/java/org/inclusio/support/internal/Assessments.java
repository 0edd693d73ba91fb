package org.inclusio.support.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A citizen's self-assessments, oldest first; each query names the municipality and the citizen. */
@Repository
class Assessments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Assessments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long save(long tenantId, long citizenId, Map<LifeArea, Integer> scores) {
		long id = jdbc.sql("""
				insert into support_assessment (tenant_id, citizen_id, taken_at) values (:tenant, :citizen, :now)
				returning id
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		scores.forEach((area, score) -> jdbc
			.sql("insert into support_assessment_answer (assessment_id, area, score) values (:id, :area, :score)")
			.param("id", id)
			.param("area", area.name())
			.param("score", score)
			.update());
		return id;
	}

	/** Every assessment of the citizen, oldest first. */
	List<Assessment> history(long tenantId, long citizenId) {
		return query("a.tenant_id = :tenant and a.citizen_id = :citizen", Map.of("tenant", tenantId, "citizen", citizenId));
	}

	Optional<Assessment> latest(long tenantId, long citizenId) {
		List<Assessment> all = history(tenantId, citizenId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
	}

	Optional<Assessment> find(long tenantId, long citizenId, long id) {
		return query("a.tenant_id = :tenant and a.citizen_id = :citizen and a.id = :id",
				Map.of("tenant", tenantId, "citizen", citizenId, "id", id)).stream().findFirst();
	}

	private List<Assessment> query(String where, Map<String, Object> params) {
		Map<Long, Assessment> byId = new LinkedHashMap<>();
		Map<Long, Map<LifeArea, Integer>> scores = new LinkedHashMap<>();
		List<Object[]> rows = new ArrayList<>();
		jdbc.sql("""
				select a.id, a.tenant_id, a.citizen_id, a.taken_at, s.area, s.score
				from support_assessment a join support_assessment_answer s on s.assessment_id = a.id
				where %s order by a.taken_at, a.id
				""".formatted(where))
			.params(params)
			.query(rs -> {
				long id = rs.getLong(1);
				rows.add(new Object[] { id, rs.getLong(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class) });
				scores.computeIfAbsent(id, k -> new EnumMap<>(LifeArea.class))
					.put(LifeArea.valueOf(rs.getString(5)), rs.getInt(6));
			});
		for (Object[] row : rows) {
			long id = (Long) row[0];
			byId.computeIfAbsent(id, k -> new Assessment(id, (Long) row[1], (Long) row[2], (OffsetDateTime) row[3],
					scores.get(id)));
		}
		return List.copyOf(byId.values());
	}
}
