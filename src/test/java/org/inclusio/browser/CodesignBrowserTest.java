package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A whole workshop cycle in each language: the facilitator creates a series and a session and invites a service user
 * and a provider by printed letter; signed out, each replies with their code (one with an access need) and adds an
 * idea; the facilitator opens voting, both vote by code, the facilitator closes, records a decision and reads the
 * minutes (HTML and PDF); anyone reads the public page. axe-core checks every page.
 */
class CodesignBrowserTest extends BrowserTestSupport {

	record Words(String placeTaken, String voted, String closed, String minutes, String serviceUser, String provider,
			String decisions) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Благодарим: имате място.", "Благодарим: точките Ви са преброени.",
						"Гласуването и срещата са приключили.", "Протокол", "Потребител на услуги", "Доставчик на услуги",
						"Минали срещи и решения");
				case LV -> new Words("Paldies: jums ir vieta.", "Paldies: jūsu punkti ir saskaitīti.",
						"Balsošana un tikšanās ir noslēgta.", "Protokols", "Pakalpojumu lietotājs", "Pakalpojumu sniedzējs",
						"Notikušās tikšanās un lēmumi");
				case EN -> new Words("Thank you: you have a place.", "Thank you: your dots were counted.",
						"Voting and the session are closed.", "Minutes", "Service user", "Service provider",
						"Past sessions and decisions");
			};
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aWholeWorkshopCycle(Language language) throws Exception {
		Words words = Words.of(language);
		String lang = language.code;
		String theme = language.personName + " — " + System.nanoTime();
		openBrowser("codesign-" + lang);
		visit("/login?lang=" + lang);
		signIn(ADMIN_EMAIL, DEMO_PASSWORD);

		// a series with its support group
		visit("/codesign?lang=" + lang);
		assertLanguage(language);
		clickToNewPage(page.locator("main a[href='/codesign/series/new']"), "series-new");
		page.locator("#title_" + lang).fill(theme);
		page.locator("#purpose_" + lang).fill("Ēdiens, transports, drošība: ko darīt 2027. gadā — храна и транспорт");
		page.locator("#votes").fill("2");
		submit("series");
		expect(page.locator("h1")).hasText(theme);
		page.locator("#name").fill("Надя Георгиева");
		page.locator("#side").selectOption("NGO");
		clickToNewPage(page.locator("form[action$='/members'] button"), "member-added");

		// a session in this language
		clickToNewPage(page.locator("main a[href$='/sessions/new']"), "session-new");
		page.locator("#title").fill("Session " + lang);
		page.locator("#date").fill(LocalDate.now().plusDays(14).toString());
		page.locator("#start").fill("10:00");
		page.locator("#end").fill("12:30");
		page.locator("#place").fill("Читалище „Пробуда“, ул. „Житница“ 12");
		page.locator("#accessibility").fill("Step-free entrance, lift, hearing loop");
		page.locator("#agenda").fill("1. Welcome\n2. Ideas\n3. Dot voting");
		page.locator("#capacity").fill("20");
		page.locator("#deadline").fill(LocalDate.now().plusDays(12).toString());
		page.locator("#language").selectOption(lang);
		submit("session");
		String sessionPath = page.url().replace(baseUrl(), "");
		assertThat(sessionPath).matches("/codesign/sessions/\\d+");

		// invitations by printed letter
		String userCode = invite("Мария Иванова", "SERVICE_USER", lang);
		visit(sessionPath);
		String providerCode = invite("Ēriks Bērziņš", "PROVIDER", lang);

		// signed out: replies by code, one with an access need, and ideas
		visit(sessionPath);
		clickToNewPage(page.locator("header form[action='/logout'] button"), "signed-out");
		visit("/rsvp?lang=" + lang);
		page.locator("#code").fill(userCode.substring(0, 4) + "-" + userCode.substring(4));
		submit("rsvp-user");
		page.locator("#answer").check();
		page.locator("#need-SIGN_LANGUAGE").check();
		page.locator("#nameConsent").check();
		clickToNewPage(page.locator("form[action$='/reply'] button"), "rsvp-user-replied");
		expect(page.locator(".notice--success")).hasText(words.placeTaken());
		page.locator("#problem").fill("Трудно ми е да готвя всеки ден");
		page.locator("#measure").fill("Топъл обяд у дома");
		clickToNewPage(page.locator("form[action$='/ideas'] button"), "idea-user");
		visit("/rsvp/" + providerCode);
		page.locator("#answer").check();
		clickToNewPage(page.locator("form[action$='/reply'] button"), "rsvp-provider-replied");
		page.locator("#problem").fill("Not enough home helpers");
		page.locator("#measure").fill("Twenty more home helpers");
		clickToNewPage(page.locator("form[action$='/ideas'] button"), "idea-provider");

		// the facilitator opens voting; both vote by code
		visit("/login");
		signIn(ADMIN_EMAIL, DEMO_PASSWORD);
		visit(sessionPath);
		expect(page.locator("main")).containsText(language == Language.EN ? "A sign language interpreter"
				: language == Language.BG ? "Преводач на жестов език" : "Zīmju valodas tulks");
		clickToNewPage(page.locator("form[action$='/voting'] button").first(), "voting-open");
		visit("/rsvp/" + userCode);
		page.locator("main input[name=ideas]").first().check();
		page.locator("main input[name=ideas]").last().check();
		clickToNewPage(page.locator("form[action$='/ballot'] button"), "voted-user");
		expect(page.locator(".notice--success")).hasText(words.voted());
		visit("/rsvp/" + providerCode);
		page.locator("main input[name=ideas]").first().check();
		clickToNewPage(page.locator("form[action$='/ballot'] button"), "voted-provider");

		// close, decide, minutes
		visit(sessionPath);
		clickToNewPage(page.locator("form[action$='/voting'] button"), "voting-closed");
		expect(page.locator(".notice--success")).hasText(words.closed());
		page.locator("#decisionText").fill("Hot lunch at home from March");
		page.locator("#rationale").fill("Most dots from users and providers alike");
		page.locator("input[name=decisionIdeas]").first().check();
		clickToNewPage(page.locator("form[action$='/decisions'] button"), "decision");
		clickToNewPage(page.locator("main a[href$='/minutes']"), "minutes");
		expect(page.locator("h1")).containsText(words.minutes());
		expect(page.locator("main")).containsText("Мария Иванова");
		expect(page.locator("main")).containsText(words.serviceUser());
		expect(page.locator("main")).containsText(words.provider());
		APIResponse pdf = page.request().get(sessionPath + "/minutes.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(words.minutes(), "Мария Иванова", "Топъл обяд у дома", "Hot lunch at home from March");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(lang);
		}

		// the public page, signed out: no names
		visit(sessionPath);
		clickToNewPage(page.locator("main p.lead a"), "series-again");
		Locator publicLink = page.locator("main a[href^='/workshops/']").first();
		String publicPath = publicLink.getAttribute("href");
		assertThat(publicPath).matches("/workshops/\\d+");
		clickToNewPage(page.locator("header form[action='/logout'] button"), "signed-out-again");
		visit(publicPath + "?lang=" + lang);
		expect(page.locator("h1")).hasText(theme);
		expect(page.locator("main")).containsText(words.decisions());
		expect(page.locator("main")).containsText("Hot lunch at home from March");
		assertThat(page.locator("main").textContent()).doesNotContain("Мария Иванова", "Ēriks Bērziņš", userCode);
		page.setViewportSize(360, 740);
		visit(publicPath);
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
	}

	/** Invites by letter from the session page and returns the code on the letter. */
	private String invite(String name, String side, String lang) {
		page.locator("form[action$='/invitations'] #name").fill(name);
		page.locator("form[action$='/invitations'] #side").selectOption(side);
		page.locator("form[action$='/invitations'] #language").selectOption(lang);
		clickToNewPage(page.locator("form[action$='/invitations'] button"), "letter");
		String code = page.locator(".codesign-code").textContent().strip();
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		return code.replace("-", "");
	}
}
