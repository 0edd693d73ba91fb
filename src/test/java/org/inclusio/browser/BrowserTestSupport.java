package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on a real port and a real headless Chromium (Debian's package; nothing is downloaded). Every page
 * a test reaches goes through {@link #loaded}: its HTTP status is checked, a screenshot is saved, and axe-core
 * checks it against WCAG 2.1 AA (serious and critical violations fail the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	static {
		TestMailServer.server(); // before the application starts: it sets spring.mail.port
	}

	static final String PASSWORD = "green river morning bread";

	static final String ADMIN_EMAIL = "admin@sofia.inclusio.eu";

	static final String DEMO_PASSWORD = "demo-password-2026";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static final AtomicLong UNIQUE = new AtomicLong(System.currentTimeMillis());

	private static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext context;

	Page page;

	/** Names this test's screenshots, e.g. "journey-bg". */
	private String label;

	private int step;

	private boolean checkAccessibility;

	/** Console errors and failed sub-resources (CSS, icons) since the last page was checked. */
	private final List<String> pageProblems = new ArrayList<>();

	@BeforeAll
	static void launchBrowser() {
		playwright = createPlaywright();
		browser = launchChromium(playwright);
	}

	/** Playwright's driver, told never to download a browser: the machine's Chromium is used. */
	static Playwright createPlaywright() {
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launchChromium(Playwright playwright) {
		return playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(chromium())
			.setHeadless(true)
			.setArgs(CHROMIUM_ARGS)
			.setTimeout(60_000));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
			context = null;
		}
	}

	/** Tests change the demo administrator's language by switching it; put it back for the tests that follow. */
	@AfterEach
	void restoreDemoAdministratorLanguage() {
		jdbc.sql("update identity_user set preferred_language = 'bg' where email = :email")
			.param("email", ADMIN_EMAIL)
			.update();
	}

	private static Path chromium() {
		for (String candidate : List.of(System.getProperty("inclusio.chromium", ""), "/usr/lib/chromium/chromium",
				"/usr/bin/chromium")) {
			if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		throw new IllegalStateException("No Chromium: install Debian's chromium package (apt-get install chromium)");
	}

	/** A fresh browser (no cookies) with a desktop-sized window and JavaScript on. */
	Page openBrowser(String label) {
		return openBrowser(label, new Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	/** A fresh browser with the given options; axe-core runs on every page when JavaScript is on. */
	Page openBrowser(String label, Browser.NewContextOptions options) {
		closeContext();
		this.label = label;
		this.step = 0;
		this.pageProblems.clear();
		options.setBaseURL(baseUrl());
		this.checkAccessibility = options.javaScriptEnabled == null || options.javaScriptEnabled;
		context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		context.setDefaultNavigationTimeout(30_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			// a failed resource is reported below with its address; the main document's status is checked anyway
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				pageProblems.add("console error: " + message.text());
			}
		});
		page.onPageError(error -> pageProblems.add("script error: " + error));
		page.onResponse(response -> {
			if (response.status() >= 400 && !response.request().isNavigationRequest()) {
				pageProblems.add(response.status() + " for " + response.url());
			}
		});
		page.onRequestFailed(request -> {
			if (!request.isNavigationRequest()) {
				pageProblems.add("failed: " + request.url() + " (" + request.failure() + ")");
			}
		});
		return page;
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Opens a path of the application, e.g. "/register?lang=bg", expecting a successful page. */
	Response visit(String path) {
		return visit(path, 200);
	}

	Response visit(String path, int expectedStatus) {
		Response response = page.navigate(path);
		loaded(response, expectedStatus, slug(path));
		return response;
	}

	/** Clicks something that loads a new page (a link, a form's button) and checks the page it leads to. */
	@SuppressWarnings("deprecation")
	Response clickToNewPage(Locator target, String name) {
		Response response = page.waitForNavigation(() -> target.click());
		loaded(response, 200, name);
		return response;
	}

	/** Submits the form in the main content with its button. */
	Response submit(String name) {
		return clickToNewPage(page.locator("main form button[type=submit]"), name);
	}

	/** Every page a test reaches: its status, a screenshot, and (with JavaScript on) axe-core. */
	void loaded(Response response, int expectedStatus, String name) {
		assertThat(response).as("a response for %s", page.url()).isNotNull();
		assertThat(response.status()).as("HTTP status of %s", page.url()).isEqualTo(expectedStatus);
		screenshot(name);
		if (checkAccessibility) {
			Accessibility.assertNoSeriousViolations(page);
		}
		assertNoPageProblems();
	}

	/** A screenshot of the whole page as it is now, named after the test, the step and the page. */
	void screenshot(String name) {
		step++;
		Path file = screenshots().resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", label, step, name));
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
	}

	void assertNoPageProblems() {
		List<String> problems = List.copyOf(pageProblems);
		pageProblems.clear();
		assertThat(problems).as("console errors or failed resources on %s", page.url()).isEmpty();
	}

	/**
	 * On the open registration page: registers a resident of Sofia with this email in the language, then confirms
	 * with the link from the email and lands on the confirmation page. Returns the confirmation email.
	 */
	MimeMessage registerAndConfirm(Language language, String email) {
		page.locator("#displayName").fill(language.personName);
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("#municipality").selectOption("sofia");
		page.locator("#language").selectOption(language.code);
		submit("check-email");
		expect(page).hasURL(baseUrl() + "/register/check-email");
		expect(page.locator("h1")).hasText(language.checkEmailTitle);
		MimeMessage message = TestMailServer.awaitMessageTo(email, Duration.ofSeconds(30));
		visit(pathOf(TestMailServer.link(message, "/register/confirm")));
		expect(page.locator("h1")).hasText(language.confirmedTitle);
		return message;
	}

	/** Signs in on the sign-in page of the current language; lands on the home page. */
	void signIn(String email, String password) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(password);
		submit("signed-in");
		expect(page).hasURL(baseUrl() + "/");
	}

	void assertLanguage(Language language) {
		expect(page.locator("html")).hasAttribute("lang", language.code);
		expect(page.locator(".header__languages [aria-current=true]")).hasAttribute("lang", language.code);
	}

	/** The path and query of a link in an email (which names the configured public address, not this test's port). */
	static String pathOf(String absoluteLink) {
		try {
			URI uri = new URI(absoluteLink);
			return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (URISyntaxException ex) {
			throw new AssertionError("Not a link: " + absoluteLink, ex);
		}
	}

	static String uniqueEmail(String who) {
		return who + "." + UNIQUE.incrementAndGet() + "@example.org";
	}

	static LocatorAssertions expect(Locator locator) {
		return PlaywrightAssertions.assertThat(locator);
	}

	static PageAssertions expect(Page page) {
		return PlaywrightAssertions.assertThat(page);
	}

	/** Where screenshots go: -Dinclusio.screenshots, else next to the compiled tests (the build directory). */
	static Path screenshots() {
		String configured = System.getProperty("inclusio.screenshots");
		Path directory;
		if (configured != null && !configured.isBlank()) {
			directory = Path.of(configured);
		}
		else {
			directory = buildDirectory().resolve("screenshots");
		}
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path buildDirectory() {
		try {
			// .../<build directory>/test-classes, so that -Dinclusio.build.dir=target-x keeps builds apart
			Path classes = Path.of(BrowserTestSupport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isDirectory(classes) && classes.getParent() != null) {
				return classes.getParent();
			}
		}
		catch (URISyntaxException | RuntimeException ex) {
			// fall through
		}
		return Path.of("target");
	}

	private static String slug(String path) {
		String withoutQuery = path.replaceAll("[?#].*", "");
		String slug = withoutQuery.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "home" : slug;
	}
}
