package org.inclusio.support.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one support plan of a citizen: goals, agreed actions, linked courses and notes. Made when first written to. */
@Repository
class SupportPlans {

	enum Owner {
		CITIZEN, CASEWORKER, PROVIDER;

		public String key() {
			return "support.plan.owner." + name();
		}
	}

	record Goal(long id, String text, long createdBy, OffsetDateTime createdAt) {
	}

	record Action(long id, String text, Owner owner, LocalDate dueOn, OffsetDateTime doneAt, long createdBy) {

		public boolean done() {
			return doneAt != null;
		}
	}

	record Note(long id, String text, long authorId, OffsetDateTime createdAt) {
	}

	record Plan(List<Goal> goals, List<Action> actions, List<String> courseSlugs, List<Note> notes) {

		boolean isEmpty() {
			return goals.isEmpty() && actions.isEmpty() && courseSlugs.isEmpty() && notes.isEmpty();
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SupportPlans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Plan of(long tenantId, long citizenId) {
		Long id = id(tenantId, citizenId);
		if (id == null) {
			return new Plan(List.of(), List.of(), List.of(), List.of());
		}
		return new Plan(
				jdbc.sql("select id, text, created_by, created_at from support_plan_goal where plan_id = :p order by created_at, id")
					.param("p", id)
					.query((rs, n) -> new Goal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class)))
					.list(),
				jdbc.sql("""
						select id, text, owner, due_on, done_at, created_by from support_plan_action where plan_id = :p
						order by done_at is not null, due_on nulls last, id
						""")
					.param("p", id)
					.query((rs, n) -> new Action(rs.getLong(1), rs.getString(2), Owner.valueOf(rs.getString(3)),
							rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class), rs.getLong(6)))
					.list(),
				jdbc.sql("select course_slug from support_plan_course where plan_id = :p order by added_at, course_slug")
					.param("p", id).query(String.class).list(),
				jdbc.sql("select id, text, author_id, created_at from support_plan_note where plan_id = :p order by created_at desc, id desc")
					.param("p", id)
					.query((rs, n) -> new Note(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class)))
					.list());
	}

	void addGoal(long tenantId, long citizenId, String text, long by) {
		jdbc.sql("insert into support_plan_goal (plan_id, text, created_by, created_at) values (:p, :t, :by, :now)")
			.param("p", ensure(tenantId, citizenId)).param("t", text).param("by", by).param("now", now()).update();
	}

	void addAction(long tenantId, long citizenId, String text, Owner owner, LocalDate dueOn, long by) {
		jdbc.sql("""
				insert into support_plan_action (plan_id, text, owner, due_on, created_by, created_at)
				values (:p, :t, :owner, :due, :by, :now)
				""")
			.param("p", ensure(tenantId, citizenId)).param("t", text).param("owner", owner.name()).param("due", dueOn)
			.param("by", by).param("now", now()).update();
	}

	void addNote(long tenantId, long citizenId, String text, long by) {
		jdbc.sql("insert into support_plan_note (plan_id, text, author_id, created_at) values (:p, :t, :by, :now)")
			.param("p", ensure(tenantId, citizenId)).param("t", text).param("by", by).param("now", now()).update();
	}

	void addCourse(long tenantId, long citizenId, String slug, long by) {
		jdbc.sql("""
				insert into support_plan_course (plan_id, course_slug, added_by, added_at) values (:p, :s, :by, :now)
				on conflict do nothing
				""")
			.param("p", ensure(tenantId, citizenId)).param("s", slug).param("by", by).param("now", now()).update();
	}

	/** Marks an action of this citizen's plan done (or not done again); false if it is not theirs. */
	boolean markDone(long tenantId, long citizenId, long actionId, boolean done) {
		Long plan = id(tenantId, citizenId);
		if (plan == null) {
			return false;
		}
		touch(plan);
		return jdbc.sql("update support_plan_action set done_at = :at where id = :id and plan_id = :p")
			.param("at", done ? now() : null).param("id", actionId).param("p", plan).update() == 1;
	}

	private Long id(long tenantId, long citizenId) {
		return jdbc.sql("select id from support_plan where tenant_id = :t and citizen_id = :c")
			.param("t", tenantId).param("c", citizenId).query(Long.class).optional().orElse(null);
	}

	private long ensure(long tenantId, long citizenId) {
		long id = jdbc.sql("""
				insert into support_plan (tenant_id, citizen_id, created_at, updated_at) values (:t, :c, :now, :now)
				on conflict (citizen_id) do update set updated_at = excluded.updated_at
				returning id
				""")
			.param("t", tenantId).param("c", citizenId).param("now", now()).query(Long.class).single();
		return id;
	}

	private void touch(long planId) {
		jdbc.sql("update support_plan set updated_at = :now where id = :id").param("now", now()).param("id", planId).update();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
