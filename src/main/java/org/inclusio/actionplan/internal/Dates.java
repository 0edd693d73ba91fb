package org.inclusio.actionplan.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as typed: 2026-03-31 (a date field) or 31.03.2026 (as written in Bulgaria and Latvia). */
final class Dates {

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

	private Dates() {
	}

	/** The date, or null when nothing or no valid date was typed. */
	static LocalDate parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		try {
			return text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static boolean invalid(String typed) {
		return typed != null && !typed.isBlank() && parse(typed) == null;
	}

	static String format(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
