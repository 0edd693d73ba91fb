package org.inclusio.codesign.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.inclusio.codesign.internal.Ideas.Decision;
import org.inclusio.codesign.internal.Ideas.Idea;
import org.inclusio.codesign.internal.Invitations.Invitation;
import org.inclusio.codesign.internal.SeriesStore.Series;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The minutes of a session in the session's language, as one piece of XHTML used both inside the web page and for
 * the PDF: participants by side (a name only with its owner's consent), the agenda, the ideas with their dots split by
 * side, the decisions with their reasons, the next steps. The PDF embeds the DejaVu fonts (Cyrillic, Latvian
 * diacritics) and is tagged (PDF/UA) with its language and title.
 */
@Component
class Minutes {

	/** Everything the minutes say, read beforehand. */
	record Content(Series series, Session session, List<Invitation> participants, List<Idea> ideas,
			List<Decision> decisions, Voting.Split split, int allowance) {
	}

	private static final byte[] SANS_REGULAR = font("DejaVuSans.ttf");

	private static final byte[] SANS_BOLD = font("DejaVuSans-Bold.ttf");

	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

	private final MessageSource messages;

	Minutes(MessageSource messages) {
		this.messages = messages;
	}

	/** The minutes' body: a section with headings from h2 down, for a page that has its own h1. */
	String body(Content c) {
		return body(c, false);
	}

	/**
	 * @param pdf the ideas as a numbered list rather than a table: openhtmltopdf lays out a table of 200 ideas in
	 * seconds, a list in a fraction of that, and a list reads as well aloud
	 */
	private String body(Content c, boolean pdf) {
		Locale locale = Locale.forLanguageTag(c.session().language());
		Words w = new Words(messages, locale);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
		Session s = c.session();
		StringBuilder h = new StringBuilder(8192 + c.ideas().size() * 400);
		h.append("<div class=\"codesign-minutes\" lang=\"").append(s.language()).append("\">");
		h.append("<p><strong>").append(e(w.get("codesign.minutes.series"))).append(":</strong> ")
			.append(e(c.series().title())).append("</p>");
		h.append("<p><strong>").append(e(w.get("codesign.minutes.when"))).append(":</strong> ")
			.append(e(s.startsAt().format(date))).append(", ").append(s.startsAt().format(time)).append("–")
			.append(s.endsAt().format(time)).append("</p>");
		h.append("<p><strong>").append(e(w.get("codesign.minutes.where"))).append(":</strong> ")
			.append(e(s.place() != null ? s.place() : s.onlineLink())).append("</p>");

		h.append("<h2>").append(e(w.get("codesign.minutes.participants"))).append("</h2>");
		Map<Side, List<String>> bySide = new EnumMap<>(Side.class);
		for (Invitation p : c.participants()) {
			bySide.computeIfAbsent(p.side(), k -> new ArrayList<>())
				.add(p.nameConsent() ? p.name() : w.get("codesign.minutes.anonymous"));
		}
		if (bySide.isEmpty()) {
			h.append("<p>").append(e(w.get("codesign.minutes.noParticipants"))).append("</p>");
		}
		else {
			h.append("<table><thead><tr><th scope=\"col\">").append(e(w.get("codesign.side")))
				.append("</th><th scope=\"col\" class=\"num\">").append(e(w.get("codesign.minutes.count")))
				.append("</th><th scope=\"col\">").append(e(w.get("codesign.minutes.people")))
				.append("</th></tr></thead><tbody>");
			bySide.forEach((side, names) -> h.append("<tr><th scope=\"row\">").append(e(w.get("codesign.side." + side)))
				.append("</th><td class=\"num\">").append(names.size()).append("</td><td>")
				.append(e(String.join(", ", names))).append("</td></tr>"));
			h.append("</tbody></table>");
		}

		h.append("<h2>").append(e(w.get("codesign.minutes.agenda"))).append("</h2>");
		paragraphs(h, s.agenda());

		h.append("<h2>").append(e(w.get("codesign.minutes.ideas"))).append("</h2>");
		h.append("<p>").append(e(w.get("codesign.minutes.equalVoice", c.allowance()))).append("</p>");
		Voting.Split split = c.split();
		h.append("<p>").append(e(w.get("codesign.minutes.split", split.totalDots(), split.dots(Side.SERVICE_USER),
				split.voters(Side.SERVICE_USER), split.dots(Side.PROVIDER), split.voters(Side.PROVIDER))))
			.append("</p>");
		Map<Long, Integer> numbers = new HashMap<>();
		if (c.ideas().isEmpty()) {
			h.append("<p>").append(e(w.get("codesign.minutes.noIdeas"))).append("</p>");
		}
		else if (pdf) {
			h.append("<p>").append(e(w.get("codesign.minutes.ideasCaption"))).append(":</p><ol class=\"ideas\">");
			int n = 0;
			for (Idea idea : c.ideas()) {
				numbers.put(idea.id(), ++n);
				h.append("<li><p><strong>").append(e(w.get("codesign.idea.problem"))).append(":</strong> ")
					.append(e(idea.problem()));
				if (idea.proxy()) {
					h.append(" <em>(").append(e(w.get("codesign.proxy.mark"))).append(")</em>");
				}
				h.append("<br/><strong>").append(e(w.get("codesign.idea.measure"))).append(":</strong> ")
					.append(e(idea.measure()));
				if (idea.theme() != null) {
					h.append("<br/>").append(e(w.get("codesign.idea.theme"))).append(": ").append(e(idea.theme()));
				}
				for (Ideas.Comment comment : idea.comments()) {
					h.append("<br/>— ").append(e(comment.body()));
				}
				h.append("<br/>").append(e(w.get("codesign.results.dots"))).append(": ").append(idea.votes())
					.append(" (").append(e(w.get("codesign.results.users"))).append(' ').append(idea.userVotes())
					.append(", ").append(e(w.get("codesign.results.providers"))).append(' ').append(idea.providerVotes())
					.append(", ").append(e(w.get("codesign.results.others"))).append(' ').append(idea.otherVotes())
					.append(")</p></li>");
			}
			h.append("</ol>");
		}
		else {
			h.append("<table class=\"ideas\"><caption>").append(e(w.get("codesign.minutes.ideasCaption")))
				.append("</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">")
				.append(e(w.get("codesign.idea.problem"))).append("</th><th scope=\"col\">")
				.append(e(w.get("codesign.idea.measure"))).append("</th><th scope=\"col\">")
				.append(e(w.get("codesign.idea.theme"))).append("</th><th scope=\"col\" class=\"num\">")
				.append(e(w.get("codesign.results.dots"))).append("</th><th scope=\"col\" class=\"num\">")
				.append(e(w.get("codesign.results.users"))).append("</th><th scope=\"col\" class=\"num\">")
				.append(e(w.get("codesign.results.providers"))).append("</th><th scope=\"col\" class=\"num\">")
				.append(e(w.get("codesign.results.others"))).append("</th></tr></thead><tbody>");
			int n = 0;
			for (Idea idea : c.ideas()) {
				numbers.put(idea.id(), ++n);
				h.append("<tr><th scope=\"row\">").append(n).append("</th><td>").append(e(idea.problem()));
				if (idea.proxy()) {
					h.append(" <em>(").append(e(w.get("codesign.proxy.mark"))).append(")</em>");
				}
				h.append("</td><td>").append(e(idea.measure()));
				for (Ideas.Comment comment : idea.comments()) {
					h.append("<br/>— ").append(e(comment.body()));
				}
				h.append("</td><td>").append(e(idea.theme() == null ? "" : idea.theme()))
					.append("</td><td class=\"num\">").append(idea.votes())
					.append("</td><td class=\"num\">").append(idea.userVotes())
					.append("</td><td class=\"num\">").append(idea.providerVotes())
					.append("</td><td class=\"num\">").append(idea.otherVotes()).append("</td></tr>");
			}
			h.append("</tbody></table>");
		}

		h.append("<h2>").append(e(w.get("codesign.minutes.decisions"))).append("</h2>");
		if (c.decisions().isEmpty()) {
			h.append("<p>").append(e(w.get("codesign.minutes.noDecisions"))).append("</p>");
		}
		else {
			h.append("<ol>");
			for (Decision d : c.decisions()) {
				h.append("<li><p><strong>").append(e(d.text())).append("</strong></p><p>")
					.append(e(w.get("codesign.decision.rationale"))).append(": ").append(e(d.rationale()))
					.append("</p>");
				if (!d.ideaIds().isEmpty()) {
					h.append("<p>").append(e(w.get("codesign.minutes.fromIdeas"))).append(": ")
						.append(e(String.join(", ", d.ideaIds().stream().map(id -> "#" + numbers.get(id)).toList())))
						.append("</p>");
				}
				h.append("</li>");
			}
			h.append("</ol>");
		}
		h.append("<h2>").append(e(w.get("codesign.minutes.nextSteps"))).append("</h2>");
		if (s.nextSteps() == null || s.nextSteps().isBlank()) {
			h.append("<p>").append(e(w.get("codesign.minutes.noNextSteps"))).append("</p>");
		}
		else {
			paragraphs(h, s.nextSteps());
		}
		h.append("</div>");
		return h.toString();
	}

	String title(Content c) {
		return new Words(messages, Locale.forLanguageTag(c.session().language())).get("codesign.minutes.title",
				c.session().title());
	}

	byte[] pdf(Content c) {
		String lang = c.session().language();
		String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\""
				+ lang + "\"><head><meta charset=\"UTF-8\"/><title>" + e(title(c)) + "</title><meta name=\"subject\" content=\""
				+ e(c.series().title()) + "\"/><style>" + STYLE + "</style></head><body><h1>" + e(title(c)) + "</h1>"
				+ body(c, true) + "</body></html>";
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			new PdfRendererBuilder().usePdfUaAccessibility(true)
				.withProducer("Inclusio")
				.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
				.useFont(() -> new ByteArrayInputStream(SANS_REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true)
				.useFont(() -> new ByteArrayInputStream(SANS_BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true)
				// minutes need nothing from outside: never a network call
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
				.useExternalResourceAccessControl((uri, type) -> false,
						ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
				.withHtmlContent(html, null)
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the minutes", ex);
		}
		return out.toByteArray();
	}

	private static void paragraphs(StringBuilder h, String text) {
		for (String paragraph : text.strip().split("\\R")) {
			if (!paragraph.isBlank()) {
				h.append("<p>").append(e(paragraph.strip())).append("</p>");
			}
		}
	}

	/** Escapes for XHTML and drops what XML 1.0 cannot carry, so no text can break the document. */
	static String e(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (Character.isHighSurrogate(ch) && i + 1 < value.length()
							&& Character.isLowSurrogate(value.charAt(i + 1))) {
						out.append(ch).append(value.charAt(++i));
					}
					else if (ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
							|| (ch >= 0xE000 && ch <= 0xFFFD)) {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}

	private record Words(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}

	private static byte[] font(String file) {
		try (InputStream in = Minutes.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final String STYLE = """
			@page { size: A4; margin: 18mm 15mm; }
			body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #0b0c0c; line-height: 1.35; }
			h1 { font-size: 18pt; margin: 0 0 4mm 0; }
			h2 { font-size: 13pt; margin: 6mm 0 2mm 0; }
			p { margin: 0 0 2mm 0; }
			table { border-collapse: collapse; width: 100%; margin: 0 0 3mm 0; }
			caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
			th, td { border: 0.3mm solid #b1b4b6; padding: 1mm 1.5mm; text-align: left; vertical-align: top; word-wrap: break-word; }
			thead th { background-color: #f3f2f1; }
			ol.ideas li { margin: 0 0 2mm 0; }
			.num { text-align: right; }
			""";
}
