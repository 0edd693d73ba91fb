package org.inclusio.learning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A citizen's goal of lessons per week; no row means no goal. */
@Repository
class Goals {

	private final JdbcClient jdbc;

	private final Clock clock;

	Goals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Integer> of(long tenantId, long citizenId) {
		return jdbc.sql("select lessons_per_week from learning_goal where tenant_id = :tenant and citizen_id = :citizen")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Integer.class)
			.optional();
	}

	void set(long tenantId, long citizenId, int lessonsPerWeek) {
		jdbc.sql("""
				insert into learning_goal (citizen_id, tenant_id, lessons_per_week, set_at)
				values (:citizen, :tenant, :perWeek, :now)
				on conflict (citizen_id) do update set lessons_per_week = excluded.lessons_per_week, set_at = excluded.set_at
				""")
			.param("citizen", citizenId)
			.param("tenant", tenantId)
			.param("perWeek", lessonsPerWeek)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	/** Says whether there was a goal to remove. */
	boolean remove(long tenantId, long citizenId) {
		return jdbc.sql("delete from learning_goal where tenant_id = :tenant and citizen_id = :citizen")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.update() > 0;
	}
}
