package org.inclusio.browser;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A facilitator authors a small course in each language (one lesson, one question), previews the lesson and the
 * quiz, publishes it, and then a new resident of the same municipality finds it in their catalogue, titled in their
 * language. axe-core checks every page.
 */
class LearningManageBrowserTest extends BrowserTestSupport {

	static final String FACILITATOR = "facilitator@sofia.inclusio.eu";

	/** The words a person sees, per language (written out, so a page in the wrong language fails). */
	record Words(String coursesTitle, String previewNote, String publishedTag, String courseTitle) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Курсове", "Преглед на черновата", "Публикувана: версия 1", "Плащане на сметки");
				case LV -> new Words("Kursi", "Melnraksta priekšskatījums", "Publicēts: 1. versija", "Rēķinu apmaksa");
				case EN -> new Words("Courses", "Preview of the draft", "Published: version 1", "Paying bills");
			};
		}
	}

	@AfterEach
	void restoreDemoFacilitatorLanguage() {
		jdbc.sql("update identity_user set preferred_language = 'lv' where email = :email")
			.param("email", FACILITATOR)
			.update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aFacilitatorAuthorsAndPublishesACourseThatAResidentThenFinds(Language language) {
		Words words = Words.of(language);
		String slug = "bills-" + language.code + "-" + System.currentTimeMillis();
		openBrowser("learning-manage-" + language.code);
		visit("/login?lang=" + language.code);
		signIn(FACILITATOR, DEMO_PASSWORD);
		visit("/?lang=" + language.code); // signing in switches to the facilitator's own language (lv)

		clickToNewPage(page.locator("header nav a[href='/learning/manage']"), "courses");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.coursesTitle());

		// a new course: first sent empty, then filled in
		clickToNewPage(page.locator("main a[href='/learning/manage/new']"), "new-course");
		submit("new-course-errors");
		Locator summary = page.locator(".error-summary");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("li")).hasCount(3);
		page.locator("#title").fill("Paying bills");
		page.locator("#slug").fill(slug);
		page.locator("#category-MONEY").check();
		submit("course-draft");
		expect(page.locator("h1")).hasText("Paying bills");

		clickToNewPage(page.locator("main a[href$='/details']"), "details");
		page.locator("#title-bg").fill("Плащане на сметки");
		page.locator("#title-lv").fill("Rēķinu apmaksa");
		page.locator("#summary-en").fill("Which bills to pay first, and why.");
		page.locator("#summary-bg").fill("Кои сметки да платите първо и защо.");
		submit("course-details-saved");

		clickToNewPage(page.locator("main a[href$='/lessons/new']"), "lesson-new");
		page.locator("#title-en").fill("Rent comes first");
		page.locator("#body-en").fill("# Why\n\nWithout a home, everything is harder. <b>Raw HTML</b> is shown as text.");
		submit("course-with-lesson");

		clickToNewPage(page.locator("main a[href$='/questions/new']"), "question-new");
		page.locator("#text-en").fill("Which bill do you pay first?");
		submit("question");
		addAnswer("Rent", true, "Yes: rent keeps your home.");
		addAnswer("A streaming service", false, "No: it can wait.");
		clickToNewPage(page.locator("main a[href$='#quiz']").first(), "course-complete");

		// the preview, as a learner sees it, with its note
		clickToNewPage(page.locator("main a[href*='/preview/lessons/']").first(), "preview-lesson");
		expect(page.locator(".manage-preview")).containsText(words.previewNote());
		expect(page.locator("h1")).hasText("Rent comes first");
		expect(page.locator(".learning-text")).containsText("<b>Raw HTML</b>");
		clickToNewPage(page.locator("main a[href$='/preview/quiz']"), "preview-quiz");
		page.locator("main input[type=radio]").first().check();
		submit("preview-result");
		expect(page.locator("#score")).containsText("1");
		clickToNewPage(page.locator(".manage-preview a"), "course-after-preview");

		clickToNewPage(page.locator("#publish ~ form button[type=submit]"), "published");
		expect(page.locator("#published-now")).isVisible();
		expect(page.locator("main h1 + p .tag")).hasText(words.publishedTag());

		// a new resident of Sofia finds it in the catalogue, in their language
		openBrowser("learning-manage-resident-" + language.code);
		String email = uniqueEmail("learning-manage-" + language.code);
		visit("/register?lang=" + language.code);
		registerAndConfirm(language, email);
		visit("/login");
		signIn(email, PASSWORD);
		clickToNewPage(page.locator("header nav a[href='/learning']"), "catalogue");
		expect(page.locator("main a[href='/learning/" + slug + "']")).hasText(words.courseTitle());
		clickToNewPage(page.locator("main a[href='/learning/" + slug + "']"), "resident-course");
		expect(page.locator("h1")).hasText(words.courseTitle());
		expect(page.locator("main .learning-steps a").first()).hasText("Rent comes first");
	}

	private void addAnswer(String text, boolean correct, String feedback) {
		clickToNewPage(page.locator("main a[href$='/answers/new']"), "answer-new");
		page.locator("#text-en").fill(text);
		if (correct) {
			page.locator("#correct1").check();
		}
		page.locator("#feedback-en").fill(feedback);
		submit("question-answers");
		expect(page).hasURL(Pattern.compile("/questions/\\d+"));
	}
}
