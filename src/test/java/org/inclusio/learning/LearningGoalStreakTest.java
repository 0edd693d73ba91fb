package org.inclusio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.inclusio.identity.MunicipalityTimeZones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.inclusio.support.WebTest;

/**
 * The week counts and streaks, counted in the database, at fixed moments: ISO weeks starting on Monday in the
 * municipality's time zone (Sofia is two hours ahead of UTC in November), this week counting once its goal is met.
 */
class LearningGoalStreakTest extends WebTest {

	/** Wednesday 18 November 2026, 14:00 in Sofia: this week began on Monday 16 November. */
	static final Instant WEDNESDAY = Instant.parse("2026-11-18T12:00:00Z");

	/** An id no municipality has: its weeks are those of the application's clock (UTC). */
	static final long NO_SUCH_MUNICIPALITY = 987_654_321L;

	static final AtomicLong CITIZENS = new AtomicLong(880_000_000L);

	final MunicipalityTimeZones zones;

	long sofia;

	/** The lessons of every course, handed out one by one: a lesson can be done once per citizen. */
	Map<Long, Deque<long[]>> lessonsLeft = new HashMap<>();

	LearningGoalStreakTest(@Autowired MunicipalityTimeZones zones) {
		this.zones = zones;
	}

	@BeforeEach
	void sofia() {
		sofia = jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
	}

