package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The staff side of accounts in each language: provider staff print a link code; an administrator adds providers. */
class AccountStaffBrowserTest extends AccountBrowserSupport {

	/** The demo provider staff acts for the demo landlord only again, so /provider leads straight to it. */
	@AfterEach
	void providerStaffActsForTheDemoLandlordOnly() {
		jdbc.sql("delete from account_provider_member where user_id = :user and provider_id <> :housing")
			.param("user", userId(PROVIDER_EMAIL))
			.param("housing", housingId())
			.update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void providerStaffPrintsALinkCodeForACustomerReference(Language language) {
		AccountWords words = AccountWords.of(language);
		String reference = "BT-LETTER-" + language.code.toUpperCase(Locale.ROOT) + "-" + System.nanoTime() % 1_000_000;

		openBrowser("provider-" + language.code);
		openOwnProviderPage(language);

		// no reference: explained, in this language, before any code is made
		submit("provider-no-reference");
		assertLanguage(language);
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("a[href='#reference']")).hasText(words.referenceRequired());
		expect(page.locator("#reference-error")).containsText(words.referenceRequired());
		expect(page.locator("#reference")).hasAttribute("aria-invalid", "true");
		expect(page.locator("#reference")).hasAttribute("aria-describedby", "reference-error");

		// the letter: who, which reference, the code, the steps and until when it works
		printLetter(language, reference);
		expect(page.locator("main ol li")).hasCount(3);
		expect(page.locator("main ol li").nth(2)).containsText(HOUSING);

		// printed (backgrounds are not), the code is still dark on white, and the site's menus are left out
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.evaluate("() => getComputedStyle(document.querySelector('main .code')).color"))
			.isEqualTo("rgb(11, 12, 12)");
		expect(page.locator(".navigation")).isHidden();
		expect(page.locator("main .hint")).isHidden();
		screenshot("link-code-letter-printed");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		assertThat(jdbc.sql("select count(*) from account_link_code where reference = :r and used_at is null")
			.param("r", reference).query(Integer.class).single()).as("one unused code for the reference").isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void administratorAddsAProviderAndItsStaff(Language language) {
		AccountWords words = AccountWords.of(language);
		String name = switch (language) {
			case BG -> "Сдружение „Браузър“ ";
			case LV -> "Biedrība „Pārlūks“ ";
			case EN -> "Browser Test Trust ";
		} + System.nanoTime() % 1_000_000;

		openBrowser("admin-providers-" + language.code);
		signInAndOpen(ADMIN_EMAIL, language, "/admin/providers");
		expect(page.locator("header nav a[href='/admin/providers']")).isVisible();
		expect(page.locator("h1")).hasText(words.providersTitle());
		expect(page.locator("main ul a", new Page.LocatorOptions().setHasText(HOUSING))).hasCount(1);
		expect(page.locator("main h2")).hasText(words.newProvider());

		// nothing filled in: both problems at once, announced, in this language, linking to the fields
		submit("admin-providers-errors");
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("li")).hasCount(2);
		expect(summary.locator("a[href='#name']")).hasText(words.providerNameRequired());
		expect(summary.locator("a[href='#kind']")).hasText(words.providerKindRequired());
		expect(page.locator("#name")).hasAttribute("aria-invalid", "true");
		expect(page.locator("#name-error")).containsText(words.providerNameRequired());
		expect(page.locator("#kind")).hasAttribute("aria-describedby", "kind-error");

		page.locator("#name").fill(name);
		page.locator("#kind").selectOption("NGO");
		submit("admin-provider-created");
		expect(page).hasURL(Pattern.compile("/admin/providers/\\d+$"));
		expect(page.locator(".notice--success[role=status]")).hasText(words.providerCreated());
		expect(page.locator("h1")).hasText(name);

		// an email that is not a provider staff account: explained at the field
		page.locator("#email").fill(CITIZEN_EMAIL);
		submit("admin-provider-not-staff");
		expect(page.locator(".error-summary[role=alert] a[href='#email']")).containsText(words.notStaff());
		expect(page.locator("#email-error")).containsText(words.notStaff());
		expect(page.locator("#email")).hasAttribute("aria-invalid", "true");
		expect(page.locator("#email")).hasValue(CITIZEN_EMAIL);

		page.locator("#email").fill(PROVIDER_EMAIL);
		submit("admin-provider-member-added");
		expect(page.locator(".notice--success[role=status]")).hasText(words.memberAdded());
		expect(page.locator("main ul li")).hasText(PROVIDER_NAME + " (" + PROVIDER_EMAIL + ")");
		expect(page.locator(".error-summary")).hasCount(0);

		clickToNewPage(page.locator("header nav a[href='/admin/providers']"), "admin-providers-after");
		expect(page.locator("main ul a", new Page.LocatorOptions().setHasText(name))).hasCount(1);
	}
}
