package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo analyst opens the learning statistics from the menu on a 360 px phone in each language: the tables are
 * in the language, small counts read "fewer than 5", a table wider than the screen scrolls in its own labelled
 * region and the page does not; axe-core checks every page.
 */
class LearningStatisticsBrowserTest extends BrowserTestSupport {

	static final String ANALYST = "analyst@sofia.inclusio.eu";

	static final int WIDTH = 360;

	/** Citizen ids of the generated enrolments: no such users exist. */
	static final long FIRST_CITIZEN = 7_800_000_000L;

	record Words(String title, String fewer, String allCourses, String courseTitle) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Статистика за обучението", "по-малко от 5", "Всички курсове", "Как да разпознаете измама и фишинг");
				case LV -> new Words("Mācību statistika", "mazāk nekā 5", "Visi kursi", "Kā atpazīt krāpšanu un pikšķerēšanu");
				case EN -> new Words("Learning statistics", "fewer than 5", "All courses", "Spotting scams and phishing");
			};
		}
	}

	/** Three months ago in Sofia: 6 people started the scams course and 2 of them completed it. */
	@BeforeEach
	void enrolmentsInSofia() {
		if (jdbc.sql("select count(*) from learning_enrolment where citizen_id >= :first and citizen_id < :first + 100")
			.param("first", FIRST_CITIZEN).query(Integer.class).single() > 0) {
			return;
		}
		OffsetDateTime at = YearMonth.now(java.time.ZoneId.of("Europe/Sofia")).minusMonths(3).atDay(10).atTime(9, 0).atOffset(ZoneOffset.UTC);
		for (int i = 0; i < 6; i++) {
			jdbc.sql("""
					insert into learning_enrolment (tenant_id, citizen_id, course_id, version_id, started_at,
					                                last_activity_at, completed_at)
					select t.id, :citizen, c.id, c.current_version_id, :at, :at, case when :done then cast(:at as timestamptz) end
					from learning_course c, identity_tenant t
					where c.slug = 'scams-and-phishing' and c.tenant_id is null and t.code = 'sofia'""")
				.param("citizen", FIRST_CITIZEN + i)
				.param("at", at)
				.param("done", i < 2)
				.update();
		}
	}

	@AfterEach
	void restoreAnalystLanguage() {
		jdbc.sql("update identity_user set preferred_language = 'en' where email = :email").param("email", ANALYST).update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theAnalystReadsTheStatisticsOnAPhone(Language language) {
		Words words = Words.of(language);
		openBrowser("learning-statistics-" + language.code,
				new Browser.NewContextOptions().setViewportSize(WIDTH, 740).setIsMobile(true).setHasTouch(true));
		visit("/login?lang=" + language.code);
		signIn(ANALYST, DEMO_PASSWORD);
		visit("/?lang=" + language.code);

		clickToNewPage(page.locator("header nav a[href='/learning/statistics']"), "statistics");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.title());
		expect(page.locator("#suppression-rule h2")).isVisible();

		Locator scams = page.locator("#course-scams-and-phishing");
		expect(scams).hasText(words.courseTitle());
		Locator region = page.locator("[role=region][aria-labelledby='course-scams-and-phishing']");
		expect(region).hasAttribute("tabindex", "0");
		Locator table = region.locator("table");
		expect(table.locator("caption")).hasText(words.courseTitle());
		expect(table.locator("thead th[scope=col]")).hasCount(3);
		expect(table.locator("tbody th[scope=row]")).hasCount(12);
		Locator month = table.locator("tbody tr").nth(9); // three months ago: the 10th of the 12, oldest first
		expect(month.locator("td").nth(0)).hasText("6");
		expect(month.locator("td").nth(1)).hasText(words.fewer());
		expect(page.locator("#all-courses")).hasText(words.allCourses());
		expect(page.locator("main a[href='/learning/statistics.csv']")).isVisible();

		for (String text : page.locator("main td").allInnerTexts()) {
			assertThat(text.strip()).as("a count on the page").doesNotMatch("[1-4]");
		}
		int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(scrollWidth).as("page width at %d px", WIDTH).isLessThanOrEqualTo(WIDTH);

		// the keyboard reaches the table's region (so a wide table can be scrolled with the arrow keys)
		region.focus();
		expect(region).isFocused();
	}
}
