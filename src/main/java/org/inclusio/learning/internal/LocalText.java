package org.inclusio.learning.internal;

/**
 * A course text as shown on a page: in the page's language, or in English when it has no translation yet. The page
 * marks an English text with {@code lang="en"} (so a screen reader reads it in English) and says why it is English.
 */
record LocalText(String text, boolean fallback) {

	/** The value of the element's lang attribute: "en" for a fallback, else none (the page's own language). */
	public String lang() {
		return fallback ? Texts.FALLBACK : null;
	}

	static boolean anyFallback(LocalText... texts) {
		for (LocalText text : texts) {
			if (text != null && text.fallback()) {
				return true;
			}
		}
		return false;
	}
}
