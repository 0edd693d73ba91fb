package org.inclusio.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The money pages in real headless Chromium (Debian's package) on a 360 px phone screen, in each language: axe-core
 * finds no serious or critical WCAG 2.1 AA problem, nothing scrolls sideways, and the forms work without JavaScript.
 */
class MoneyPagesBrowserTest extends WebTest {

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	static final Set<String> FAILING = Set.of("serious", "critical");

	static Playwright playwright;

	static Browser browser;

	BrowserContext context;

	Page page;

	boolean javaScript;

	String label;

	int step;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Path chromium = List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"))
			.stream()
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No Chromium: apt-get install chromium"));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
	}

	@AfterAll
	static void close() {
		browser.close();
		playwright.close();
	}

	@AfterEach
	void cleanUp() {
		if (context != null) {
			context.close();
		}
		long citizen = userId(CITIZEN);
		jdbc.sql("delete from money_budget_line where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_preference where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("update identity_user set preferred_language = 'bg' where id = :c").param("c", citizen).update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "bg", "lv", "en" })
	void everyMoneyPageIsAccessibleOnAPhone(String language) {
		open(true, language);
		visit("/money/advice?lang=" + language);
		signIn();
		visit("/money?lang=" + language);
		assertThat(page.locator("nav a[href='/money']").count()).isEqualTo(1);

		// a mistake: the error summary links to the field, which says what is wrong
		page.locator("#essential-label").fill("Храна");
		page.locator("#essential-amount").fill("-3");
		submit(page.locator("form[action='/money/essential'] button[type=submit]"));
		Locator summary = page.locator(".error-summary a[href='#essential-amount']");
		assertThat(summary.count()).isEqualTo(1);
		assertThat(page.locator("#essential-amount").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.locator("#essential-amount").inputValue()).isEqualTo("-3");
		assertThat(page.locator("#essential-label").inputValue()).isEqualTo("Храна");

		page.locator("#essential-amount").fill("300");
		submit(page.locator("form[action='/money/essential'] button[type=submit]"), false);
		page.locator("#debt-label").fill("Bank");
		page.locator("#debt-kind").selectOption("LOAN");
		page.locator("#debt-amount").fill("25,50");
		submit(page.locator("form[action='/money/debt'] button[type=submit]"), false);
		assertThat(page.locator("main").textContent()).contains("Bank");

		submit(page.locator("main a[href^='/money/what-if?account=']").first(), false);
		page.locator("#extra").fill("40");
		submit(page.locator("main form button[type=submit]"));
		assertThat(page.locator("#result").count()).isEqualTo(1);

		checked(page.navigate("/money/settings"), false);
		page.locator("#daysBefore").fill("99");
		submit(page.locator("main form button[type=submit]"));
		assertThat(page.locator(".error-summary a[href='#daysBefore']").count()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "bg", "en" })
	void theBudgetWorksWithoutJavaScript(String language) {
		open(false, "no-js-" + language);
		signIn();
		visit("/money?lang=" + language);
		page.locator("#income-label").fill("Pension");
		page.locator("#income-amount").fill("412,80");
		submit(page.locator("form[action='/money/income'] button[type=submit]"));
		assertThat(page.url()).endsWith("/money#income");
		assertThat(page.locator("#income ~ .table-wrap").first().textContent()).contains("Pension")
			.contains("bg".equals(language) ? "412,80" : "412.80");
		submit(page.locator("form[action^='/money/lines/'] button").first());
		assertThat(page.locator("main .notice--success").textContent()).contains("Pension");
		assertThat(jdbc.sql("select count(*) from money_budget_line where label = 'Pension'").query(Integer.class).single())
			.isZero();
	}

	private void open(boolean javaScript, String label) {
		this.javaScript = javaScript;
		this.label = label;
		this.step = 0;
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setViewportSize(360, 740)
			.setIsMobile(true)
			.setJavaScriptEnabled(javaScript));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	private void signIn() {
		checked(page.navigate("/login"), false);
		page.locator("#email").fill(CITIZEN);
		page.locator("#password").fill(DEMO_PASSWORD);
		submit(page.locator("main form button[type=submit]"), false);
	}

	private void visit(String path) {
		checked(page.navigate(path), true);
	}

	private void submit(Locator button) {
		submit(button, true);
	}

	/** Submits a form or follows a link; axe-core only on pages of a new kind, as it takes a few seconds. */
	@SuppressWarnings("deprecation")
	private void submit(Locator button, boolean axe) {
		checked(page.waitForNavigation(button::click), axe);
	}

	/** Each page: a success, no sideways scrolling on a 360 px screen, and (with JavaScript) axe-core. */
	private void checked(Response response, boolean axe) {
		assertThat(response.status()).as("status of %s", page.url()).isLessThan(400);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots()
			.resolve("money-%s-%02d.png".formatted(label, ++step))));
		int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
		assertThat(width).as("page width of %s", page.url()).isLessThanOrEqualTo(360);
		if (javaScript && axe) {
			AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
			List<String> serious = results.getViolations().stream()
				.filter(rule -> FAILING.contains(rule.getImpact()))
				.map(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList())
				.toList();
			results.getViolations().stream().filter(rule -> !FAILING.contains(rule.getImpact()))
				.map(Rule::getId).forEach(id -> System.out.println("[axe minor] " + id + " on " + page.url()));
			assertThat(serious).as("serious accessibility problems on %s", page.url()).isEmpty();
		}
	}

	/** Screenshots go next to the compiled tests, so -Dinclusio.build.dir keeps builds apart. */
	private static Path screenshots() {
		try {
			Path classes = Path.of(MoneyPagesBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return Files.createDirectories(classes.getParent().resolve("screenshots"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
