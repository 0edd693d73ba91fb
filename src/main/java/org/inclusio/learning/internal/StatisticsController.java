package org.inclusio.learning.internal;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Anonymous learning statistics for the analysts of a municipality: enrolments started and courses completed per
 * course and month in their own municipality, as a page and as a CSV file with the same small-cell suppression
 * ({@link StatisticsTable}). Counts only: no audit entry, as no personal data is read.
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class StatisticsController {

	private final StatisticsCounts counts;

	private final MessageSource messages;

	StatisticsController(StatisticsCounts counts, MessageSource messages) {
		this.counts = counts;
		this.messages = messages;
	}

	/** A month and how the page names it, e.g. "ноември 2026". */
	record MonthName(YearMonth month, String name) {
	}

	@GetMapping("/learning/statistics")
	String page(@AuthenticationPrincipal SignedInUser analyst, Model model, Locale locale) {
		StatisticsTable table = counts.table(analyst.tenantId(), language(locale));
		DateTimeFormatter names = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
		model.addAttribute("table", table);
		model.addAttribute("monthNames", table.months()
			.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m, m -> names.format(m))));
		model.addAttribute("from", names.format(table.months().getFirst()));
		model.addAttribute("to", names.format(table.months().getLast()));
		model.addAttribute("fallback", table.anyFallback());
		return "learning/statistics/statistics";
	}

	@GetMapping("/learning/statistics.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser analyst, Locale locale) {
		StatisticsTable table = counts.table(analyst.tenantId(), language(locale));
		StringBuilder csv = new StringBuilder("\uFEFF"); // so that spreadsheet programs read the file as UTF-8
		row(csv, List.of(text("learningstats.csv.slug", locale), text("learningstats.csv.course", locale),
				text("learningstats.csv.month", locale), text("learningstats.col.started", locale),
				text("learningstats.col.completed", locale)));
		for (StatisticsTable.Course course : table.courses()) {
			lines(csv, course.slug(), course.title().text(), course, locale);
		}
		lines(csv, "", text("learningstats.allCourses", locale), table.allCourses(), locale);
		String file = "learning-statistics-" + table.months().getFirst() + "-" + table.months().getLast() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void lines(StringBuilder csv, String slug, String title, StatisticsTable.Course course, Locale locale) {
		for (StatisticsTable.Line line : course.months()) {
			row(csv, List.of(slug, title, line.month().toString(), shown(line.started(), locale),
					shown(line.completed(), locale)));
		}
		row(csv, List.of(slug, title, text("learningstats.csv.total", locale), shown(course.total().started(), locale),
				shown(course.total().completed(), locale)));
	}

	private String shown(StatisticsTable.Cell cell, Locale locale) {
		return switch (cell.kind()) {
			case COUNT -> Integer.toString(cell.count());
			case FEWER_THAN_FIVE -> text("learningstats.fewer", locale);
			case NOT_SHOWN -> text("learningstats.notShown", locale);
		};
	}

	private static void row(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(values.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * RFC 4180 quoting; a text that a spreadsheet would take for a formula (an authored course title may start
	 * with "=") gets a leading apostrophe.
	 */
	static String quoted(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r") || safe.contains("'")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String language(Locale locale) {
		Locale supported = Languages.of(locale.getLanguage());
		return (supported == null ? Languages.FALLBACK : supported).getLanguage();
	}
}
