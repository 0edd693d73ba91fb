package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A resident registers, confirms their email, signs in, changes language and signs out: in each language. */
class CitizenJourneyBrowserTest extends BrowserTestSupport {

	@ParameterizedTest
	@EnumSource(Language.class)
	void residentRegistersConfirmsSignsInSwitchesLanguageAndSignsOut(Language language) throws Exception {
		openBrowser("journey-" + language.code);
		String email = uniqueEmail("journey-" + language.code);

		visit("/?lang=" + language.code);
		assertLanguage(language);

		clickToNewPage(page.locator("header nav a[href='/register']"), "register");
		expect(page.locator("h1")).hasText(language.registerTitle);

		// nothing filled in: an error summary, announced, in this language, linking to each field
		submit("register-errors");
		assertLanguage(language);
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		for (String field : new String[] { "displayName", "email", "password", "municipality" }) {
			// one entry per field, saying what the message next to the field says
			Locator entry = summary.locator("a[href='#" + field + "']");
			expect(entry).hasCount(1);
			expect(page.locator("#" + field)).hasAttribute("aria-invalid", "true");
			expect(page.locator("#" + field + "-error")).containsText(entry.textContent().strip());
		}
		expect(summary.locator("li")).hasCount(4);
		expect(summary.locator("a[href='#displayName']")).hasText(language.nameRequired);

		MimeMessage message = registerAndConfirm(language, email);
		assertThat(message.getSubject()).isEqualTo(language.confirmEmailSubject);

		clickToNewPage(page.locator("main a[href='/login']"), "login");
		expect(page.locator("h1")).hasText(language.signInTitle);
		signIn(email, PASSWORD);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(language.welcome + language.personName);

		// the language switcher in the header keeps the person on the same page
		Language other = language.other();
		clickToNewPage(page.locator(".header__languages a[hreflang='" + other.code + "']"), "switched-" + other.code);
		assertLanguage(other);
		expect(page.locator("h1")).hasText(other.welcome + language.personName);

		clickToNewPage(page.locator("header form[action='/logout'] button"), "signed-out");
		expect(page.locator(".notice[role=status]")).hasText(other.signedOut);
		expect(page.locator("header nav a[href='/login']")).isVisible();
	}

	/** Every page works without JavaScript: the same journey with it switched off (axe-core needs it, so no axe here). */
	@ParameterizedTest
	@EnumSource(Language.class)
	void residentRegistersAndSignsInWithoutJavaScript(Language language) throws Exception {
		openBrowser("no-js-" + language.code,
				new Browser.NewContextOptions().setViewportSize(1280, 900).setJavaScriptEnabled(false));
		String email = uniqueEmail("no-js-" + language.code);

		visit("/?lang=" + language.code);
		clickToNewPage(page.locator("main a[href='/register']"), "register");
		registerAndConfirm(language, email);

		clickToNewPage(page.locator("main a[href='/login']"), "login");
		signIn(email, PASSWORD);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(language.welcome + language.personName);

		clickToNewPage(page.locator("header form[action='/logout'] button"), "signed-out");
		expect(page.locator(".notice[role=status]")).hasText(language.signedOut);
	}
}
