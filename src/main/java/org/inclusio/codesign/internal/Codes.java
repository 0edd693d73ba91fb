package org.inclusio.codesign.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Invitation codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I), short enough to type from a
 * printed letter, shown as ABCD-EFGH. 32^8 (about 10^12) codes make guessing one hopeless.
 */
final class Codes {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Codes() {
	}

	static String next() {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(code);
	}

	/** What was typed, as stored: capitals, without spaces or dashes; null if it cannot be a code. */
	static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return code.matches("[A-Z2-9]{8}") ? code : null;
	}

	static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}
}
