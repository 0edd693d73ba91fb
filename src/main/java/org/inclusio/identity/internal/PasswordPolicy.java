package org.inclusio.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: at least 12 characters, at most 128, not a commonly used or breached
 * password, not the person's own email or name; no rules about character classes.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** The message key of the first rule the password breaks, if any. */
	Optional<String> check(String password, String email, String name) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || isRepetitive(lower)) {
			return Optional.of("password.common");
		}
		if ((email != null && !email.isBlank() && lower.contains(email.trim().toLowerCase(Locale.ROOT)))
				|| (name != null && name.trim().length() >= 4 && lower.equals(name.trim().toLowerCase(Locale.ROOT)))) {
			return Optional.of("password.personal");
		}
		return Optional.empty();
	}

	/** Catches "aaaaaaaaaaaa" and "123412341234": a short pattern repeated. */
	private static boolean isRepetitive(String password) {
		for (int size = 1; size <= 4; size++) {
			if (password.length() % size == 0 && password.substring(0, size).repeat(password.length() / size).equals(password)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}
}
