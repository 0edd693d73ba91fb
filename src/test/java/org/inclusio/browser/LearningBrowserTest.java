package org.inclusio.browser;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new resident takes a course end to end in each language: catalogue, every lesson, the quiz (first without
 * answers, then with the right ones), the result and the completed course. axe-core checks every page.
 */
class LearningBrowserTest extends BrowserTestSupport {

	static final String COURSE = "test-passwords";

	/** The words a person sees, per language (written out, so a page in the wrong language fails). */
	record Words(String learningTitle, String courseTitle, String start, String markDone, String errorSummary,
			String passed, String completed, String completedTag) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Обучение", "Тест: силни пароли", "Започнете курса", "Отбележете като завършен и продължете",
						"Има проблем", "Издържахте теста.", "Браво! Завършихте курса.", "Завършен");
				case LV -> new Words("Mācības", "Tests: stipras paroles", "Sākt kursu", "Atzīmēt kā pabeigtu un turpināt",
						"Radusies problēma", "Jūs nokārtojāt testu.", "Lieliski! Jūs esat pabeidzis kursu.", "Pabeigts");
				case EN -> new Words("Learning", "Test: strong passwords", "Start the course", "Mark as done and continue",
						"There is a problem", "You passed the quiz.", "Well done! You have completed the course.", "Completed");
			};
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentTakesACourseEndToEnd(Language language) {
		Words words = Words.of(language);
		openBrowser("learning-" + language.code);
		String email = uniqueEmail("learning-" + language.code);
		visit("/register?lang=" + language.code);
		registerAndConfirm(language, email);
		visit("/login");
		signIn(email, PASSWORD);

		clickToNewPage(page.locator("header nav a[href='/learning']"), "catalogue");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.learningTitle());

		clickToNewPage(page.locator("main a[href='/learning/" + COURSE + "']"), "course");
		expect(page.locator("h1")).hasText(words.courseTitle());
		clickToNewPage(page.locator("main a.button"), "lesson-1");
		expect(page.locator("main img")).hasAttribute("alt", altText(language));

		for (int lesson = 1; lesson <= 3; lesson++) {
			Locator button = page.locator("main form button[type=submit]");
			expect(button).hasText(words.markDone());
			clickToNewPage(button, lesson < 3 ? "lesson-" + (lesson + 1) : "quiz");
		}
		expect(page).hasURL(baseUrl() + "/learning/" + COURSE + "/quiz");

		// sent without answers: an error summary linking to each question's first answer
		submit("quiz-errors");
		Locator summary = page.locator(".error-summary");
		expect(summary.locator("h2")).hasText(words.errorSummary());
		expect(summary.locator("li")).hasCount(4);
		String firstLink = summary.locator("a").first().getAttribute("href");
		expect(page.locator(firstLink)).hasCount(1);

		for (long answer : rightAnswers()) {
			page.locator("#a" + answer).check();
		}
		submit("result");
		expect(page).hasURL(baseUrl() + "/learning/" + COURSE + "/quiz/result");
		expect(page.locator("#score")).containsText(words.passed());
		expect(page.locator("#completed")).hasText(words.completed());

		visit("/learning");
		expect(page.locator("main a[href='/learning/" + COURSE + "']").locator("xpath=ancestor::li[1]").locator(".tag"))
			.hasText(words.completedTag());
	}

	private static String altText(Language language) {
		return switch (language) {
			case BG -> "Син катинар";
			case LV -> "Zila piekaramā slēdzene";
			case EN -> "A blue padlock";
		};
	}

	private List<Long> rightAnswers() {
		return jdbc.sql("""
				select a.id from learning_answer a join learning_question q on q.id = a.question_id
				join learning_course c on c.current_version_id = q.version_id
				where c.slug = :slug and a.correct order by q.position, a.position
				""").param("slug", COURSE).query(Long.class).list();
	}
}
