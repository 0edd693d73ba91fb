package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Provider staff of the demo landlord, in each language: make an API key and revoke it; upload a spreadsheet with
 * mistakes, read every problem in a table, upload the corrected file and store it. On a desktop screen with axe-core
 * on every page, and on a 360 px phone without JavaScript.
 */
class ProviderDataBrowserTest extends AccountBrowserSupport {

	private static final Pattern LETTER_CODE = Pattern.compile("class=\"code\">([A-Z0-9-]{14})<");

	private static final String KEY_LABEL_PREFIX = "BT key ";

	/** Whatever a test did, the demo landlord's test keys stop working (there is a limit of keys in use). */
	@AfterEach
	void revokeTestKeys() {
		jdbc.sql("update account_api_key set revoked_at = now() where label like :prefix and revoked_at is null")
			.param("prefix", KEY_LABEL_PREFIX + "%")
			.update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void providerStaffMakesAnApiKeyAndRevokesIt(Language language) {
		openBrowser("api-keys-" + language.code);
		makeAndRevokeAKey(language, false);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void providerStaffUploadsASpreadsheetSeesEveryProblemAndStoresTheCorrectedFile(Language language) {
		openBrowser("upload-" + language.code);
		uploadWithMistakesThenCorrected(language, false);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void theKeyAndUploadPagesWorkOnAPhoneWithoutJavaScript(Language language) {
		openBrowser("provider-data-360-nojs-" + language.code, AccountSmallScreenBrowserTest.phone().setJavaScriptEnabled(false));
		makeAndRevokeAKey(language, true);
		uploadWithMistakesThenCorrected(language, true);
	}

	private void makeAndRevokeAKey(Language language, boolean phone) {
		ProviderDataWords words = ProviderDataWords.of(language);
		String label = KEY_LABEL_PREFIX + switch (language) {
			case BG -> "Счетоводство ";
			case LV -> "Grāmatvedība ";
			case EN -> "Billing ";
		} + System.nanoTime() % 1_000_000;
		long housing = housingId();

		openOwnProviderPage(language);
		fits(phone);
		clickToNewPage(page.locator("main a[href='/provider/" + housing + "/api-keys']", new Page.LocatorOptions()
			.setHasText(words.keysLink())), "api-keys");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.keysTitle());
		fits(phone);

		// no name: explained at the top and at the field, in this language
		Locator create = page.locator("main form[action='/provider/" + housing + "/api-keys'] button");
		clickToNewPage(create, "api-key-no-name");
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("a[href='#label']")).hasText(words.labelRequired());
		expect(page.locator("#label-error")).containsText(words.labelRequired());
		expect(page.locator("#label")).hasAttribute("aria-invalid", "true");
		expect(page.locator("#label")).hasAttribute("aria-describedby", "label-hint label-error");
		fits(phone);

		// the key, shown once, never cached
		page.locator("#label").fill(label);
		Response shown = clickToNewPage(create, "api-key-created");
		assertThat(shown.headers().get("cache-control")).contains("no-store");
		expect(page.locator("h1")).hasText(words.shownTitle());
		expect(page.locator("main .notice--warning[role=status]")).containsText(words.shownOnce());
		expect(page.locator("label[for=api-key]")).hasText(String.format(words.keyLabel(), label));
		String key = page.locator("#api-key").inputValue();
		assertThat(key).matches("inc_[0-9A-Za-z]{40}");
		expect(page.locator("#api-key")).hasAttribute("readonly", "");
		fits(phone);

		// listed by its name and first characters only; revoked with a button that names it
		clickToNewPage(page.locator("main a", new Page.LocatorOptions().setHasText(words.keysBack())), "api-keys-listed");
		Locator row = page.locator("main table tbody tr", new Page.LocatorOptions().setHasText(label));
		expect(row).hasCount(1);
		expect(row.locator("code")).hasText(key.substring(0, 12) + "…");
		expect(row).containsText(words.active());
		expect(page.locator("main")).not().containsText(key);
		fits(phone);
		Locator revoke = row.locator("button");
		expect(revoke).hasText(String.format(words.revoke(), label));
		clickToNewPage(revoke, "api-key-revoked");
		expect(page).hasURL(baseUrl() + "/provider/" + housing + "/api-keys");
		expect(page.locator(".notice--success[role=status]")).hasText(words.revoked());
		// the date without the JDK's Bulgarian "г.", which a page may leave out before a full stop
		String today = longDate(LocalDate.now(java.time.ZoneOffset.UTC), language).replaceFirst("[\\s\\u00a0\\u202f]г\\.$", "");
		expect(row).containsText(String.format(words.revokedOn(), today));
		expect(row.locator("button")).hasCount(0);
		fits(phone);
		assertThat(jdbc.sql("select count(*) from account_api_key where label = :l and revoked_at is not null")
			.param("l", label).query(Integer.class).single()).isEqualTo(1);
	}

	private void uploadWithMistakesThenCorrected(Language language, boolean phone) {
		ProviderDataWords words = ProviderDataWords.of(language);
		String base = switch (language) {
			case BG -> "ЖК-ЛЮЛИН-";
			case LV -> "RĪGA-ŪDENS-";
			case EN -> "BT-RENT-";
		} + System.nanoTime() % 1_000_000 + (phone ? "-P" : "-D");
		String rent = base + "1";
		String water = base + "2";
		String stranger = base + "9";
		linkForAFreshResident(rent, water);
		long housing = housingId();

		openOwnProviderPage(language);
		clickToNewPage(page.locator("main a[href='/provider/" + housing + "/upload']", new Page.LocatorOptions()
			.setHasText(words.uploadLink())), "upload");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.uploadTitle());
		fits(phone);

		// nothing chosen: both problems at once, linking to the fields
		submit("upload-nothing-chosen");
		Locator summary = page.locator(".error-summary");
		expect(summary).hasAttribute("role", "alert");
		expect(summary.locator("li")).hasCount(2);
		expect(summary.locator("a[href='#dataset-ACCOUNTS']")).hasText(words.datasetRequired());
		expect(summary.locator("a[href='#file']")).hasText(words.noFile());
		expect(page.locator("#file")).hasAttribute("aria-invalid", "true");
		expect(page.locator("#file")).hasAttribute("aria-describedby", "file-hint file-error");
		expect(page.locator("#dataset-error")).containsText(words.datasetRequired());
		fits(phone);

		// a file with mistakes: every problem in a table, by line and column, in this language; nothing to store
		String header = "reference;kind;currency;balance;arrears;next_due_date;next_due_amount\n";
		String withMistakes = header
				+ rent + ";RENT;BGN;abc;0;;\n"
				+ stranger + ";RENT;BGN;10;0;;\n"
				+ water + ";HOUSE;EUR;10,50;0;32.13.2026;5\n";
		upload("kludas.csv", withMistakes);
		submit("upload-preview-problems");
		expect(page.locator("h1")).hasText(words.previewTitle());
		Locator problems = page.locator("main .error-summary[role=alert]");
		expect(problems.locator("h2")).hasText(words.problemsTitle());
		expect(problems).containsText(String.format(words.problems(), 3));
		Locator table = page.locator("#problems");
		expect(table.locator("caption")).hasText(words.problemsTitle());
		expect(table.locator("thead th")).hasCount(3);
		Locator lines = table.locator("tbody tr");
		expect(lines).hasCount(4);
		expectProblem(lines.nth(0), "2", "balance", words.invalidNumber());
		expectProblem(lines.nth(1), "3", "reference", words.notLinked());
		expect(table.locator("tbody tr", new Locator.LocatorOptions().setHasText(words.invalidKind()))).containsText("4");
		expect(table.locator("tbody tr", new Locator.LocatorOptions().setHasText(words.invalidDate())))
			.containsText("next_due_date");
		expect(page.locator("main form[action$='/commit']")).hasCount(0);
		fits(phone);
		assertThat(records(rent, water)).as("a preview stores nothing").isZero();

		// the corrected file, with a decimal comma, a space in thousands and a dotted date
		clickToNewPage(page.locator("main a", new Page.LocatorOptions().setHasText(words.again())), "upload-again");
		LocalDate due = LocalDate.now().plusDays(20);
		upload("smetki.csv", header
				+ rent + ";RENT;BGN;1 240,50;120,00;" + due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";120,00\n"
				+ water + ";WATER;EUR;35,10;0;;\n");
		submit("upload-preview");
		expect(page.locator("h1")).hasText(words.previewTitle());
		expect(page.locator(".error-summary")).hasCount(0);
		expect(page.locator("main")).containsText(String.format(words.canBeStored(), 2, 2));
		Locator rows = page.locator("#rows tbody tr");
		expect(rows).hasCount(2);
		expect(rows.nth(0)).containsText(rent);
		expect(rows.nth(0).locator("td").last()).hasText(words.stateNew());
		expect(rows.nth(1)).containsText(water);
		fits(phone);
		assertThat(records(rent, water)).isZero();

		Locator commit = page.locator("main form[action$='/commit'] button");
		expect(commit).hasText(words.commit());
		clickToNewPage(commit, "upload-stored");
		expect(page.locator(".notice--success[role=status]")).hasText(String.format(words.stored(), 2));
		expect(page.locator("main form[action$='/commit']")).hasCount(0);
		fits(phone);
		assertThat(records(rent, water)).isEqualTo(2);
		assertThat(jdbc.sql("select balance from account_record where provider_id = :p and reference = :r")
			.param("p", housing).param("r", rent).query(BigDecimal.class).single()).isEqualByComparingTo("1240.50");
	}

