package org.inclusio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/**
 * A resident sets a weekly goal on /learning/goal: bad input comes back with an error summary and what was typed;
 * a good one is stored and the catalogue shows this week's lessons against it; an empty field removes it.
 */
class LearningGoalTest extends WebTest {

	@Test
	void aResidentSetsChangesAndRemovesAWeeklyGoal() {
		String email = "learning.goal.one@example.org";
		HttpSession citizen = newCitizen(jdbc, browser(), email);
		long citizenId = userId(email);

		String catalogue = citizen.get("/learning?lang=en").body();
		assertThat(catalogue).contains("A weekly goal helps you keep going").contains("href=\"/learning/goal\"")
			.contains("Set a weekly goal").doesNotContain("lessons this week");
		assertThat(citizen.get("/learning/goal").body()).contains("<h1>Your weekly goal</h1>")
			.contains("Leave it empty if you do not want a goal.").containsPattern("name=\"lessonsPerWeek\" value=\"\"");

		// 0, 8, words, a fraction: the form again, with the error summary linking to the field and the input kept
		for (String bad : new String[] { "0", "8", "three", "2.5", "-1", "99999999999" }) {
			var refused = citizen.submit("/learning/goal", "/learning/goal", Map.of("lessonsPerWeek", bad));
			assertThat(refused.statusCode()).as(bad).isEqualTo(200);
			assertThat(refused.body()).as(bad).contains("There is a problem")
				.contains("<a href=\"#lessonsPerWeek\">Enter a number from 1 to 7, or leave it empty if you do not want a goal</a>")
				.contains("value=\"" + bad + "\"").contains("aria-invalid=\"true\"");
		}
		assertThat(goal(citizenId)).isNull();

		var saved = citizen.submit("/learning/goal", "/learning/goal", Map.of("lessonsPerWeek", " 3 "));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValue("/learning");
		assertThat(goal(citizenId)).isEqualTo(3);
		assertThat(citizen.get("/learning").body()).contains("Your weekly goal is saved.")
			.contains("0 of 3 lessons this week").contains("Meet your goal this week to start a streak.")
			.contains("Change your weekly goal");
		assertThat(citizen.get("/learning/goal").body()).contains("value=\"3\"").contains("0 of 3 lessons this week");

		markDone(citizen, "test-passwords", "why-passwords");
		assertThat(citizen.get("/learning").body()).contains("1 of 3 lessons this week")
			.doesNotContain("Your weekly goal is saved.");

		// a goal of one lesson is met at once, and this week starts the streak
		citizen.submit("/learning/goal", "/learning/goal", Map.of("lessonsPerWeek", "1"));
		assertThat(citizen.get("/learning").body()).contains("1 of 1 lesson this week")
			.contains("You have met your goal this week. Well done!").contains("Weeks in a row you met your goal: 1");
		assertThat(citizen.get("/learning?lang=bg").body()).contains("1 от 1 урок тази седмица")
			.contains("Поредни седмици с изпълнена цел: 1");
		assertThat(citizen.get("/learning?lang=lv").body()).contains("Šonedēļ pabeigtas nodarbības: 1 no 1");

		var removed = citizen.submit("/learning/goal?lang=en", "/learning/goal", Map.of("lessonsPerWeek", ""));
		assertThat(removed.headers().firstValue("Location")).hasValue("/learning");
		assertThat(goal(citizenId)).isNull();
		assertThat(citizen.get("/learning").body()).contains("You have no weekly goal now.").contains("Set a weekly goal");

		assertThat(jdbc.sql("select count(*) from identity_audit_log where subject_type = 'learning-goal' and subject_id = :id")
			.param("id", String.valueOf(citizenId)).query(Integer.class).single()).as("goal changes recorded").isEqualTo(3);
		assertThat(browser().get("/learning/goal").statusCode()).as("signed out").isEqualTo(302);
		assertThat(signedIn("caseworker@sofia.inclusio.eu").get("/learning/goal").statusCode()).as("staff").isEqualTo(403);
	}

	Integer goal(long citizenId) {
		return jdbc.sql("select lessons_per_week from learning_goal where citizen_id = :c").param("c", citizenId)
			.query(Integer.class).optional().orElse(null);
	}

	/** Registers a resident of Sofia with this email, confirmed and signed in, pages in English. */
	public static HttpSession newCitizen(org.springframework.jdbc.core.simple.JdbcClient jdbc, HttpSession browser,
			String email) {
		browser.submit("/register", "/register", Map.of("displayName", "Test Learner", "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		browser.get("/?lang=en");
		return browser;
	}

	/** Marks a lesson of a course's current version done, as its button does. */
	public static void markDone(org.springframework.jdbc.core.simple.JdbcClient jdbc, HttpSession citizen, String course,
			String lessonSlug) {
		long lesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_course c on c.current_version_id = l.version_id
				where c.slug = :c and l.slug = :l
				""").param("c", course).param("l", lessonSlug).query(Long.class).single();
		var response = citizen.submit("/learning/" + course + "/lessons/" + lessonSlug,
				"/learning/" + course + "/lessons/done", Map.of("lesson", String.valueOf(lesson)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

	void markDone(HttpSession citizen, String course, String lessonSlug) {
		markDone(jdbc, citizen, course, lessonSlug);
	}
}
