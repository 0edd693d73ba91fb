package org.inclusio.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.inclusio.account.AccountKind;
import org.inclusio.account.AccountSummary;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** The cards the dashboard writes in Java: the markup the template fragment had, escaped, in each language. */
class CardsHtmlTest {

	private final CardsHtml cards = new CardsHtml(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/account");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static Dashboard.Card card(String owes, List<Dashboard.Message> messages) {
		AccountSummary account = new AccountSummary(7, 1, "Housing <Sofia>", "R-1", AccountKind.RENT, "BGN",
				new BigDecimal("120.00"), owes == null ? BigDecimal.ZERO : new BigDecimal("120.00"), LocalDate.of(2026, 3, 5),
				new BigDecimal("35.00"));
		List<Dashboard.Transaction> transactions = List.of(new Dashboard.Transaction(LocalDate.of(2026, 3, 1),
				new BigDecimal("-35.00"), "Rent & \"fees\"", true, "1 March 2026", "−35.00 лв"));
		return new Dashboard.Card(account, owes != null, transactions, messages, 1, "Rent – Housing <Sofia>", owes,
				"Next payment: 35.00 лв on 5 March.", "Balance: 120.00 лв");
	}

	@Test
	void writesEveryPartOfACardAndEscapesWhatProvidersSent() {
		var message = new Dashboard.Message(42, "Pay <now>", "Call 'us'", OffsetDateTime.now(), true);
		var view = new Dashboard.View(List.of(card("You owe 120.00 лв rent.", List.of(message))), 2, false, true);

		String html = cards.write(view, false, new DefaultCsrfToken("X-CSRF", "_csrf", "t0ken"), "/app", Locale.ENGLISH);

		assertThat(html).startsWith("<div id=\"accounts\">")
			.contains("<p class=\"notice\" role=\"status\">2 new things since your last visit.</p>")
			.contains("<li class=\"card card--alert\">")
			.contains("<h2>Rent – Housing &lt;Sofia&gt;</h2>")
			.contains("<strong>You owe 120.00 лв rent.</strong>")
			.contains("<a href=\"/app/money/advice\">Get free debt advice</a>")
			.contains("<a href=\"/app/learning/priority-debts\">")
			.contains("<strong>Pay &lt;now&gt;</strong> <span class=\"tag\">New</span>")
			.contains("<p>Call &#39;us&#39;</p>")
			.contains("<form action=\"/app/account/messages/42/read\" method=\"post\" class=\"inline-form\">"
					+ "<input type=\"hidden\" name=\"_csrf\" value=\"t0ken\"/>")
			.contains("<span class=\"visually-hidden\">: Pay &lt;now&gt;</span>")
			.contains("aria-label=\"Latest payments and charges\"")
			.contains("<td>Rent &amp; &quot;fees&quot; <span class=\"tag\">New</span></td>")
			.contains("<td class=\"numeric nowrap\">−35.00 лв</td>")
			.doesNotContain("<script");
	}

	@Test
	void theCaseworkersViewHasNoFormsAndNoCourseLink() {
		var message = new Dashboard.Message(42, "Subject", "Body", OffsetDateTime.now(), false);
		var view = new Dashboard.View(List.of(card("You owe 120.00 лв rent.", List.of(message))), 0, false, false);

		String html = cards.write(view, true, null, "", Locale.ENGLISH);

		assertThat(html).doesNotContain("<form").doesNotContain("/learning/priority-debts")
			.doesNotContain("since your last visit").contains("<strong>Subject</strong>\n<p>Body</p>");
	}

	@Test
	void speaksTheLanguageOfThePage() {
		var upToDate = new Dashboard.View(List.of(card(null, List.of())), 0, false, false);
		assertThat(cards.write(upToDate, false, null, "", Locale.forLanguageTag("bg")))
			.contains("<li class=\"card\">").doesNotContain("You have no overdue payments");
		assertThat(cards.write(new Dashboard.View(List.of(), 0, true, false), false, null, "", Locale.forLanguageTag("lv")))
			.contains("<p class=\"lead\">").doesNotContain("You have not linked");
		assertThat(cards.write(upToDate, false, null, "", Locale.ENGLISH)).contains("<p>You have no overdue payments.</p>");
	}
}
