package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;

/** What the account browser tests share: the demo people, issuing a link code, registering, fitting a phone. */
abstract class AccountBrowserSupport extends BrowserTestSupport {

	static final String HOUSING = "Жилищно дружество „Надежда“";

	static final String CITIZEN_EMAIL = "citizen@sofia.inclusio.eu";

	static final String CITIZEN_NAME = "Мария Петрова";

	static final String CASEWORKER_EMAIL = "caseworker@sofia.inclusio.eu";

	static final String PROVIDER_EMAIL = "provider@sofia.inclusio.eu";

	static final String PROVIDER_NAME = "Elena Dimitrova";

	static final Pattern CODE = Pattern.compile("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");

	/** Switching the page language changes a signed-in person's preference: put the demo people's back. */
	@AfterEach
	void restoreDemoLanguages() {
		for (String[] person : new String[][] { { CITIZEN_EMAIL, "bg" }, { CASEWORKER_EMAIL, "bg" },
				{ PROVIDER_EMAIL, "en" } }) {
			jdbc.sql("update identity_user set preferred_language = :language where email = :email")
				.param("language", person[1])
				.param("email", person[0])
				.update();
		}
	}

	/** Signs in on the sign-in page, then opens the path in the language (sign-in restores the account's own). */
	void signInAndOpen(String email, Language language, String path) {
		visit("/login?lang=" + language.code);
		signIn(email, DEMO_PASSWORD);
		visit(path + (path.contains("?") ? "&" : "?") + "lang=" + language.code);
		assertLanguage(language);
	}

	/** A desktop-sized browser that is already signed in as before (the session cookie of {@code storageState}). */
	static Browser.NewContextOptions signedInAs(String storageState) {
		return new Browser.NewContextOptions().setViewportSize(1280, 900).setStorageState(storageState);
	}

	long housingId() {
		return jdbc.sql("select id from account_provider where name = :name").param("name", HOUSING).query(Long.class).single();
	}

	long userId(String email) {
		return jdbc.sql("select id from identity_user where email = :email").param("email", email).query(Long.class).single();
	}

	/**
	 * The demo provider staff signs in (in a fresh browser), opens their organisation from the menu and makes a
	 * link code for the reference; returns the code as the printable letter shows it.
	 */
	String issueCode(Language language, String label, String reference, Browser.NewContextOptions options) {
		openBrowser(label, options);
		openOwnProviderPage(language);
		return printLetter(language, reference);
	}

	/** The demo provider staff signs in and opens /provider, which leads to the page of the demo landlord. */
	void openOwnProviderPage(Language language) {
		signInAndOpen(PROVIDER_EMAIL, language, "/provider");
		if (page.url().endsWith("/provider")) {
			// the staff member acts for several organisations (an administrator added another): choose it
			clickToNewPage(page.locator("main a", new Page.LocatorOptions().setHasText(HOUSING)), "provider-chosen");
		}
		expect(page).hasURL(baseUrl() + "/provider/" + housingId());
		expect(page.locator("header nav a[href='/provider']")).isVisible();
		expect(page.locator("h1")).hasText(HOUSING);
		expect(page.locator("main h2").first()).hasText(AccountWords.of(language).providerCodeTitle());
	}

	/** On the provider's page: makes a code for the reference; returns it as the printable letter shows it. */
	String printLetter(Language language, String reference) {
		AccountWords words = AccountWords.of(language);
		page.locator("#reference").fill(reference);
		submit("link-code-letter");
		expect(page.locator("h1")).hasText(words.letterTitle());
		expect(page.locator("main")).containsText(HOUSING);
		expect(page.locator("main")).containsText(reference);
		expect(page.locator("main .panel .visually-hidden")).hasText(words.letterCodeLabel());
		expect(page.locator("main")).containsText(String.format(words.letterExpires(),
				longDate(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30), language)));
		String code = page.locator("main strong.code").textContent().strip();
		assertThat(code).as("the code on the letter").matches(CODE);
		return code;
	}

	String issueCode(Language language, String label, String reference) {
		return issueCode(language, label, reference, new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	/** A new resident registers in the language, confirms with the link in the email and signs in. */
	String registerAndSignIn(Language language, String who) {
		String email = uniqueEmail(who);
		visit("/register?lang=" + language.code);
		registerAndConfirm(language, email);
		clickToNewPage(page.locator("main a[href='/login']"), "login");
		signIn(email, PASSWORD);
		assertLanguage(language);
		return email;
	}

	static String longDate(LocalDate date, Language language) {
		return org.inclusio.shared.web.Amounts.date(date, Locale.forLanguageTag(language.code));
	}

	/** Nothing on the page reaches past the right edge of a screen of the given width. */
	void assertFitsScreen(int width) {
		int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		if (scrollWidth > width) {
			// on a phone the layout viewport grows with the content, so compare with the screen, not innerWidth
			Object wide = page.evaluate("""
					width => [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > width + 0.5)
					  .slice(0, 10)
					  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
					    + ' right=' + Math.round(e.getBoundingClientRect().right))
					""", width);
			assertThat(scrollWidth).as("page width of %s; too wide: %s", page.url(), wide).isLessThanOrEqualTo(width);
		}
	}

	/** The demo citizen's consent for caseworkers, off: whatever a test did, the next one starts from there. */
	void stopCaseworkerSharing() {
		jdbc.sql("""
				update account_consent set revoked_at = now()
				where kind = 'CASEWORKER_VIEW' and revoked_at is null
				and citizen_id = (select id from identity_user where email = :email)
				""")
			.param("email", CITIZEN_EMAIL)
			.update();
	}
}
