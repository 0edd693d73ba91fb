package org.inclusio.shared.web;

import java.util.List;
import java.util.Locale;

/** The languages Inclusio speaks. Adding one is adding a message file per module and a line here. */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("bg"), Locale.forLanguageTag("lv"),
			Locale.ENGLISH);

	public static final Locale FALLBACK = Locale.ENGLISH;

	private Languages() {
	}

	/** The supported language for a code like "bg", or null. */
	public static Locale of(String code) {
		if (code == null) {
			return null;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(code.trim())).findFirst().orElse(null);
	}

	public static boolean isSupported(String code) {
		return of(code) != null;
	}
}
