package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** On a small phone (360 × 740 CSS pixels) nothing makes the page scroll sideways. */
class SmallScreenBrowserTest extends BrowserTestSupport {

	static final int WIDTH = 360;

	@ParameterizedTest
	@EnumSource(Language.class)
	void keyPagesFitA360PixelScreen(Language language) {
		openBrowser("360px-" + language.code,
				new Browser.NewContextOptions().setViewportSize(WIDTH, 740).setIsMobile(true).setHasTouch(true));

		visit("/?lang=" + language.code);
		assertFitsScreen();
		visit("/register");
		assertFitsScreen();
		submit("register-errors");
		assertFitsScreen();
		visit("/login");
		assertFitsScreen();
		page.locator("#email").fill("nobody-" + language.code + "@example.org");
		page.locator("#password").fill("not the password at all");
		submit("login-error");
		assertFitsScreen();

		signIn(ADMIN_EMAIL, DEMO_PASSWORD);
		visit("/?lang=" + language.code);
		assertFitsScreen();
		visit("/admin/users");
		assertFitsScreen();
		visit("/admin/audit");
		assertFitsScreen();
	}

	private void assertFitsScreen() {
		int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		if (scrollWidth > WIDTH) {
			Object wide = page.evaluate("""
					() => [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
					  .slice(0, 10)
					  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
					    + ' right=' + Math.round(e.getBoundingClientRect().right))
					""");
			assertThat(scrollWidth).as("page width of %s; too wide: %s", page.url(), wide).isLessThanOrEqualTo(WIDTH);
		}
	}
}