	LearningProgress at(Instant now) {
		return new LearningProgress(jdbc, zones, Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void weeksInARowCountBackFromThisWeekOnceItIsMetElseFromLastWeek() {
		long citizen = newCitizen();
		setGoal(sofia, citizen, 2);
		done(sofia, citizen, "2026-10-27T09:00:00Z", "2026-10-30T18:00:00Z"); // three weeks before this one
		done(sofia, citizen, "2026-11-02T09:00:00Z", "2026-11-08T20:00:00Z"); // Sunday 22:00 in Sofia: still that week
		done(sofia, citizen, "2026-11-09T09:00:00Z", "2026-11-10T09:00:00Z", "2026-11-11T09:00:00Z");
		done(sofia, citizen, "2026-11-16T08:00:00Z");

		WeeklyGoal goal = at(WEDNESDAY).goal(sofia, citizen);
		assertThat(goal).isEqualTo(new WeeklyGoal(2, 1, 3));
		assertThat(goal.metThisWeek()).isFalse();

		done(sofia, citizen, "2026-11-18T11:00:00Z");
		goal = at(WEDNESDAY).goal(sofia, citizen);
		assertThat(goal).isEqualTo(new WeeklyGoal(2, 2, 4));
		assertThat(goal.metThisWeek()).isTrue();

		// next week, nothing done yet: the streak stands until that week is over
		assertThat(at(Instant.parse("2026-11-25T12:00:00Z")).goal(sofia, citizen)).isEqualTo(new WeeklyGoal(2, 0, 4));
		// a week with nothing done in between: the streak is over
		assertThat(at(Instant.parse("2026-12-02T12:00:00Z")).goal(sofia, citizen)).isEqualTo(new WeeklyGoal(2, 0, 0));

		// a higher goal applies to the past weeks too
		setGoal(sofia, citizen, 3);
		assertThat(at(WEDNESDAY).goal(sofia, citizen)).isEqualTo(new WeeklyGoal(3, 2, 1));
	}

	@Test
	void aWeekBelowTheGoalBreaksTheStreak() {
		long citizen = newCitizen();
		setGoal(sofia, citizen, 2);
		done(sofia, citizen, "2026-10-20T09:00:00Z", "2026-10-21T09:00:00Z"); // met
		done(sofia, citizen, "2026-10-27T09:00:00Z"); // one short
		done(sofia, citizen, "2026-11-03T09:00:00Z", "2026-11-04T09:00:00Z"); // met
		done(sofia, citizen, "2026-11-10T09:00:00Z", "2026-11-10T10:00:00Z"); // met
		assertThat(at(WEDNESDAY).goal(sofia, citizen)).isEqualTo(new WeeklyGoal(2, 0, 2));

		long lapsed = newCitizen();
		setGoal(sofia, lapsed, 1);
		done(sofia, lapsed, "2026-11-03T09:00:00Z"); // two weeks ago, none last week
		done(sofia, lapsed, "2026-11-17T09:00:00Z");
		assertThat(at(WEDNESDAY).goal(sofia, lapsed)).isEqualTo(new WeeklyGoal(1, 1, 1));
		assertThat(at(Instant.parse("2026-11-16T05:00:00Z")).goal(sofia, lapsed)).as("Monday, before the lesson")
			.isEqualTo(new WeeklyGoal(1, 0, 0));
	}

	@Test
	void weeksStartOnMondayInTheMunicipalitysTimeZone() {
		// Sunday 15 November 22:30 UTC is Monday 16 November 00:30 in Sofia
		long citizen = newCitizen();
		setGoal(sofia, citizen, 1);
		done(sofia, citizen, "2026-11-15T22:30:00Z");
		assertThat(at(WEDNESDAY).goal(sofia, citizen)).as("Sofia").isEqualTo(new WeeklyGoal(1, 1, 1));
		// and on Sunday 22 November at 22:30 UTC a new week has begun in Sofia
		assertThat(at(Instant.parse("2026-11-22T22:30:00Z")).goal(sofia, citizen)).isEqualTo(new WeeklyGoal(1, 0, 1));

		long elsewhere = newCitizen();
		setGoal(NO_SUCH_MUNICIPALITY, elsewhere, 1);
		done(NO_SUCH_MUNICIPALITY, elsewhere, "2026-11-15T22:30:00Z");
		assertThat(at(WEDNESDAY).goal(NO_SUCH_MUNICIPALITY, elsewhere)).as("the clock's zone, UTC: last week")
			.isEqualTo(new WeeklyGoal(1, 0, 1));
	}

	@Test
	void withoutAGoalThereIsNoStreakAndOnlyTheMunicipalitysLessonsCount() {
		long citizen = newCitizen();
		done(sofia, citizen, "2026-11-16T09:00:00Z", "2026-11-17T09:00:00Z");
		WeeklyGoal none = at(WEDNESDAY).goal(sofia, citizen);
		assertThat(none).isEqualTo(new WeeklyGoal(null, 2, 0));
		assertThat(none.isSet()).isFalse();
		assertThat(at(WEDNESDAY).goal(NO_SUCH_MUNICIPALITY, citizen)).isEqualTo(new WeeklyGoal(null, 0, 0));
	}

	@Test
	void theDashboardSummaryHasTheCoursesAndTheGoalInOneGo() {
		long citizen = newCitizen();
		LearningProgress progress = at(WEDNESDAY);
		assertThat(progress.summary(sofia, citizen, Locale.ENGLISH))
			.isEqualTo(new LearningSummary(List.of(), 0, new WeeklyGoal(null, 0, 0)));
		assertThat(progress.summary(sofia, citizen, Locale.ENGLISH).isEmpty()).isTrue();

		setGoal(sofia, citizen, 2);
		long passwords = enrolment(sofia, citizen, courseId("test-passwords"));
		long budget = enrolment(sofia, citizen, courseId("test-budget"));
		doneIn(passwords, "2026-11-16T09:00:00Z");
		doneIn(budget, "2026-11-17T09:00:00Z");
		jdbc.sql("update learning_enrolment set completed_at = :t, last_activity_at = :t where id = :id")
			.param("t", java.time.OffsetDateTime.parse("2026-11-17T10:00:00Z")).param("id", budget).update();

		LearningSummary summary = progress.summary(sofia, citizen, Locale.forLanguageTag("bg"));
		assertThat(summary.completed()).isEqualTo(1);
		assertThat(summary.goal()).isEqualTo(new WeeklyGoal(2, 2, 1));
		assertThat(summary.inProgress()).singleElement().satisfies(p -> {
			assertThat(p.courseSlug()).isEqualTo("test-passwords");
			assertThat(p.title()).isEqualTo("Тест: силни пароли");
			assertThat(p.lessonsDone()).isEqualTo(1);
			assertThat(p.lessons()).isEqualTo(3);
		});
		assertThat(progress.summary(NO_SUCH_MUNICIPALITY, citizen, Locale.ENGLISH).isEmpty()).as("another municipality")
			.isTrue();
	}

	// --- helpers: progress written straight into the tables, at the moments a test needs

	long newCitizen() {
		return CITIZENS.incrementAndGet();
	}

	void setGoal(long tenant, long citizen, int perWeek) {
		jdbc.sql("""
				insert into learning_goal (citizen_id, tenant_id, lessons_per_week, set_at) values (:c, :t, :g, now())
				on conflict (citizen_id) do update set lessons_per_week = excluded.lessons_per_week
				""").param("c", citizen).param("t", tenant).param("g", perWeek).update();
	}

	/** Marks the next lessons not yet done by this citizen done at these moments. */
	void done(long tenant, long citizen, String... moments) {
		Deque<long[]> left = lessonsLeft.computeIfAbsent(citizen, c -> new ArrayDeque<>(jdbc.sql("""
				select c.id, l.id from learning_course c join learning_lesson l on l.version_id = c.current_version_id
				order by c.id, l.position
				""").query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()));
		for (String moment : moments) {
			long[] lesson = left.removeFirst();
			long enrolment = enrolment(tenant, citizen, lesson[0]);
			jdbc.sql("insert into learning_lesson_done (enrolment_id, lesson_id, done_at) values (:e, :l, :at)")
				.param("e", enrolment).param("l", lesson[1]).param("at", java.time.OffsetDateTime.parse(moment)).update();
		}
	}

	void doneIn(long enrolment, String moment) {
		jdbc.sql("""
				insert into learning_lesson_done (enrolment_id, lesson_id, done_at)
				select e.id, l.id, :at from learning_enrolment e join learning_lesson l on l.version_id = e.version_id
				where e.id = :e order by l.position limit 1
				""").param("e", enrolment).param("at", java.time.OffsetDateTime.parse(moment)).update();
	}

	long enrolment(long tenant, long citizen, long course) {
		jdbc.sql("""
				insert into learning_enrolment (tenant_id, citizen_id, course_id, version_id, started_at, last_activity_at)
				select :t, :c, id, current_version_id, now(), now() from learning_course where id = :course
				on conflict (citizen_id, course_id) do nothing
				""").param("t", tenant).param("c", citizen).param("course", course).update();
		return jdbc.sql("select id from learning_enrolment where citizen_id = :c and course_id = :course")
			.param("c", citizen).param("course", course).query(Long.class).single();
	}

	long courseId(String slug) {
		return jdbc.sql("select id from learning_course where slug = :s and tenant_id is null").param("s", slug)
			.query(Long.class).single();
	}
}
