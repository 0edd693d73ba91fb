package org.inclusio.actionplan.internal;

import java.util.List;
import java.util.Locale;

/** A plan's text (title, vision) in Bulgarian, Latvian and English; any of them may be missing. */
record Texts(String bg, String lv, String en) {

	static final List<String> LANGUAGES = List.of("bg", "lv", "en");

	Texts {
		bg = bg == null ? "" : bg.strip();
		lv = lv == null ? "" : lv.strip();
		en = en == null ? "" : en.strip();
	}

	String get(String language) {
		return switch (language) {
			case "bg" -> bg;
			case "lv" -> lv;
			default -> en;
		};
	}

	/**
	 * The text in the page's language, else in the plan's own language, else in any language there is. A text in
	 * another language than the page's says so, so that the page can mark it with lang and a note.
	 */
	Shown in(Locale locale, String planLanguage) {
		String wanted = language(locale);
		if (!get(wanted).isEmpty()) {
			return new Shown(get(wanted), wanted, false);
		}
		if (!get(planLanguage).isEmpty()) {
			return new Shown(get(planLanguage), planLanguage, true);
		}
		for (String language : LANGUAGES) {
			if (!get(language).isEmpty()) {
				return new Shown(get(language), language, true);
			}
		}
		return new Shown("", wanted, false);
	}

	static String language(Locale locale) {
		String language = locale == null ? "en" : locale.getLanguage();
		return LANGUAGES.contains(language) ? language : "en";
	}

	/** A text as shown: its language (for the lang attribute) and whether it stands in for a missing translation. */
	record Shown(String text, String language, boolean fallback) {
	}
}
