package org.inclusio.learning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is taking which course, pinned to the version they started, with the lessons they have done and their quiz
 * attempts. Always read and written for one citizen of one municipality.
 */
@Repository
class Enrolments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Enrolments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Enrolment(long id, long versionId, boolean completed) {
	}

	record Attempt(long id, int score, int outOf, boolean passed, Set<Long> chosen) {
	}

	Optional<Enrolment> of(long tenantId, long citizenId, long courseId) {
		return jdbc.sql("""
				select id, version_id, completed_at is not null from learning_enrolment
				where tenant_id = :tenant and citizen_id = :citizen and course_id = :course
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("course", courseId)
			.query((rs, n) -> new Enrolment(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.optional();
	}

	/** An enrolment with the lessons done in it. */
	record Taken(Enrolment enrolment, Set<Long> done) {
	}

	/** The citizen's enrolment in the course with the lessons they have done, in one query. */
	Optional<Taken> taken(long tenantId, long citizenId, long courseId) {
		return jdbc.sql("""
				select e.id, e.version_id, e.completed_at is not null,
				       array(select d.lesson_id from learning_lesson_done d where d.enrolment_id = e.id)
				from learning_enrolment e
				where e.tenant_id = :tenant and e.citizen_id = :citizen and e.course_id = :course
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("course", courseId)
			.query((rs, n) -> {
				Set<Long> done = new HashSet<>();
				for (Object id : (Object[]) rs.getArray(4).getArray()) {
					done.add(((Number) id).longValue());
				}
				return new Taken(new Enrolment(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)), done);
			})
			.optional();
	}

	/** Starts the course in this version, unless the citizen has started it already; returns the enrolment. */
	Enrolment start(long tenantId, long citizenId, long courseId, long versionId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into learning_enrolment (tenant_id, citizen_id, course_id, version_id, started_at, last_activity_at)
				values (:tenant, :citizen, :course, :version, :now, :now)
				on conflict (citizen_id, course_id) do nothing
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("course", courseId)
			.param("version", versionId)
			.param("now", now)
			.update();
		return of(tenantId, citizenId, courseId).orElseThrow();
	}

	Set<Long> lessonsDone(long enrolmentId) {
		return new HashSet<>(jdbc.sql("select lesson_id from learning_lesson_done where enrolment_id = :enrolment")
			.param("enrolment", enrolmentId)
			.query(Long.class)
			.list());
	}

	void markDone(long enrolmentId, long lessonId) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into learning_lesson_done (enrolment_id, lesson_id, done_at) values (:enrolment, :lesson, :now)
				on conflict do nothing
				""")
			.param("enrolment", enrolmentId)
			.param("lesson", lessonId)
			.param("now", now)
			.update();
		touch(enrolmentId, now);
	}

	long saveAttempt(long enrolmentId, int score, int outOf, boolean passed, Set<Long> chosen) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		long attempt = jdbc.sql("""
				insert into learning_quiz_attempt (enrolment_id, submitted_at, score, out_of, passed)
				values (:enrolment, :now, :score, :outOf, :passed) returning id
				""")
			.param("enrolment", enrolmentId)
			.param("now", now)
			.param("score", score)
			.param("outOf", outOf)
			.param("passed", passed)
			.query(Long.class)
			.single();
		for (long answer : chosen) {
			jdbc.sql("insert into learning_quiz_choice (attempt_id, answer_id) values (:attempt, :answer)")
				.param("attempt", attempt)
				.param("answer", answer)
				.update();
		}
		touch(enrolmentId, now);
		return attempt;
	}

	Optional<Attempt> latestAttempt(long enrolmentId) {
		return jdbc.sql("""
				select id, score, out_of, passed from learning_quiz_attempt where enrolment_id = :enrolment
				order by id desc limit 1
				""")
			.param("enrolment", enrolmentId)
			.query((rs, n) -> new Attempt(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), Set.of()))
			.optional()
			.map(a -> new Attempt(a.id(), a.score(), a.outOf(), a.passed(), Set.copyOf(jdbc
				.sql("select answer_id from learning_quiz_choice where attempt_id = :attempt")
				.param("attempt", a.id())
				.query(Long.class)
				.list())));
	}

	boolean quizPassed(long enrolmentId) {
		return jdbc.sql("select exists (select 1 from learning_quiz_attempt where enrolment_id = :enrolment and passed)")
			.param("enrolment", enrolmentId)
			.query(Boolean.class)
			.single();
	}

	/** Marks the course completed when every lesson of its version is done and the quiz passed; says if it is. */
	boolean completeIfDone(long enrolmentId) {
		jdbc.sql("""
				update learning_enrolment e set completed_at = :now
				where e.id = :enrolment and e.completed_at is null
				  and not exists (select 1 from learning_lesson l where l.version_id = e.version_id
				                  and not exists (select 1 from learning_lesson_done d where d.enrolment_id = e.id and d.lesson_id = l.id))
				  and exists (select 1 from learning_quiz_attempt a where a.enrolment_id = e.id and a.passed)
				""")
			.param("now", OffsetDateTime.now(clock))
			.param("enrolment", enrolmentId)
			.update();
		return jdbc.sql("select completed_at is not null from learning_enrolment where id = :enrolment")
			.param("enrolment", enrolmentId)
			.query(Boolean.class)
			.single();
	}

	private void touch(long enrolmentId, OffsetDateTime now) {
		jdbc.sql("update learning_enrolment set last_activity_at = :now where id = :enrolment")
			.param("now", now)
			.param("enrolment", enrolmentId)
			.update();
	}
}
