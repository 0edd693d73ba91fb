package org.inclusio.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusio.identity.MunicipalityTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The courses a citizen has started and how far they got, most recently used first. */
@Service
public class LearningProgress {

	private final JdbcClient jdbc;

	private final MunicipalityTimeZones zones;

	private final Clock clock;

	LearningProgress(JdbcClient jdbc, MunicipalityTimeZones zones, Clock clock) {
		this.jdbc = jdbc;
		this.zones = zones;
		this.clock = clock;
	}

	public List<CourseProgress> of(long tenantId, long citizenId, Locale language) {
		return jdbc.sql("""
				select c.slug, coalesce(v.title->>:lang, v.title->>'en'), case when jsonb_exists(v.title, :lang) then :lang else 'en' end,
				       (select count(*) from learning_lesson_done d where d.enrolment_id = e.id),
				       (select count(*) from learning_lesson l where l.version_id = v.id),
				       exists (select 1 from learning_quiz_attempt a where a.enrolment_id = e.id and a.passed),
				       e.started_at, e.completed_at
				from learning_enrolment e
				join learning_course c on c.id = e.course_id
				join learning_course_version v on v.id = e.version_id
				where e.tenant_id = :tenant and e.citizen_id = :citizen
				order by e.last_activity_at desc, e.id
				""")
			.param("lang", language.getLanguage())
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query((rs, n) -> new CourseProgress(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
					rs.getObject(8, OffsetDateTime.class) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The weekly goal and its streak, counted in the database from the lessons done: per ISO week (Monday first) in
	 * the municipality's time zone. The streak counts back from this week if the goal is met already, else from last
	 * week, while each earlier week met the goal too. The goal as it is now is applied to every past week: a citizen
	 * who raises their goal sees a shorter streak, which is what "lessons a week" asks of them from now on.
	 */
	private static final String WEEKLY_GOAL = """
			with mine as (
			    select e.* from learning_enrolment e where e.tenant_id = :tenant and e.citizen_id = :citizen
			),
			goal as (
			    select lessons_per_week from learning_goal where tenant_id = :tenant and citizen_id = :citizen
			),
			this_week as (
			    select date_trunc('week', cast(:now as timestamptz) at time zone cast(:zone as text)) as week
			),
			weeks as (
			    select date_trunc('week', d.done_at at time zone cast(:zone as text)) as week, count(*) as lessons
			    from learning_lesson_done d join mine e on e.id = d.enrolment_id
			    where d.done_at <= cast(:now as timestamptz)
			    group by 1
			),
			met as (
			    select w.week, row_number() over (order by w.week desc) as n
			    from weeks w, goal g
			    where w.lessons >= g.lessons_per_week
			),
			streak_end as (
			    select case when exists (select 1 from met where met.week = t.week) then t.week
			                else t.week - interval '1 week' end as week
			    from this_week t
			),
			weekly_goal as (
			    select (select lessons_per_week from goal) as per_week,
			           coalesce((select w.lessons from weeks w join this_week t on t.week = w.week), 0) as this_week,
			           -- the n-th most recent week met is n-1 weeks before the streak's end while the streak lasts
			           (select count(*) from met, streak_end s where met.week = s.week - (met.n - 1) * interval '1 week') as streak
			)
			""";

	/** The citizen's weekly goal, the lessons done this week and the streak, in one query. */
	public WeeklyGoal goal(long tenantId, long citizenId) {
		return jdbc.sql(WEEKLY_GOAL + "select per_week, this_week, streak from weekly_goal")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", OffsetDateTime.now(clock))
			.param("zone", zones.of(tenantId).getId())
			.query((rs, n) -> weeklyGoal(rs))
			.single();
	}

	/**
	 * For the citizen's dashboard, which is opened more than any other page: the courses in progress, the number
	 * completed and the weekly goal, in one query.
	 */
	public LearningSummary summary(long tenantId, long citizenId, Locale language) {
		List<CourseProgress> inProgress = new ArrayList<>();
		int[] completed = { 0 };
		WeeklyGoal[] goal = { null };
		jdbc.sql(WEEKLY_GOAL + """
				, courses as (
				    select c.slug, coalesce(v.title->>:lang, v.title->>'en') as title,
				           case when jsonb_exists(v.title, :lang) then :lang else 'en' end as title_language,
				           (select count(*) from learning_lesson_done d where d.enrolment_id = e.id) as done,
				           (select count(*) from learning_lesson l where l.version_id = v.id) as lessons,
				           exists (select 1 from learning_quiz_attempt a where a.enrolment_id = e.id and a.passed) as quiz_passed,
				           e.started_at, e.completed_at, e.last_activity_at, e.id
				    from mine e
				    join learning_course c on c.id = e.course_id
				    join learning_course_version v on v.id = e.version_id
				)
				select g.per_week, g.this_week, g.streak, c.slug, c.title, c.title_language, c.done, c.lessons,
				       c.quiz_passed, c.started_at, c.completed_at
				from weekly_goal g left join courses c on true
				order by c.last_activity_at desc, c.id
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", OffsetDateTime.now(clock))
			.param("zone", zones.of(tenantId).getId())
			.param("lang", language.getLanguage())
			.query(rs -> {
				if (goal[0] == null) {
					goal[0] = weeklyGoal(rs);
				}
				if (rs.getString(4) == null) {
					return; // no course started: the one row only has the goal
				}
				if (rs.getObject(11) != null) {
					completed[0]++;
					return;
				}
				inProgress.add(new CourseProgress(rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
						rs.getInt(8), rs.getBoolean(9), rs.getObject(10, OffsetDateTime.class).toInstant(), null));
			});
		return new LearningSummary(inProgress, completed[0], goal[0]);
	}

	private static WeeklyGoal weeklyGoal(ResultSet rs) throws SQLException {
		int perWeek = rs.getInt(1);
		Integer goal = rs.wasNull() ? null : perWeek;
		return new WeeklyGoal(goal, rs.getInt(2), goal == null ? 0 : rs.getInt(3));
	}
}
