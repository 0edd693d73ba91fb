package org.inclusio.account.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Writes the account cards as HTML, for the citizen's dashboard and the caseworker's read-only view.
 *
 * <p>Written in Java rather than as a Thymeleaf fragment because the dashboard is the page citizens open most and
 * has a speed target: measured with {@code bench/account}, the cards fragment took about 1.8 ms of CPU per request
 * (five cards, each some 50 elements with expressions), more than everything else on the page together; this
 * writer takes a small fraction of that. The markup is the one the fragment had; {@code CardsHtmlTest} pins it.
 */
@Component
class CardsHtml {

	private final MessageSource messages;

	CardsHtml(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The cards in the given language; {@code csrf} is the request's token for the "mark as read" forms (not used
	 * when {@code readOnly}); {@code contextPath} prefixes the links.
	 */
	String write(Dashboard.View view, boolean readOnly, CsrfToken csrf, String contextPath, Locale locale) {
		StringBuilder html = new StringBuilder(1024 + view.cards().size() * 2048);
		html.append("<div id=\"accounts\">\n");
		if (view.cards().isEmpty()) {
			html.append("<p class=\"lead\">")
				.append(text(readOnly ? "account.dashboard.noneReadOnly" : "account.dashboard.none", locale))
				.append("</p>\n");
		}
		if (!readOnly && !view.cards().isEmpty() && !view.firstVisit()) {
			html.append("<p class=\"notice\" role=\"status\">")
				.append(view.totalChanges() == 0 ? text("account.changes.none", locale)
						: text("account.changes.some", locale, view.totalChanges()))
				.append("</p>\n");
		}
		html.append("<ul class=\"card-list card-list--single\">\n");
		for (Dashboard.Card card : view.cards()) {
			card(html, card, readOnly, csrf, contextPath, locale);
		}
		html.append("</ul>\n</div>\n");
		return html.toString();
	}

	private void card(StringBuilder html, Dashboard.Card card, boolean readOnly, CsrfToken csrf, String contextPath,
			Locale locale) {
		html.append(card.owes() != null ? "<li class=\"card card--alert\">\n" : "<li class=\"card\">\n");
		// the sentences are written in the page's language by Dashboard
		html.append("<h2>").append(escape(card.title())).append("</h2>\n");
		if (card.owes() != null) {
			html.append("<p class=\"lead\"><strong>").append(escape(card.owes())).append("</strong></p>\n");
		}
		else {
			html.append("<p>").append(text("account.upToDate", locale)).append("</p>\n");
		}
		if (card.nextPayment() != null) {
			html.append("<p>").append(escape(card.nextPayment())).append("</p>\n");
		}
		html.append("<p>").append(escape(card.balance())).append("</p>\n");
		if (card.owes() != null) {
			html.append("<p class=\"notice notice--warning\"><span>").append(text("account.arrears.help", locale))
				.append("</span> <a href=\"").append(contextPath).append("/money/advice\">")
				.append(text("account.arrears.helpLink", locale)).append("</a></p>\n");
			// a course for the citizen; not offered in the caseworker's read-only view
			if (!readOnly) {
				html.append("<p><a href=\"").append(contextPath).append("/learning/priority-debts\">")
					.append(text("account.arrears.learn", locale)).append("</a></p>\n");
			}
		}
		if (!card.messages().isEmpty()) {
			messages(html, card, readOnly, csrf, contextPath, locale);
		}
		if (!card.transactions().isEmpty()) {
			transactions(html, card, locale);
		}
		html.append("</li>\n");
	}

	private void messages(StringBuilder html, Dashboard.Card card, boolean readOnly, CsrfToken csrf, String contextPath,
			Locale locale) {
		html.append("<h3>").append(text("account.messages", locale)).append("</h3>\n<ul class=\"plain-list\">\n");
		for (Dashboard.Message m : card.messages()) {
			html.append("<li><strong>").append(escape(m.subject())).append("</strong>");
			if (m.isNew()) {
				html.append(" <span class=\"tag\">").append(text("account.new", locale)).append("</span>");
			}
			html.append("\n<p>").append(escape(m.body())).append("</p>\n");
			if (!readOnly) {
				html.append("<form action=\"").append(contextPath).append("/account/messages/").append(m.id())
					.append("/read\" method=\"post\" class=\"inline-form\">");
				if (csrf != null) {
					html.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName()))
						.append("\" value=\"").append(escape(csrf.getToken())).append("\"/>");
				}
				html.append("<button type=\"submit\" class=\"link-button\">").append(text("account.markRead", locale))
					.append("<span class=\"visually-hidden\">: ").append(escape(m.subject()))
					.append("</span></button></form>\n");
			}
			html.append("</li>\n");
		}
		html.append("</ul>\n");
	}

	private void transactions(StringBuilder html, Dashboard.Card card, Locale locale) {
		String caption = text("account.transactions", locale);
		html.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").append(caption)
			.append("\">\n<table>\n<caption>").append(caption).append("</caption>\n<thead><tr><th scope=\"col\">")
			.append(text("account.tx.date", locale)).append("</th><th scope=\"col\">")
			.append(text("account.tx.description", locale)).append("</th><th scope=\"col\" class=\"numeric\">")
			.append(text("account.tx.amount", locale)).append("</th></tr></thead>\n<tbody>\n");
		for (Dashboard.Transaction t : card.transactions()) {
			html.append("<tr><td class=\"nowrap\">").append(escape(t.date())).append("</td><td>")
				.append(escape(t.description()));
			if (t.isNew()) {
				html.append(" <span class=\"tag\">").append(text("account.new", locale)).append("</span>");
			}
			html.append("</td><td class=\"numeric nowrap\">").append(escape(t.money())).append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</div>\n");
	}

	/** A message of the bundles, escaped. */
	private String text(String key, Locale locale, Object... args) {
		return escape(messages.getMessage(key, args.length == 0 ? null : args, key, locale));
	}

	/** Escapes text for HTML content and double-quoted attribute values, as Thymeleaf's th:text does. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '&' -> "&amp;";
				case '"' -> "&quot;";
				case '\'' -> "&#39;";
				default -> null;
			};
			if (replacement != null) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				out.append(replacement);
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}
}
