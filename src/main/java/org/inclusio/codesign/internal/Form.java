package org.inclusio.codesign.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a person typed into one form and what is wrong with it, in their language: the page shows the error summary
 * (linking to each field), each field's message, and the typed values again. Public for the templates only.
 */
public final class Form {

	private final MultiValueMap<String, String> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final MessageSource messages;

	private final Locale locale;

	Form(MultiValueMap<String, String> values, MessageSource messages, Locale locale) {
		this.values = values == null ? new LinkedMultiValueMap<>() : values;
		this.messages = messages;
		this.locale = locale;
	}

	static Form empty(MessageSource messages, Locale locale) {
		return new Form(new LinkedMultiValueMap<>(), messages, locale);
	}

	Form with(String field, String value) {
		values.set(field, value);
		return this;
	}

	public String value(String field) {
		String value = values.getFirst(field);
		return value == null ? "" : value;
	}

	/** The stripped value, or null when nothing was typed. */
	String text(String field) {
		String value = value(field).strip();
		return value.isEmpty() ? null : value;
	}

	public List<String> values(String field) {
		List<String> all = values.get(field);
		return all == null ? List.of() : all;
	}

	public boolean checked(String field, Object value) {
		return values(field).contains(String.valueOf(value));
	}

	public String error(String field) {
		return errors.get(field);
	}

	public Map<String, String> getErrors() {
		return errors;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Records the field's first problem (later ones for the same field are not shown). */
	void reject(String field, String key, Object... args) {
		errors.putIfAbsent(field, messages.getMessage(key, args, locale));
	}

	/** A required text of at most max characters. */
	String required(String field, int max) {
		String text = text(field);
		if (text == null) {
			reject(field, "codesign.error.required");
		}
		else if (text.length() > max) {
			reject(field, "codesign.error.tooLong", max);
		}
		return text;
	}

	String optional(String field, int max) {
		String text = text(field);
		if (text != null && text.length() > max) {
			reject(field, "codesign.error.tooLong", max);
		}
		return text;
	}

	Side side(String field) {
		Side side = Side.parse(value(field));
		if (side == null) {
			reject(field, "codesign.error.side");
		}
		return side;
	}

	/** An email address if one was given: a light check, the mail server has the final word. */
	String email(String field) {
		String email = optional(field, 320);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			reject(field, "codesign.error.email");
		}
		return email;
	}

	Integer number(String field, int min, int max) {
		String text = text(field);
		if (text == null || !text.matches("\\d{1,6}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
			reject(field, "codesign.error.number", String.valueOf(min), String.valueOf(max));
			return null;
		}
		return Integer.valueOf(text);
	}

	List<Long> ids(String field) {
		return values(field).stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).toList();
	}
}
