package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.SelectOption;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On a small phone (360 × 740 CSS pixels) the account pages do not scroll sideways, in each language. */
class AccountSmallScreenBrowserTest extends AccountBrowserSupport {

	static final int WIDTH = SmallScreenBrowserTest.WIDTH;

	static Browser.NewContextOptions phone() {
		return new Browser.NewContextOptions().setViewportSize(WIDTH, 740).setIsMobile(true).setHasTouch(true);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void accountPagesFitA360PixelScreen(Language language) {
		AccountWords words = AccountWords.of(language);
		String reference = "BT-360-" + language.code.toUpperCase(Locale.ROOT) + "-" + System.nanoTime() % 1_000_000;

		// the provider's page and the letter with its large code
		openBrowser("360px-provider-" + language.code, phone());
		openOwnProviderPage(language);
		assertFitsScreen(WIDTH);
		String code = printLetter(language, reference);
		assertFitsScreen(WIDTH);

		// the demo resident's dashboard, with its table of payments
		openBrowser("360px-account-" + language.code, phone());
		signInAndOpen(CITIZEN_EMAIL, language, "/account");
		expect(page.locator("h1")).hasText(words.dashboardTitle());
		expect(page.locator("main table").first()).isVisible();
		assertFitsScreen(WIDTH);
		// the payments tables fit too: the amounts are in view without scrolling the table sideways
		Object scrolling = page.evaluate("""
				() => [...document.querySelectorAll('main .table-wrap')]
				  .filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.scrollWidth + '>' + w.clientWidth)
				""");
		assertThat(scrolling).as("tables that scroll sideways on %s", page.url()).asList().isEmpty();

		// the consent page, and with its error (the code is only checked, not used, until the resident agrees)
		visit("/account/link");
		assertFitsScreen(WIDTH);
		page.locator("#provider").selectOption(new SelectOption().setLabel(HOUSING));
		page.locator("#code").fill(code);
		submit("consent");
		expect(page.locator("h1")).hasText(words.consentTitle());
		assertFitsScreen(WIDTH);
		submit("consent-not-ticked");
		expect(page.locator(".error-summary a[href='#agree']")).hasText(words.consentRequired());
		assertFitsScreen(WIDTH);

		visit("/account/links");
		assertFitsScreen(WIDTH);
	}

	/** The page a caseworker gets when the resident does not share (or no longer shares), with and without JavaScript. */
	@ParameterizedTest
	@EnumSource(Language.class)
	void theNotSharedPageFitsA360PixelScreenWithAndWithoutJavaScript(Language language) {
		stopCaseworkerSharing();
		String path = "/caseworker/citizens/" + userId(CITIZEN_EMAIL) + "/account?lang=" + language.code;
		for (boolean javaScript : new boolean[] { true, false }) {
			openBrowser("360px-not-shared-" + (javaScript ? "" : "nojs-") + language.code,
					phone().setJavaScriptEnabled(javaScript));
			visit("/login?lang=" + language.code);
			signIn(CASEWORKER_EMAIL, DEMO_PASSWORD);
			visit(path, 403);
			assertLanguage(language);
			expect(page.locator("h1")).containsText(CITIZEN_NAME);
			expect(page.locator("main")).not().containsText(HOUSING);
			assertFitsScreen(WIDTH);
			clickToNewPage(page.locator("main a[href='/caseworker/citizens']"), "360px-find-again");
			expect(page.locator("h1")).hasText(AccountWords.of(language).findTitle());
		}
	}
}
