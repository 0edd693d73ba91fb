package org.inclusio.browser;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new resident sets a weekly goal (first a number that is too big), does a lesson, and sees the progress on the
 * catalogue and on their dashboard, in each language. axe-core checks every page; the dashboard also at 360 px.
 */
class LearningGoalBrowserTest extends BrowserTestSupport {

	static final String COURSE = "test-passwords";

	/** The words a person sees, per language (written out, so a page in the wrong language fails). */
	record Words(String goalTitle, String invalid, String saved, String noneThisWeek, String oneThisWeek,
			String yourLearning, String courseTitle, String lessonsDone) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Вашата седмична цел",
						"Въведете число от 1 до 7 или оставете полето празно, ако не искате цел",
						"Седмичната ви цел е запазена.", "0 от 2 урока тази седмица", "1 от 2 урока тази седмица",
						"Вашето обучение", "Тест: силни пароли", "Завършени уроци: 1 от 3");
				case LV -> new Words("Jūsu nedēļas mērķis",
						"Ievadiet skaitli no 1 līdz 7 vai atstājiet tukšu, ja nevēlaties mērķi",
						"Jūsu nedēļas mērķis ir saglabāts.", "Šonedēļ pabeigtas nodarbības: 0 no 2",
						"Šonedēļ pabeigtas nodarbības: 1 no 2", "Jūsu mācības", "Tests: stipras paroles",
						"Pabeigtas 1 no 3 nodarbībām");
				case EN -> new Words("Your weekly goal",
						"Enter a number from 1 to 7, or leave it empty if you do not want a goal",
						"Your weekly goal is saved.", "0 of 2 lessons this week", "1 of 2 lessons this week",
						"Your learning", "Test: strong passwords", "1 of 3 lessons done");
			};
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentSetsAGoalAndSeesTheirProgress(Language language) {
		Words words = Words.of(language);
		openBrowser("learning-goal-" + language.code);
		String email = uniqueEmail("learning-goal-" + language.code);
		visit("/register?lang=" + language.code);
		registerAndConfirm(language, email);
		visit("/login");
		signIn(email, PASSWORD);

		visit("/learning");
		assertLanguage(language);
		clickToNewPage(page.locator("main a[href='/learning/goal']"), "goal");
		expect(page.locator("h1")).hasText(words.goalTitle());

		// too many: the error summary links to the field, which keeps what was typed
		page.locator("#lessonsPerWeek").fill("8");
		submit("goal-error");
		Locator summary = page.locator(".error-summary");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("a[href='#lessonsPerWeek']")).hasText(words.invalid());
		expect(page.locator("#lessonsPerWeek")).hasValue("8");
		expect(page.locator("#lessonsPerWeek")).hasAttribute("aria-invalid", "true");

		page.locator("#lessonsPerWeek").fill("2");
		submit("goal-saved");
		expect(page).hasURL(baseUrl() + "/learning");
		expect(page.locator("#goal [role=status]")).hasText(words.saved());
		expect(page.locator("#goal strong")).hasText(words.noneThisWeek());

		clickToNewPage(page.locator("main a[href='/learning/" + COURSE + "']"), "course");
		clickToNewPage(page.locator("main a.button"), "lesson-1");
		clickToNewPage(page.locator("main form button[type=submit]"), "lesson-2");

		visit("/learning");
		expect(page.locator("#goal strong")).hasText(words.oneThisWeek());

		visit("/account");
		Locator learning = page.locator("#learning");
		expect(learning.locator("h2")).hasText(words.yourLearning());
		expect(learning.locator("h3")).hasText(words.courseTitle());
		expect(learning).containsText(words.lessonsDone());
		expect(learning.locator("strong")).hasText(words.oneThisWeek());
		expect(learning.locator("a[href='/learning/" + COURSE + "']")).hasCount(1);

		page.setViewportSize(360, 800);
		visit("/account");
		expect(learning.locator("h2")).isVisible();
		clickToNewPage(learning.locator("a[href='/learning/" + COURSE + "']"), "continue");
		expect(page.locator("h1")).hasText(words.courseTitle());
	}
}
