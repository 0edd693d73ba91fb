package org.inclusio.learning.internal;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** The checks the authoring forms share; each error goes on the box it is about, so the summary can link to it. */
final class ManageChecks {

	/**
	 * A picture on this site: the page's security policy loads pictures only from here, so another site's would not
	 * show.
	 */
	static final Pattern IMAGE = Pattern.compile("/[A-Za-z0-9._/-]{1,290}\\.(svg|png|jpg|jpeg|webp)");

	static final Pattern VIDEO = Pattern.compile("https://[^\\s<>\"]{3,490}");

	private ManageChecks() {
	}

	/** English is required; every language has a length limit. */
	static void required(Errors errors, String field, ManageText text, String requiredCode, int maxLength) {
		if (!text.hasEnglish()) {
			errors.rejectValue(field + ".en", requiredCode);
		}
		lengths(errors, field, text, maxLength);
	}

	static void lengths(Errors errors, String field, ManageText text, int maxLength) {
		for (String language : ManageText.LANGUAGES) {
			if (text.in(language).strip().length() > maxLength) {
				errors.rejectValue(field + "." + language, "learningmanage.error.tooLong", new Object[] { String.valueOf(maxLength) },
						null);
			}
		}
	}

	static void number(Errors errors, String field, String value, int min, int max, String code) {
		String typed = value.strip();
		if (!typed.matches("\\d{1,4}") || Integer.parseInt(typed) < min || Integer.parseInt(typed) > max) {
			errors.rejectValue(field, code, new Object[] { String.valueOf(min), String.valueOf(max) }, null);
		}
	}
}
