package org.inclusio.directory.internal;

import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * A translatable directory text: three columns F_bg, F_lv, F_en. A page asks for its language and gets the text in
 * English, else Bulgarian, else Latvian when there is no translation; {@link #languageOf(Locale)} says which one it
 * got, so the page can mark a fallback with its lang attribute and a visible note.
 */
@Embeddable
public class LocalText {

	public static final String BG = "bg";

	public static final String LV = "lv";

	public static final String EN = "en";

	private String bg;

	private String lv;

	private String en;

	public LocalText() {
	}

	public LocalText(String bg, String lv, String en) {
		this.bg = bg;
		this.lv = lv;
		this.en = en;
	}

	/** The text in a language with fallback en → bg → lv; null when it is empty in all three. */
	public String in(Locale language) {
		String code = languageOf(language);
		return code == null ? null : get(code);
	}

	/** The language {@link #in(Locale)} gives: the one asked for if it has text, else en, bg, lv; null if none. */
	public String languageOf(Locale language) {
		String asked = language == null ? EN : language.getLanguage();
		if (present(get(asked))) {
			return asked;
		}
		for (String code : new String[] { EN, BG, LV }) {
			if (present(get(code))) {
				return code;
			}
		}
		return null;
	}

	/** Whether the text shown for a language is a fallback in another one. */
	public boolean isFallback(Locale language) {
		String shown = languageOf(language);
		return shown != null && !shown.equals(language == null ? EN : language.getLanguage());
	}

	/** The text in exactly this language (bg, lv or en), without fallback. */
	public String get(String code) {
		return switch (code) {
			case BG -> bg;
			case LV -> lv;
			case EN -> en;
			default -> null;
		};
	}

	public void set(String code, String text) {
		switch (code) {
			case BG -> bg = text;
			case LV -> lv = text;
			case EN -> en = text;
			default -> throw new IllegalArgumentException("Not a directory language: " + code);
		}
	}

	public boolean isEmpty() {
		return !present(bg) && !present(lv) && !present(en);
	}

	public String getBg() {
		return bg;
	}

	public void setBg(String bg) {
		this.bg = bg;
	}

	public String getLv() {
		return lv;
	}

	public void setLv(String lv) {
		this.lv = lv;
	}

	public String getEn() {
		return en;
	}

	public void setEn(String en) {
		this.en = en;
	}

	@Override
	public String toString() {
		return en != null ? en : bg != null ? bg : lv;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}
