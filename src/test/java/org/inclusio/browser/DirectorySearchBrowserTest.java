package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The public service search in bg, lv and en: searching and filtering with JavaScript off on a 360-pixel phone (a
 * plain GET form), the empty result with its way out, nearest first from a postcode and its error; then the same
 * pages again with JavaScript on, for axe-core.
 */
class DirectorySearchBrowserTest extends BrowserTestSupport {

	record Words(String title, String word, String noneTitle, String errorSummary, String km) {
	}

	static Words words(Language language) {
		return switch (language) {
			case BG -> new Words("Намерете услуга", "работа", "Няма услуги, които отговарят на търсенето", "Има проблем", "км");
			case LV -> new Words("Atrast pakalpojumu", "darbs", "Neviens pakalpojums neatbilst meklēšanai", "Radusies problēma", "km");
			case EN -> new Words("Find a service", "job", "No services match your search", "There is a problem", "km");
		};
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void searchAndFilterWithoutJavaScript(Language language) {
		Words words = words(language);
		long sofia = jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
		openBrowser("directorysearch-nojs-" + language.code, AccountSmallScreenBrowserTest.phone().setJavaScriptEnabled(false));
		List<String> visited = new ArrayList<>();

		visit("/services?lang=" + language.code);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.title());
		assertFitsScreen();

		page.locator("#q").fill(words.word());
		clickToNewPage(page.locator("main .directorysearch__bar button[type=submit]"), "search-" + words.word());
		expect(page.locator("#results")).containsText(words.word());
		assertThat(page.locator(".directorysearch__item").count()).as("results for %s", words.word()).isPositive();
		visited.add(pathOf(page.url()));

		// two filters: a need category and the municipality; the counts are on the choices
		expect(page.locator("label[for=need-employment]")).containsText(Pattern.compile("\\(\\d+"));
		page.locator("#need-employment").check();
		page.locator("#area").selectOption(String.valueOf(sofia));
		clickToNewPage(page.locator("main .directorysearch__filters button[type=submit]"), "filtered");
		expect(page).hasURL(Pattern.compile("need=employment.*area=" + sofia));
		expect(page.locator("#need-employment")).isChecked();
		int found = page.locator(".directorysearch__item").count();
		assertThat(found).as("employment services in Sofia for %s", words.word()).isPositive();
		assertFitsScreen();
		visited.add(pathOf(page.url()));

		// a result leads to the service's page
		String first = page.locator(".directorysearch__item h3 a").first().getAttribute("href");
		assertThat(first).startsWith("/services/");
		clickToNewPage(page.locator(".directorysearch__item h3 a").first(), "service");
		expect(page).hasURL(Pattern.compile("/services/[^/?]+$"));

		// nearest first from a postcode
		visit("/services?q=" + words.word() + "&sort=distance&near=1000");
		expect(page.locator(".directorysearch__facts").first()).containsText(words.km());
		visited.add("/services?q=" + words.word() + "&sort=distance&near=1000");

		// nearest first without a place: the error summary, the words kept
		visit("/services?q=" + words.word() + "&sort=distance");
		expect(page.locator(".error-summary")).containsText(words.errorSummary());
		expect(page.locator("#q")).hasValue(words.word());
		visited.add("/services?q=" + words.word() + "&sort=distance");

		// nothing found: tips and every need category to go on from
		visit("/services?q=zzqxqzzqw");
		expect(page.locator("main h3").first()).hasText(words.noneTitle());
		assertThat(page.locator(".directorysearch__browse a").count()).isPositive();
		clickToNewPage(page.locator(".directorysearch__browse a").first(), "browse");
		assertThat(page.locator(".directorysearch__item").count()).isPositive();
		assertFitsScreen();
		visited.add("/services?q=zzqxqzzqw");

		// the same pages with JavaScript on: axe-core checks each (in BrowserTestSupport.loaded)
		openBrowser("directorysearch-axe-" + language.code, new Browser.NewContextOptions().setViewportSize(1280, 900));
		visit("/services?lang=" + language.code);
		for (String path : visited) {
			visit(path);
		}
	}

	private void assertFitsScreen() {
		int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(width).as("page width of %s", page.url()).isLessThanOrEqualTo(SmallScreenBrowserTest.WIDTH);
	}
}
