package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A provider's staff member edits one of their organisation's services (first with a mistake, then right), and the
 * public service page shows the change; the pages fit a 360 px phone. In each language; axe-core checks every page.
 */
class DirectoryManageBrowserTest extends BrowserTestSupport {

	static final String PROVIDER = "provider@sofia.inclusio.eu";

	static final int WIDTH = SmallScreenBrowserTest.WIDTH;

	/** The words a person sees, per language (written out, so a page in the wrong language fails). */
	record Words(String manageTitle, String editTitle, String saved, String notice, String saturday,
			String saturdayHours, String timeError) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Вашите услуги в указателя", "Редактиране на услугата", "Услугата е запазена.",
						"Затворено на 24 декември", "Събота", "от 10:00 до 13:00", "Въведете час, например 09:00");
				case LV -> new Words("Jūsu pakalpojumi katalogā", "Labot pakalpojumu", "Pakalpojums ir saglabāts.",
						"Slēgts 24. decembrī", "Sestdiena", "no 10:00 līdz 13:00", "Ievadiet laiku, piemēram, 09:00");
				case EN -> new Words("Your services in the directory", "Edit the service", "The service is saved.",
						"Closed on 24 December", "Saturday", "10:00 to 13:00", "Enter a time like 09:00");
			};
		}
	}

	@AfterEach
	void restoreProviderLanguage() {
		jdbc.sql("update identity_user set preferred_language = 'en' where email = :email").param("email", PROVIDER).update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void staffEditAServiceAndThePublicPageShowsIt(Language language) {
		Words words = Words.of(language);
		String id = jdbc.sql("select id from directory_service where name_en = 'Repairs and home adaptations'")
			.query(String.class).single();
		openBrowser("directory-manage-" + language.code);
		visit("/login?lang=" + language.code);
		signIn(PROVIDER, DEMO_PASSWORD);
		visit("/?lang=" + language.code); // signing in switches to the person's own language (en)

		clickToNewPage(page.locator("header nav a[href='/directory/manage']"), "manage");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.manageTitle());
		clickToNewPage(page.locator("main a[href='/directory/manage/services/" + id + "']"), "edit");
		expect(page.locator("h1")).hasText(words.editTitle());

		// a mistake first: the error summary names it and links to the box
		page.locator("#hours-5-opens").fill("25:00");
		page.locator("#hours-5-closes").fill("13:00");
		clickToNewPage(page.locator("main form button[type=submit]").first(), "edit-error");
		expect(page.locator(".error-summary h2")).hasText(language.errorSummary);
		expect(page.locator(".error-summary a[href='#hours-5-opens']")).hasText(words.timeError());
		expect(page.locator("#hours-5-opens")).hasValue("25:00");

		page.locator("#hours-5-opens").fill("10:00");
		page.locator("#alert-" + language.code).fill(words.notice());
		clickToNewPage(page.locator("main form button[type=submit]").first(), "saved");
		expect(page.locator(".notice--success")).containsText(words.saved());

		clickToNewPage(page.locator(".notice--success a[href='/services/" + id + "']"), "public");
		expect(page.locator("main .notice--warning")).containsText(words.notice());
		expect(page.locator("main tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(words.saturday())))
			.containsText(words.saturdayHours());
		expect(page.locator("main a[href^='https://www.openstreetmap.org/?mlat=']")).isVisible();

		// on a phone: the public page, the organisation and the form fit the screen
		openBrowser("directory-manage-360px-" + language.code,
				new Browser.NewContextOptions().setViewportSize(WIDTH, 740).setIsMobile(true).setHasTouch(true));
		visit("/services/" + id + "?lang=" + language.code);
		expect(page.locator("main .notice--warning")).containsText(words.notice());
		assertFitsScreen();
		clickToNewPage(page.locator("main p.lead a"), "organization-360px");
		assertFitsScreen();
		visit("/login?lang=" + language.code);
		signIn(PROVIDER, DEMO_PASSWORD);
		visit("/directory/manage/services/" + id + "?lang=" + language.code);
		expect(page.locator("#alert-" + language.code)).hasValue(words.notice());
		assertFitsScreen();
	}

	private void assertFitsScreen() {
		int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(width).as("page width of %s", page.url()).isLessThanOrEqualTo(WIDTH);
	}
}
