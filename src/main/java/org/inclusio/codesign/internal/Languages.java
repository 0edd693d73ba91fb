package org.inclusio.codesign.internal;

import java.util.Locale;
import java.util.Set;

/** The three languages of the platform; anything else counts as English. */
final class Languages {

	static final Set<String> ALL = Set.of("bg", "lv", "en");

	private Languages() {
	}

	static String of(Locale locale) {
		String lang = locale == null ? "en" : locale.getLanguage();
		return ALL.contains(lang) ? lang : "en";
	}
}
