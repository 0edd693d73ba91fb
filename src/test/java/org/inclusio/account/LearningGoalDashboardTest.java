package org.inclusio.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/**
 * Learning shown outside the learning pages: the citizen's dashboard has a "Your learning" section and, on an account
 * in arrears, a link to the priority-debts course; a caseworker sees the citizen's progress per course only while
 * the citizen shares their dashboard, and never their quiz answers nor the citizen's course links.
 */
class LearningGoalDashboardTest extends WebTest {

	@Test
	void theDashboardShowsTheCoursesInProgressAndTheWeeklyGoal() {
		String email = "learning.goal.dashboard@example.org";
		HttpSession citizen = newCitizen(email);

		String empty = citizen.get("/account?lang=en").body();
		assertThat(empty).contains("<h2>Your learning</h2>").contains("You have not started a course yet.")
			.contains("href=\"/learning\"").doesNotContain("lessons this week");

		citizen.submit("/learning/goal", "/learning/goal", Map.of("lessonsPerWeek", "2"));
		markDone(citizen, "test-passwords", "why-passwords");

		String dashboard = citizen.get("/account?lang=en").body();
		assertThat(dashboard).contains("<h3>Test: strong passwords</h3>").contains("1 of 3 lessons done")
			.contains("href=\"/learning/test-passwords\">Continue<span class=\"visually-hidden\">: Test: strong passwords</span>")
			.contains("1 of 2 lessons this week").doesNotContain("Weeks in a row").doesNotContain("Courses completed")
			.doesNotContain("You have not started a course yet.").contains("See all courses");

		markDone(citizen, "test-passwords", "three-words");
		assertThat(citizen.get("/account?lang=bg").body()).contains("<h2>Вашето обучение</h2>")
			.contains("<h3>Тест: силни пароли</h3>").contains("Завършени уроци: 2 от 3")
			.contains("2 от 2 урока тази седмица").contains("Поредни седмици с изпълнена цел: 1");
		assertThat(citizen.get("/account?lang=lv").body()).contains("<h2>Jūsu mācības</h2>")
			.contains("Šonedēļ pabeigtas nodarbības: 2 no 2").contains("Nedēļas pēc kārtas, kad mērķis sasniegts: 1");
	}

	@Test
	void anAccountInArrearsLinksToThePriorityDebtsCourseForTheCitizenOnly() {
		String email = "learning.goal.arrears@example.org";
		HttpSession citizen = newCitizen(email);
		long citizenId = userId(email);
		linkRentInArrears(citizenId);
		assertThat(citizen.get("/account?lang=en").body()).contains("href=\"/learning/priority-debts\">Learn what to pay first</a>");

		HttpSession caseworker = signedIn("caseworker@sofia.inclusio.eu");
		citizen.submit("/account/links", "/account/sharing", Map.of());
		String view = caseworker.get("/caseworker/citizens/" + citizenId + "/account?lang=en").body();
		assertThat(view).contains("that is overdue.").contains("Get free debt advice").doesNotContain("/learning/priority-debts");

		// the money pages recommend the courses too
		assertThat(citizen.get("/money/advice?lang=en").body()).contains("href=\"/learning/free-debt-advice\"")
			.contains("href=\"/learning/monthly-budget\"");
		assertThat(citizen.get("/money?lang=en").body()).contains("href=\"/learning/monthly-budget\"");
		assertThat(browser().get("/money/advice?lang=en").body()).as("signed out: no courses to take")
			.doesNotContain("/learning/");
	}

	@Test
	void aCaseworkerSeesTheLearningProgressOnlyWhileTheCitizenShares() {
		String email = "learning.goal.caseworker@example.org";
		HttpSession citizen = newCitizen(email);
		long citizenId = userId(email);
		markDone(citizen, "test-passwords", "why-passwords");
		HttpSession caseworker = signedIn("caseworker@sofia.inclusio.eu");
		String path = "/caseworker/citizens/" + citizenId + "/account?lang=en";

		var refused = caseworker.get(path);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("Learning progress").doesNotContain("strong passwords");

		citizen.submit("/account/links", "/account/sharing", Map.of());
		var shared = caseworker.get(path);
		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(shared.body()).contains("<h2>Learning progress</h2>").contains("Test: strong passwords")
			.contains(">1 of 3<").contains("Not passed yet").contains("In progress")
			.doesNotContain("Your weekly goal").doesNotContain("Continue<span");
		assertThat(caseworker.get(path.replace("lang=en", "lang=bg")).body()).contains("Напредък в обучението")
			.contains("Тест: силни пароли");
		assertThat(jdbc.sql("""
				select count(*) from identity_audit_log where action = 'READ' and subject_type = 'citizen-dashboard'
				and subject_id = :id
				""").param("id", String.valueOf(citizenId)).query(Integer.class).single()).isEqualTo(2);

		citizen.submit("/account/links", "/account/sharing/revoke", Map.of());
		var stopped = caseworker.get(path);
		assertThat(stopped.statusCode()).isEqualTo(403);
		assertThat(stopped.body()).doesNotContain("Learning progress").doesNotContain("strong passwords");
	}

	// --- helpers

	HttpSession newCitizen(String email) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Test Learner", "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		browser.get("/?lang=en");
		return browser;
	}

	void markDone(HttpSession citizen, String course, String lessonSlug) {
		long lesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_course c on c.current_version_id = l.version_id
				where c.slug = :c and l.slug = :l
				""").param("c", course).param("l", lessonSlug).query(Long.class).single();
		var response = citizen.submit("/learning/" + course + "/lessons/" + lessonSlug,
				"/learning/" + course + "/lessons/done", Map.of("lesson", String.valueOf(lesson)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

	/** A rent account with the demo landlord, linked with consent as the linking pages do, 80.00 overdue. */
	void linkRentInArrears(long citizenId) {
		long tenant = jdbc.sql("select tenant_id from identity_user where id = :id").param("id", citizenId)
			.query(Long.class).single();
		long landlord = jdbc.sql("select id from account_provider where tenant_id = :t and kind = 'LANDLORD' order by id limit 1")
			.param("t", tenant).query(Long.class).single();
		String reference = "GOAL-" + citizenId;
		long consent = jdbc.sql("""
				insert into account_consent (tenant_id, citizen_id, kind, provider_id, scope, purpose, text_version, given_at, expires_at)
				values (:t, :c, 'PROVIDER_LINK', :p, 'balance,arrears,due-dates,transactions,messages',
				        'show-in-citizen-dashboard-and-budget', '2026-11', now(), now() + interval '365 days') returning id
				""").param("t", tenant).param("c", citizenId).param("p", landlord).query(Long.class).single();
		jdbc.sql("""
				insert into account_link (tenant_id, citizen_id, provider_id, reference, consent_id, status, linked_at)
				values (:t, :c, :p, :r, :consent, 'ACTIVE', now())
				""").param("t", tenant).param("c", citizenId).param("p", landlord).param("r", reference)
			.param("consent", consent).update();
		jdbc.sql("""
				insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date,
				                            next_due_amount, updated_at)
				values (:p, :r, 'RENT', 'BGN', 160.00, 80.00, current_date + 10, 80.00, now())
				""").param("p", landlord).param("r", reference).update();
	}
}
