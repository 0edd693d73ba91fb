package org.inclusio.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The administrator's pages, their form errors and an error page, in each language. */
class AdminPagesBrowserTest extends BrowserTestSupport {

	@ParameterizedTest
	@EnumSource(Language.class)
	void administratorPagesAreAccessible(Language language) {
		openBrowser("admin-" + language.code);

		visit("/login?lang=" + language.code);
		signIn(ADMIN_EMAIL, DEMO_PASSWORD);

		visit("/admin/users?lang=" + language.code);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(language.usersTitle);
		expect(page.locator("main table")).containsText("Līga Bērziņa");

		clickToNewPage(page.locator("main a[href='/admin/users/new']"), "admin-user-new");
		expect(page.locator("h1")).hasText(language.newStaffTitle);
		submit("admin-user-new-errors");
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("a[href='#displayName']")).hasCount(1);
		expect(summary.locator("a[href='#email']")).hasCount(1);

		// name and email right, no role chosen: the error is on the group of checkboxes
		page.locator("#displayName").fill("Илияна Колева");
		page.locator("#email").fill(uniqueEmail("staff-" + language.code));
		submit("admin-user-new-no-role");
		expect(summary.locator("a[href='#roles']")).hasCount(1);
		expect(summary.locator("li")).hasCount(1);
		expect(page.locator("#roles-error")).isVisible();
		expect(page.locator("#displayName")).hasValue("Илияна Колева");

		clickToNewPage(page.locator("header nav a[href='/admin/users']"), "admin-users");
		// other tests register namesakes: pick the row by the demo facilitator's email
		clickToNewPage(page.locator("main table tr", new Page.LocatorOptions()
			.setHasText("facilitator@sofia.inclusio.eu")).locator("a"), "admin-user");
		expect(page.locator("h1")).hasText("Līga Bērziņa");
		expect(page.locator("main dl")).containsText("facilitator@sofia.inclusio.eu");

		clickToNewPage(page.locator("header nav a[href='/admin/audit']"), "admin-audit");
		expect(page.locator("h1")).hasText(language.auditTitle);
		page.locator("#action").fill("READ");
		submit("admin-audit-filtered");
		expect(page).hasURL(Pattern.compile("action=READ"));
		expect(page.locator("main tbody tr").first()).containsText("READ");
		expect(page.locator("main tbody")).not().containsText("SIGN_IN");

		// a date that is not a date: explained, not an error page
		visit("/admin/audit?from=31.02.2026");
		expect(page.locator(".error-summary a[href='#from']")).hasCount(1);

		visit("/admin/users/999999", 404);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(language.notFoundTitle);
		expect(page.locator("main")).containsText(language.reference);
		expect(page.locator("main .tag")).hasText(Pattern.compile("\\S{6,}"));
	}
}
