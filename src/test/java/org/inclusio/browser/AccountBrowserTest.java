package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new resident links an account with the code on a provider's letter, with explicit consent, and stops it
 * again: in each language.
 */
class AccountBrowserTest extends AccountBrowserSupport {

	@ParameterizedTest
	@EnumSource(Language.class)
	void newResidentLinksAnAccountWithConsentAndStopsIt(Language language) {
		AccountWords words = AccountWords.of(language);
		String reference = "BT-LINK-" + language.code.toUpperCase(Locale.ROOT) + "-" + System.nanoTime() % 1_000_000;
		String code = issueCode(language, "link-provider-" + language.code, reference);
		// the provider has already sent what it holds for this reference; only a consented link shows it
		jdbc.sql("""
				insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date,
				  next_due_amount, updated_at) values (:p, :r, 'RENT', 'BGN', 0, 0, current_date + 20, 95.50, now())
				""").param("p", housingId()).param("r", reference).update();

		openBrowser("link-" + language.code);
		registerAndSignIn(language, "link-" + language.code);
		clickToNewPage(page.locator("header nav a[href='/account']"), "account-empty");
		expect(page.locator("h1")).hasText(words.dashboardTitle());
		expect(page.locator("main .lead")).containsText(words.noAccounts());

		clickToNewPage(page.locator("main a[href='/account/link']"), "account-link");
		expect(page.locator("h1")).hasText(words.linkTitle());
		expect(page.locator("#code-hint")).containsText(words.codeHint());
		page.locator("#provider").selectOption(new SelectOption().setLabel(HOUSING));
		// typed as a person might: lower case, spaces instead of dashes
		page.locator("#code").fill(code.toLowerCase(Locale.ROOT).replace('-', ' '));
		submit("consent");

		// the consent page names who, what, why and until when, in this language
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.consentTitle());
		expect(page.locator("main .lead")).containsText(HOUSING);
		Locator headings = page.locator("main h2");
		expect(headings).hasText(new String[] { words.consentWhatTitle(), words.consentWhyTitle(),
				words.consentUntilTitle() });
		expect(page.locator("main ul li").first()).hasText(words.consentWhatBalance());
		expect(page.locator("main ul li")).hasCount(4);
		expect(page.locator("main")).containsText(words.consentWhy());
		String until = longDate(OffsetDateTime.now().plusDays(365).toLocalDate(), language);
		expect(page.locator("main")).containsText(String.format(words.consentUntil(), until));
		expect(page.locator("label[for=agree]")).containsText(HOUSING);
		expect(page.locator("#agree")).not().isChecked();
		assertThat(usedCodes(reference)).as("nothing is used before consent").isZero();

		// not ticked: an error summary, announced, in this language; nothing linked
		submit("consent-not-ticked");
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("a[href='#agree']")).hasText(words.consentRequired());
		expect(summary.locator("li")).hasCount(1);
		expect(page.locator("#agree-error")).containsText(words.consentRequired());
		expect(page.locator("#agree")).hasAttribute("aria-describedby", "agree-error");
		expect(page.locator("main .lead")).containsText(HOUSING);
		assertThat(usedCodes(reference)).isZero();

		page.locator("#agree").check();
		submit("account-linked");
		expect(page).hasURL(baseUrl() + "/account");
		assertLanguage(language);
		expect(page.locator(".notice--success[role=status]")).containsText(words.linked());
		Locator card = page.locator("main .card");
		expect(card).hasCount(1);
		expect(card.locator("h2")).hasText(words.rentTitle() + " – " + HOUSING);
		expect(card).containsText(words.upToDate());
		assertThat(usedCodes(reference)).isEqualTo(1);

		clickToNewPage(page.locator("main a[href='/account/links']"), "account-links");
		expect(page.locator("h1")).hasText(words.linksTitle());
		Locator link = page.locator("main li.card", new Page.LocatorOptions().setHasText(reference));
		expect(link.locator("h3")).hasText(HOUSING);
		Locator revoke = link.locator("button");
		expect(revoke).hasText(words.revokeWith() + HOUSING);
		clickToNewPage(revoke, "account-revoked");
		expect(page).hasURL(baseUrl() + "/account/links");
		expect(page.locator(".notice--success[role=status]")).containsText(words.revoked());
		expect(page.locator("main")).not().containsText(reference);

		clickToNewPage(page.locator("main a[href='/account']"), "account-after-revoke");
		expect(page.locator("main .card")).hasCount(0);
		expect(page.locator("main .lead")).containsText(words.noAccounts());
		assertThat(jdbc.sql("select count(*) from account_record where reference = :r").param("r", reference)
			.query(Integer.class).single()).as("what the provider sent is deleted").isZero();
	}

	private int usedCodes(String reference) {
		return jdbc.sql("select count(*) from account_link_code where reference = :r and used_at is not null")
			.param("r", reference)
			.query(Integer.class)
			.single();
	}
}
