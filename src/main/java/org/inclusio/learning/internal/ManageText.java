package org.inclusio.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One course text as an author edits it: a box per language. English is the one every learner can fall back to, so
 * the forms require it; a blank box is a missing translation (the learner then sees the English text with a note).
 */
public class ManageText {

	static final List<String> LANGUAGES = List.of("en", "bg", "lv");

	private String en = "";

	private String bg = "";

	private String lv = "";

	/** The three columns {@code column->>'en', column->>'bg', column->>'lv'} for a select. */
	static String columns(String column) {
		return column + "->>'en', " + column + "->>'bg', " + column + "->>'lv'";
	}

	/** Reads the three columns that {@link #columns} selects, starting at this one. */
	static ManageText read(ResultSet rs, int first) throws SQLException {
		ManageText text = new ManageText();
		text.en = nullToEmpty(rs.getString(first));
		text.bg = nullToEmpty(rs.getString(first + 1));
		text.lv = nullToEmpty(rs.getString(first + 2));
		return text;
	}

	/** The languages filled in, trimmed; null when none is (for the optional texts: picture, video). */
	Texts texts() {
		Map<String, String> byLanguage = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String text = in(language);
			if (!text.isBlank()) {
				byLanguage.put(language, text.strip());
			}
		}
		return byLanguage.isEmpty() ? null : new Texts(byLanguage);
	}

	/** For a jsonb column: the texts filled in, or null when none is. */
	String toJson() {
		Texts texts = texts();
		return texts == null ? null : texts.toJson();
	}

	String in(String language) {
		return switch (language) {
			case "en" -> en;
			case "bg" -> bg;
			case "lv" -> lv;
			default -> throw new IllegalArgumentException(language);
		};
	}

	boolean hasEnglish() {
		return !en.isBlank();
	}

	boolean isEmpty() {
		return texts() == null;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	public String getEn() {
		return en;
	}

	public void setEn(String en) {
		this.en = nullToEmpty(en);
	}

	public String getBg() {
		return bg;
	}

	public void setBg(String bg) {
		this.bg = nullToEmpty(bg);
	}

	public String getLv() {
		return lv;
	}

	public void setLv(String lv) {
		this.lv = nullToEmpty(lv);
	}
}
