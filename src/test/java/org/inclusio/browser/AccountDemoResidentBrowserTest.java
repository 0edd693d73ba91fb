package org.inclusio.browser;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo resident (two linked accounts, one in arrears) reads their dashboard, and lets caseworkers see their
 * accounts for a while: in each language.
 */
class AccountDemoResidentBrowserTest extends AccountBrowserSupport {

	/** Sharing is off by default, and stays off for the tests that follow, whatever happened here. */
	@AfterEach
	void sharingOff() {
		stopCaseworkerSharing();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void demoResidentReadsTheDashboardAndMarksAMessageRead(Language language) {
		AccountWords words = AccountWords.of(language);
		// a message the landlord has just sent, one per language, so no test depends on another's reading
		String subject = "Напомняне " + language.code + "-" + System.nanoTime() % 1_000_000;
		jdbc.sql("""
				insert into account_message (provider_id, reference, external_id, subject, body, sent_at, received_at)
				values (:p, 'NAD-2024-0117', :id, :subject, 'Моля, обадете се в офиса.', now(), now())
				""").param("p", housingId()).param("id", "BT-" + subject).param("subject", subject).update();

		openBrowser("dashboard-" + language.code);
		signInAndOpen(CITIZEN_EMAIL, language, "/account");
		expect(page.locator("header nav a[href='/account']")).isVisible();
		expect(page.locator("h1")).hasText(words.dashboardTitle());

		// most urgent first: the rent in arrears, in plain words, with the way to free advice
		Locator cards = page.locator("main .card-list > li.card");
		expect(cards).hasCount(2);
		Locator rent = cards.first();
		expect(rent).hasClass(Pattern.compile("card--alert"));
		expect(rent.locator("h2")).hasText(words.rentTitle() + " – " + HOUSING);
		expect(rent.locator(".lead strong")).hasText(words.owesArrears());
		expect(rent.locator(".notice--warning a[href='/money/advice']")).hasText(words.debtAdvice());
		expect(cards.nth(1).locator("h2")).hasText(words.councilTaxTitle() + " – Столична община – местни данъци");
		expect(cards.nth(1)).containsText(words.upToDate());

		// the payments and charges: a captioned table, newest first, amounts in this language's numbers
		Locator table = rent.locator("table");
		expect(table.locator("caption")).hasText(words.transactions());
		expect(table.locator("thead th")).hasCount(3);
		expect(table.locator("tbody tr").first()).containsText("Наем за месеца");
		String amount = language == Language.EN ? "−120.00\u00a0лв" : "−120,00\u00a0лв";
		expect(table.locator("tbody tr").first().locator("td.numeric")).hasText(amount);
		expect(table.locator("tbody")).containsText(longDate(LocalDate.now().minusDays(1), language));
		expect(rent.locator(".table-wrap")).hasAttribute("aria-label", words.transactions());

		// the new message, and marking it read takes it away
		Locator message = rent.locator(".plain-list > li", new Locator.LocatorOptions().setHasText(subject));
		expect(message).hasCount(1);
		Locator markRead = message.locator("button");
		// the button says which message, for those who hear it out of context
		expect(markRead).hasText(words.markRead() + ": " + subject);
		clickToNewPage(markRead, "dashboard-message-read");
		expect(page).hasURL(baseUrl() + "/account#accounts");
		expect(page.locator("h1")).hasText(words.dashboardTitle());
		expect(page.locator("main")).not().containsText(subject);
		expect(page.locator("main .card-list > li.card")).hasCount(2);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void caseworkerSeesTheAccountsOnlyWhileTheResidentShares(Language language) {
		AccountWords words = AccountWords.of(language);
		stopCaseworkerSharing();

		// the resident lets caseworkers see
		openBrowser("sharing-citizen-" + language.code);
		signInAndOpen(CITIZEN_EMAIL, language, "/account/links");
		expect(page.locator("h1")).hasText(words.linksTitle());
		Locator start = page.locator("main form[action='/account/sharing'] button");
		expect(start).hasText(words.sharingStart());
		clickToNewPage(start, "sharing-on");
		expect(page.locator(".notice--success[role=status]")).hasText(words.sharingStarted());
		expect(page.locator("main form[action='/account/sharing/revoke'] button")).hasText(words.sharingStop());
		String citizen = context.storageState();

		// a caseworker finds the resident by email and reads their accounts, read-only
		openBrowser("sharing-caseworker-" + language.code);
		signInAndOpen(CASEWORKER_EMAIL, language, "/caseworker/citizens");
		expect(page.locator("header nav a[href='/caseworker/citizens']")).isVisible();
		expect(page.locator("h1")).hasText(words.findTitle());
		page.locator("#email").fill(CITIZEN_EMAIL);
		submit("caseworker-found");
		Locator found = page.locator("main .card");
		expect(found.locator("h2")).hasText(CITIZEN_NAME);
		Locator view = found.locator("a");
		expect(view).hasText(words.findView());
		clickToNewPage(view, "caseworker-view");
		assertLanguage(language);
		String viewPath = page.url().substring(baseUrl().length());
		expect(page.locator("h1")).hasText(String.format(words.viewTitle(), CITIZEN_NAME));
		expect(page.locator("main > section > .notice").first()).containsText(words.readOnly());
		Locator cards = page.locator("main .card-list > li.card");
		expect(cards).hasCount(2);
		expect(cards.first().locator("h2")).hasText(words.rentTitle() + " – " + HOUSING);
		expect(cards.first().locator(".lead strong")).hasText(words.owesArrears());
		expect(cards.first().locator("table caption")).hasText(words.transactions());
		expect(page.locator("main form")).hasCount(0);
		String caseworker = context.storageState();

		// the resident stops it
		openBrowser("sharing-citizen-off-" + language.code, signedInAs(citizen));
		visit("/account/links");
		Locator stop = page.locator("main form[action='/account/sharing/revoke'] button");
		expect(stop).hasText(words.sharingStop());
		clickToNewPage(stop, "sharing-off");
		expect(page.locator(".notice--success[role=status]")).hasText(words.sharingStopped());
		expect(page.locator("main form[action='/account/sharing'] button")).hasText(words.sharingStart());

		// the same caseworker is refused at once, told in their language that the resident no longer shares, and
		// again when searching
		openBrowser("sharing-caseworker-refused-" + language.code, signedInAs(caseworker));
		visit(viewPath, 403);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(String.format(words.noLongerSharesTitle(), CITIZEN_NAME));
		expect(page.locator("main")).not().containsText(HOUSING);
		expect(page.locator("main .card")).hasCount(0);
		clickToNewPage(page.locator("main a[href='/caseworker/citizens']"), "caseworker-find-again");
		expect(page.locator("h1")).hasText(words.findTitle());
		visit("/caseworker/citizens?email=" + CITIZEN_EMAIL);
		expect(page.locator("main .card h2")).hasText(CITIZEN_NAME);
		expect(page.locator("main .card")).containsText(words.findStopped());
		expect(page.locator("main .card a")).hasCount(0);
	}
}
