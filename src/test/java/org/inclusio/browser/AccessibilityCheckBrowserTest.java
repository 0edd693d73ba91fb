package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accessibility check itself: it must fail on serious problems, or the browser tests prove nothing. */
class AccessibilityCheckBrowserTest {

	static Playwright playwright;

	static Browser browser;

	@BeforeAll
	static void launch() {
		playwright = BrowserTestSupport.createPlaywright();
		browser = BrowserTestSupport.launchChromium(playwright);
	}

	@AfterAll
	static void close() {
		browser.close();
		playwright.close();
	}

	@Test
	void seriousAndCriticalViolationsFailWithWhatAndWhere() {
		Page page = browser.newPage();
		page.setContent("""
				<!DOCTYPE html><html lang="en"><head><title>Broken</title></head><body><main>
				<h1>Broken</h1>
				<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" id="no-alt">
				<p style="color:#bbb;background:#fff">Pale text nobody can read</p>
				<label>Name</label><input id="unlabelled" type="text">
				</main></body></html>""");
		assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(page)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("image-alt (critical)")
			.hasMessageContaining("#no-alt")
			.hasMessageContaining("color-contrast (serious)")
			.hasMessageContaining("label (critical)")
			.hasMessageContaining("#unlabelled");
	}

	@Test
	void aSoundPagePasses() {
		Page page = browser.newPage();
		page.setContent("""
				<!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body><main>
				<h1>Fine</h1><p>Readable text.</p>
				<label for="name">Name</label><input id="name" type="text" autocomplete="name">
				</main></body></html>""");
		assertThatCode(() -> Accessibility.assertNoSeriousViolations(page)).doesNotThrowAnyException();
	}
}