	private void upload(String fileName, String csv) {
		page.locator("#dataset-ACCOUNTS").check();
		page.locator("#file").setInputFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static void expectProblem(Locator line, String number, String column, String reason) {
		Locator cells = line.locator("td");
		expect(cells.nth(0)).hasText(number);
		expect(cells.nth(1)).hasText(column);
		expect(cells.nth(2)).containsText(reason);
	}

	private void fits(boolean phone) {
		if (phone) {
			assertFitsScreen(AccountSmallScreenBrowserTest.WIDTH);
		}
	}

	private int records(String... references) {
		return jdbc.sql("select count(*) from account_record where provider_id = :p and reference in (:r)")
			.param("p", housingId()).param("r", java.util.List.of(references)).query(Integer.class).single();
	}

	/**
	 * Test data made the way people make it, over HTTP: the staff member prints a code for each reference and a
	 * new resident (email confirmed) links them all, agreeing. Only linked references can be stored.
	 */
	private void linkForAFreshResident(String... references) {
		String email = uniqueEmail("upload-resident");
		HttpSession resident = new HttpSession(baseUrl());
		resident.submit("/register", "/register", Map.of("displayName", "Upload Resident", "email", email, "password",
				PASSWORD, "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		assertThat(resident.signIn(email, PASSWORD).headers().firstValue("Location")).hasValue("/");
		HttpSession staff = new HttpSession(baseUrl());
		assertThat(staff.signIn(PROVIDER_EMAIL, DEMO_PASSWORD).headers().firstValue("Location")).hasValue("/");
		String provider = String.valueOf(housingId());
		for (String reference : references) {
			var letter = staff.submit("/provider/" + provider, "/provider/" + provider + "/link-codes",
					Map.of("reference", reference));
			Matcher code = LETTER_CODE.matcher(letter.body());
			assertThat(code.find()).as(letter.body()).isTrue();
			var linked = resident.submit("/account/link", "/account/link/confirm",
					Map.of("provider", provider, "code", code.group(1), "agree", "true"));
			assertThat(linked.headers().firstValue("Location")).as(linked.body()).hasValue("/account");
		}
	}
}
