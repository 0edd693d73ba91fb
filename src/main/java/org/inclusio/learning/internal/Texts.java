package org.inclusio.learning.internal;

import java.util.Map;
import java.util.TreeMap;

/** One text of a course in the languages it exists in; English is always there. Blank texts count as missing. */
record Texts(Map<String, String> byLanguage) {

	static final String FALLBACK = "en";

	Texts {
		byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
	}

	String english() {
		return byLanguage.get(FALLBACK);
	}

	String in(String language) {
		return byLanguage.get(language);
	}

	/** As a JSON object, for a jsonb column. */
	String toJson() {
		StringBuilder json = new StringBuilder("{");
		byLanguage.forEach((language, text) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			quote(json, language).append(':');
			quote(json, text);
		});
		return json.append('}').toString();
	}

	private static StringBuilder quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}
}
