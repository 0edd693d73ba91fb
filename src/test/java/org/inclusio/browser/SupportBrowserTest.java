package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.inclusio.directory.Directory;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support in each language, every page checked with axe-core: a resident answers the self-assessment (twice, to see
 * what changed); a caseworker refers the resident to a service and the provider's staff carry the referral through
 * its loop, while the emails reach the resident and the caseworker.
 */
class SupportBrowserTest extends AccountBrowserSupport {

	private static final List<String> AREAS = List.of("HOUSING", "INCOME", "DEBT", "WORK", "EDUCATION", "HEALTH",
			"FAMILY", "DIGITAL");

	@Autowired
	Directory directory;

	/**
	 * The words of the support pages in a language, written out so that a page in the wrong language fails. Emails
	 * go out in each person's own language: the resident's is Bulgarian; the caseworker's becomes the page language.
	 */
	private record Words(String start, String assessment, String result, String history, String better,
			String referralSent, String completed, String citizenSubject, String caseworkerSubject) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Помощ и подкрепа", "Как сте?", "Какво може да ви помогне", "Какво се промени",
						"по-добре. Беше „Много трудно“, сега е „Общо взето добре“.",
						"Насочването е изпратено.", "Завършено", "Новини за насочване", "Новини за насочване");
				case LV -> new Words("Palīdzība un atbalsts", "Kā jums klājas?", "Kas jums var palīdzēt", "Kas mainījies",
						"labāk. Bija “Ļoti grūti”, tagad ir “Pārsvarā labi”.", "Nosūtījums ir nosūtīts.", "Pabeigts",
						"Новини за насочване", "Jaunumi par nosūtījumu");
				case EN -> new Words("Help and support", "How are things?", "What may help you", "How things changed",
						"better. It was “Very hard”, now it is “Mostly OK”.", "The referral has been sent.", "Completed",
						"Новини за насочване", "News about a referral");
			};
		}
	}

	private long citizenId() {
		return userId(CITIZEN_EMAIL);
	}

	private void answer(int housing) {
		for (String area : AREAS) {
			int score = switch (area) {
				case "HOUSING" -> housing;
				case "DEBT", "DIGITAL" -> 2;
				default -> 3;
			};
			page.locator("#" + area + "-" + score).check();
		}
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentAnswersTheSelfAssessmentAndSeesWhatChanged(Language language) {
		Words words = Words.of(language);
		jdbc.sql("update support_referral set assessment_id = null where citizen_id = :c").param("c", citizenId()).update();
		jdbc.sql("delete from support_assessment where citizen_id = :c").param("c", citizenId()).update();

		openBrowser("support-assessment-" + language.code);
		signInAndOpen(CITIZEN_EMAIL, language, "/support");
		expect(page.locator("header nav a[href='/support']")).isVisible();
		expect(page.locator("h1")).hasText(words.start());
		clickToNewPage(page.locator("main a[href='/support/assessment']").first(), "assessment");
		expect(page.locator("h1")).hasText(words.assessment());
		expect(page.locator("main fieldset")).hasCount(8);

		// nothing chosen: every question is listed, linked to its first answer
		submit("assessment-errors");
		Locator summary = page.locator(".error-summary[role=alert]");
		expect(summary.locator("h2")).hasText(language.errorSummary);
		expect(summary.locator("li")).hasCount(8);
		expect(summary.locator("a[href='#HOUSING-1']")).isVisible();

		answer(1);
		submit("assessment-result");
		expect(page).hasURL(Pattern.compile("/support/assessment/\\d+$"));
		expect(page.locator("h1")).hasText(words.result());
		assertThat(page.locator("main a[href^='/support/referrals/new?service=']").count()).isPositive();
		assertThat(page.locator("main a[href^='/learning/']").count()).isPositive();

		// later, things are better at home
		visit("/support/assessment");
		answer(3);
		submit("assessment-result-again");
		clickToNewPage(page.locator("main a[href='/support/assessment/history']"), "assessment-history");
		expect(page.locator("h1")).hasText(words.history());
		expect(page.locator("main .support-changes li").first()).containsText(words.better());
		expect(page.locator("main table thead th")).hasCount(3);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aReferralGoesRoundTheWholeLoopBetweenACaseworkerAndTheProvider(Language language) {
		Words words = Words.of(language);
		long citizen = citizenId();
		jdbc.sql("""
				insert into account_consent (tenant_id, citizen_id, kind, scope, purpose, text_version, given_at, expires_at)
				select tenant_id, id, 'CASEWORKER_VIEW', 'dashboard-read-only', 'holistic-support', 'test', now(), now() + interval '30 days'
				from identity_user where id = :c
				""").param("c", citizen).update();
		long provider = jdbc.sql("""
				select m.provider_id from account_provider_member m join identity_user u on u.id = m.user_id
				where u.email = :email order by m.provider_id limit 1
				""").param("email", PROVIDER_EMAIL).query(Long.class).single();
		String service = directory.servicesOfProvider(provider, Locale.ENGLISH).stream()
			.filter(s -> s.name().equals("Housing advice")).findFirst().orElseThrow().id();
		int citizenMails = TestMailServer.messagesTo(CITIZEN_EMAIL, words.citizenSubject()).size();
		int caseworkerMails = TestMailServer.messagesTo(CASEWORKER_EMAIL, words.caseworkerSubject()).size();
		int providerMails = TestMailServer.messagesTo(PROVIDER_EMAIL, "A referral for your organisation").size();

		// the caseworker finds the resident and refers them, with what the resident agreed to share
		openBrowser("support-referral-caseworker-" + language.code);
		signInAndOpen(CASEWORKER_EMAIL, language, "/support/caseworker");
		page.locator("#email").fill(CITIZEN_EMAIL);
		submit("caseworker-found");
		clickToNewPage(page.locator("main a[href='/support/citizens/" + citizen + "/referrals/new']"), "referral-new");
		page.locator("#service").selectOption(service);
		page.locator("#shareNote").check();
		submit("referral-new-errors");
		expect(page.locator(".error-summary[role=alert] a[href='#note']")).isVisible();
		expect(page.locator(".error-summary[role=alert] a[href='#agree']")).isVisible();
		expect(page.locator("#service")).hasValue(service);
		page.locator("#note").fill("Течове в банята / leaking bathroom – " + language.code);
		page.locator("#agree").check();
		submit("referral-sent");
		expect(page).hasURL(Pattern.compile("/support/referrals/\\d+$"));
		expect(page.locator(".notice--success[role=status]")).containsText(words.referralSent());
		long id = Long.parseLong(page.url().replaceAll(".*/", ""));

		// the provider's staff find it in their inbox and carry it through
		openBrowser("support-referral-provider-" + language.code);
		signInAndOpen(PROVIDER_EMAIL, language, "/support/referrals/inbox");
		expect(page.locator("header nav a[href='/support/referrals/inbox']")).isVisible();
		clickToNewPage(page.locator("main table a[href='/support/referrals/" + id + "']"), "inbox-referral");
		expect(page.locator("main .support-note")).containsText("leaking bathroom");
		for (String to : List.of("ACCEPTED", "IN_PROGRESS", "COMPLETED")) {
			clickToNewPage(page.locator("main form:has(input[name=to][value=" + to + "]) button"), "referral-" + to);
			expect(page.locator(".notice--success[role=status]")).isVisible();
		}
		expect(page.locator("main dl .tag")).hasText(words.completed());
		expect(page.locator("main .support-history li")).hasCount(4);
		expect(page.locator("main form")).hasCount(0);

		// the resident heard of the referral and of each change, the caseworker of each change, the provider of the new one
		TestMailServer.awaitMessagesTo(CITIZEN_EMAIL, words.citizenSubject(), citizenMails + 4, Duration.ofSeconds(30));
		TestMailServer.awaitMessagesTo(CASEWORKER_EMAIL, words.caseworkerSubject(), caseworkerMails + 3,
				Duration.ofSeconds(30));
		TestMailServer.awaitMessagesTo(PROVIDER_EMAIL, "A referral for your organisation", providerMails + 1,
				Duration.ofSeconds(30));
		String last = TestMailServer.body(TestMailServer.messagesTo(CITIZEN_EMAIL, words.citizenSubject()).getLast());
		assertThat(last).contains("Завършено").contains("/support/referrals/" + id);
	}
}
