package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new resident finishes a (small) course in each language, finds its badge, downloads the certificate, signs out
 * and checks the certificate's code like an employer would. axe-core checks every page.
 */
class LearningCertificateBrowserTest extends BrowserTestSupport {

	static final String COURSE = "test-passwords";

	/** The words a person sees, per language (written out, so a page in the wrong language fails). */
	record Words(String resultLink, String certificatesTitle, String badgeTag, String courseTitle, String pdfHeading,
			String verifyTitle, String verifiedTitle, String unknownTitle) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Завършихте! Изтеглете удостоверението си", "Вашите удостоверения и значки",
						"Завършен курс", "Тест: силни пароли", "Удостоверение за завършен курс", "Проверка на удостоверение",
						"Това удостоверение е истинско", "Няма удостоверение с този код");
				case LV -> new Words("Pabeigts! Lejupielādējiet savu apliecību", "Jūsu apliecības un nozīmītes",
						"Kurss pabeigts", "Tests: stipras paroles", "Apliecība par kursa pabeigšanu", "Pārbaudīt apliecību",
						"Šī apliecība ir īsta", "Nav apliecības ar šo kodu");
				case EN -> new Words("Completed! Download your certificate", "Your certificates and badges",
						"Course completed", "Test: strong passwords", "Certificate of completion", "Check a certificate",
						"This certificate is genuine", "No certificate has this code");
			};
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentGetsABadgeDownloadsTheCertificateAndAnyoneChecksIt(Language language) throws IOException {
		Words words = Words.of(language);
		openBrowser("certificate-" + language.code);
		String email = uniqueEmail("certificate-" + language.code);
		visit("/register?lang=" + language.code);
		registerAndConfirm(language, email);
		visit("/login");
		signIn(email, PASSWORD);

		// the course, quickly: every lesson marked done, then the quiz with the right answers
		visit("/learning/" + COURSE);
		clickToNewPage(page.locator("main a.button"), "lesson-1");
		for (int lesson = 1; lesson <= 3; lesson++) {
			clickToNewPage(page.locator("main form button[type=submit]"), lesson < 3 ? "lesson-" + (lesson + 1) : "quiz");
		}
		for (long answer : rightAnswers()) {
			page.locator("#a" + answer).check();
		}
		submit("result");
		Locator certificateLink = page.locator("#certificate-link a");
		expect(certificateLink).hasText(words.resultLink());

		clickToNewPage(certificateLink, "certificates");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.certificatesTitle());
		Locator badge = page.locator("main .badge");
		expect(badge).hasCount(1);
		expect(badge.locator("h2")).hasText(words.courseTitle());
		expect(badge.locator(".badge__tag")).hasText(words.badgeTag());
		expect(badge.locator("svg")).hasAttribute("aria-hidden", "true");
		String code = badge.locator(".badge__code").textContent().strip();
		assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");

		// on a small phone the badge and its button fit the screen
		page.setViewportSize(360, 740);
		screenshot("certificates-360");
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= 360")).as("no sideways scrolling").isTrue();
		page.setViewportSize(1280, 900);

		Download download = page.waitForDownload(() -> badge.locator("a[href$='.pdf']").click());
		assertThat(download.suggestedFilename()).isEqualTo("certificate-" + code + ".pdf");
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(language.personName).contains(words.courseTitle()).contains(words.pdfHeading())
				.contains(code).contains("/certificates/verify/" + code);
		}

		// the catalogue leads here too
		visit("/learning");
		expect(page.locator("main a[href='/learning/certificates']")).hasCount(1);

		clickToNewPage(page.locator("header form[action='/logout'] button"), "signed-out");
		expect(page.locator("header a[href='/login']")).hasCount(1);

		visit("/certificates/verify");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.verifyTitle());
		submit("verify-empty");
		expect(page.locator(".error-summary")).hasCount(1);
		expect(page.locator(".error-summary h2")).hasText(language.errorSummary);

		page.locator("#code").fill(code.replace("-", "").toLowerCase(Locale.ROOT));
		submit("verified");
		expect(page).hasURL(baseUrl() + "/certificates/verify/" + code);
		expect(page.locator("h1")).hasText(words.verifiedTitle());
		Locator facts = page.locator("#certificate dd");
		expect(facts).hasCount(4);
		expect(facts.nth(0)).hasText(language.personName);
		expect(facts.nth(1)).hasText(words.courseTitle());
		assertThat(page.content()).doesNotContain(email);

		visit("/certificates/verify/ABCD-EFGH-JKMN", 404);
		expect(page.locator("h1")).hasText(words.unknownTitle());
	}

	private List<Long> rightAnswers() {
		return jdbc.sql("""
				select a.id from learning_answer a join learning_question q on q.id = a.question_id
				join learning_course c on c.current_version_id = q.version_id
				where c.slug = :slug and a.correct order by q.position, a.position
				""").param("slug", COURSE).query(Long.class).list();
	}
}
