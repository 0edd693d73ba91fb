package org.inclusio.browser;

import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An administrator imports a directory file: one with a bad record is explained, a good one is imported. */
class HsdsImportBrowserTest extends BrowserTestSupport {

	enum Words {
		BG("Внасяне на указателя", "Проверка преди внасяне", "Има проблем",
				"Няма термин от таксономия no-such-term нито във файла, нито в указателя", "Внесено. Нови записи: 28"),
		LV("Kataloga importēšana", "Pārbaude pirms importēšanas", "Radusies problēma",
				"Taksonomijas termina no-such-term nav ne failā, ne katalogā", "Importēts. Jauni ieraksti: 28"),
		EN("Import the directory", "Check before importing", "There is a problem",
				"There is no taxonomy term no-such-term in the file or in the directory", "Imported. New records: 28");

		final String importTitle;

		final String previewTitle;

		final String errorSummary;

		final String unknownTerm;

		final String stored;

		Words(String importTitle, String previewTitle, String errorSummary, String unknownTerm, String stored) {
			this.importTitle = importTitle;
			this.previewTitle = previewTitle;
			this.errorSummary = errorSummary;
			this.unknownTerm = unknownTerm;
			this.stored = stored;
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void anAdministratorSeesTheProblemsOfAFileThenImportsAGoodOne(Language language) throws IOException {
		Words words = Words.valueOf(language.name());
		openBrowser("hsds-import-" + language.code);
		visit("/login?lang=" + language.code);
		signIn(ADMIN_EMAIL, DEMO_PASSWORD);

		visit("/admin/directory/import?lang=" + language.code);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.importTitle);

		// nothing chosen: the form says so
		submit("hsds-import-no-file");
		expect(page.locator(".error-summary h2")).hasText(words.errorSummary);
		expect(page.locator(".error-summary a[href='#file']")).hasCount(1);

		String prefix = "b" + UUID.randomUUID().toString().substring(0, 8);
		String good = fixture(prefix);
		String bad = good.replace("\"taxonomy_term_id\": \"" + prefix + "-term-debt\",\n            \"taxonomy_term\": {",
				"\"taxonomy_term_id\": \"no-such-term\",\n            \"taxonomy_term\": {");
		page.locator("#file").setInputFiles(new FilePayload("directory.json", "application/json",
				bad.getBytes(StandardCharsets.UTF_8)));
		submit("hsds-import-preview-problems");
		expect(page.locator("h1")).hasText(words.previewTitle);
		expect(page.locator(".error-summary h2")).hasText(words.errorSummary);
		expect(page.locator("#problems tbody tr")).hasCount(1);
		expect(page.locator("#problems tbody")).containsText(words.unknownTerm);
		expect(page.locator("#problems tbody")).containsText(prefix + "-attribute-2");
		expect(page.locator("main form")).hasCount(0);

		clickToNewPage(page.locator("main a[href='/admin/directory/import']").first(), "hsds-import-again");
		page.locator("#file").setInputFiles(new FilePayload("directory.json", "application/json",
				good.getBytes(StandardCharsets.UTF_8)));
		submit("hsds-import-preview");
		expect(page.locator(".error-summary")).hasCount(0);
		expect(page.locator("#counts tbody tr")).not().hasCount(0);
		submit("hsds-import-done");
		expect(page.locator(".notice--success")).containsText(words.stored);
	}

	static String fixture(String prefix) throws IOException {
		try (InputStream in = HsdsImportBrowserTest.class.getResourceAsStream("/directory/hsds-fixture.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@P@", prefix);
		}
	}
}
