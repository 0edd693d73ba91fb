package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A keyboard user's first key press reaches the skip link, and it takes them to the main content. */
class KeyboardBrowserTest extends BrowserTestSupport {

	@ParameterizedTest
	@EnumSource(Language.class)
	void firstTabFocusesTheSkipLinkAndEnterMovesToMain(Language language) {
		openBrowser("keyboard-" + language.code);
		visit("/?lang=" + language.code);

		page.keyboard().press("Tab");
		Locator skipLink = page.locator("a.skip-link");
		expect(skipLink).isFocused();
		expect(skipLink).hasText(language.skipLink);
		BoundingBox box = skipLink.boundingBox();
		assertThat(box).as("the focused skip link is on screen").isNotNull();
		assertThat(box.x).isGreaterThanOrEqualTo(0);
		assertThat(box.y).isGreaterThanOrEqualTo(0);
		assertThat(box.width).isGreaterThan(0);
		screenshot("skip-link-focused");
		Accessibility.assertNoSeriousViolations(page);

		page.keyboard().press("Enter");
		expect(page).hasURL(Pattern.compile("#main$"));
		expect(page.locator("#main")).isFocused();
		screenshot("main-focused");
		Accessibility.assertNoSeriousViolations(page);

		// the next Tab continues inside the main content
		page.keyboard().press("Tab");
		assertThat(page.evaluate("() => document.getElementById('main').contains(document.activeElement)"))
			.isEqualTo(true);
	}
}
