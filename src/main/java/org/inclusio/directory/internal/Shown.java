package org.inclusio.directory.internal;

import java.util.Locale;

/**
 * A directory text as a page shows it: in the page's language or, when it has no translation, in another one. lang
 * is then that language's code, for the element's lang attribute (a screen reader switches voice), else null.
 */
public record Shown(String text, String lang) {

	public static Shown of(LocalText text, Locale page) {
		if (text == null) {
			return null;
		}
		String shown = text.languageOf(page);
		if (shown == null) {
			return null;
		}
		return new Shown(text.get(shown), shown.equals(page.getLanguage()) ? null : shown);
	}

	public boolean fallback() {
		return lang != null;
	}
}
