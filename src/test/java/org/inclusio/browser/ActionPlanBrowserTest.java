package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A facilitator writes a Local Action Plan in each language: a new plan (sent empty first), an objective, an action
 * made from a workshop decision (a plain action when no workshop has decided anything yet), an indicator and a
 * progress update; approves it; then anyone reads the public page with its chart and data table, filters it by
 * status and downloads the CSV. axe-core checks every page.
 */
class ActionPlanBrowserTest extends BrowserTestSupport {

	static final String FACILITATOR = "facilitator@sofia.inclusio.eu";

	record Words(String plansTitle, String responsibleRequired, String approvedTag, String onTrack, String matches,
			String csvHeader) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Планове за действие", "Въведете отговорната институция", "Одобрен: версия 1",
						"По план", "1 от 1 действия", "Цел");
				case LV -> new Words("Rīcības plāni", "Ievadiet atbildīgo iestādi", "Apstiprināts: 1. versija",
						"Pēc plāna", "1 no 1 rīcībām", "Mērķis");
				case EN -> new Words("Action plans", "Enter the responsible body", "Approved: version 1", "On track",
						"1 of 1 actions", "Objective");
			};
		}
	}

	@AfterEach
	void restoreDemoFacilitatorLanguage() {
		jdbc.sql("update identity_user set preferred_language = 'lv' where email = :email").param("email", FACILITATOR).update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aFacilitatorWritesAPlanAndAnyoneFollowsItsProgress(Language language) throws Exception {
		Words words = Words.of(language);
		String theme = "Plan " + language.code + " " + System.currentTimeMillis();
		openBrowser("actionplan-" + language.code);
		visit("/login?lang=" + language.code);
		signIn(FACILITATOR, DEMO_PASSWORD);
		visit("/?lang=" + language.code);

		clickToNewPage(page.locator("header nav a[href='/actionplan']"), "plans");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.plansTitle());

		clickToNewPage(page.locator("main a[href='/actionplan/new']"), "plan-new");
		submit("plan-new-errors");
		expect(page.locator(".error-summary h2")).hasText(language.errorSummary);
		page.locator("#theme").fill(theme);
		page.locator("#language-" + language.code).check();
		page.locator("#currency-EUR").check();
		page.locator("#title" + Character.toUpperCase(language.code.charAt(0)) + language.code.charAt(1)).fill(theme);
		submit("plan");
		expect(page.locator("h1")).hasText(theme);

		clickToNewPage(page.locator("main a[href$='/objectives/new']"), "objective-new");
		page.locator("#title").fill("Nobody alone");
		submit("plan-with-objective");

		// an action from a workshop decision when there is one, else a plain action
		Locator fromDecision = page.locator("#decisions ~ ul a[href*='/actions/new?decision=']");
		if (fromDecision.count() > 0) {
			clickToNewPage(fromDecision.first(), "action-from-decision");
			expect(page.locator("#from-decision")).isVisible();
		}
		else {
			clickToNewPage(page.locator("main a[href$='/actions/new']"), "action-new");
			page.locator("#title").fill("Daily calls");
		}
		page.locator("#objectiveId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Nobody alone"));
		page.locator("#startDate").fill("2026-01-01");
		page.locator("#endDate").fill("2027-12-31");
		submit("action-errors"); // no responsible body
		expect(page.locator(".error-summary")).containsText(words.responsibleRequired());
		page.locator("#responsibleBody").fill("Social services directorate");
		page.locator("#cost").fill("12500,50");
		submit("plan-with-action");

		clickToNewPage(page.locator("main a[href$='/indicators/new']").first(), "indicator-new");
		page.locator("#name").fill("People called every day");
		page.locator("#unit").selectOption("PERSONS");
		page.locator("#baseline").fill("0");
		page.locator("#target").fill("400");
		page.locator("#targetDate").fill("2027-12-31");
		submit("plan-with-indicator");

		clickToNewPage(page.locator("main a[href$='/progress']").first(), "progress-new");
		page.locator("#value").fill("100");
		page.locator("#status-ON_TRACK").check();
		page.locator("#recordedOn").fill("2026-01-15");
		submit("plan-with-progress");

		clickToNewPage(page.locator("#approval ~ form button[type=submit]"), "approved");
		expect(page.locator("#approved-now")).isVisible();
		String publicPath = page.locator("main a[href^='/plans/']").first().getAttribute("href");

		// anyone, without signing in
		openBrowser("actionplan-public-" + language.code);
		visit(publicPath + "?lang=" + language.code);
		expect(page.locator("h1")).hasText(theme);
		Locator chart = page.locator(".ap-chart[role=img]");
		expect(chart).hasCount(1);
		assertThat(chart.locator("desc").textContent()).contains("400");
		expect(page.locator(".ap-table table caption")).containsText("People called every day");
		expect(page.locator(".ap-action .ap-status")).hasText(words.onTrack());
		expect(page.locator("progress")).hasAttribute("value", "25");

		page.locator("#status").selectOption("ON_TRACK");
		clickToNewPage(page.locator("form.filters button[type=submit]"), "filtered");
		expect(page.locator("#result-count")).hasText(words.matches());

		Download download = page.waitForDownload(() -> page.locator("#exports a[href*='export.csv']").click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"" + words.csvHeader() + "\"").contains("\"Social services directorate\"")
			.contains("People called every day");
	}
}
