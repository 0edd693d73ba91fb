package org.inclusio.learning.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code that anyone can type to check a certificate: 12 characters (about 59 random bits, too many to guess)
 * from an alphabet without the look-alikes 0/O and 1/I/L, stored as "K7QH2M9XPA4E" and shown in groups of four as
 * "K7QH-2M9X-PA4E". People may type it in lower case, with or without dashes and spaces, and with the Cyrillic
 * letters that look like Latin ones.
 */
final class CertificateCode {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 12;

	private static final Pattern STORED = Pattern.compile("[2-9A-HJKMNP-Z]{" + LENGTH + "}");

	// dashes of every kind a phone keyboard or a copied text may give, and every kind of space
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Pd}\\u00a0\\u200b]+");

	// Cyrillic capitals that look like Latin ones: typed on a Bulgarian keyboard they mean the Latin letter
	private static final String CYRILLIC = "АВЕКМНРСТХУ";

	private static final String LATIN = "ABEKMHPCTXY";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateCode() {
	}

	static String random() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as stored, from what someone typed; empty when it cannot be a certificate's code. */
	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(SEPARATORS.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT));
		for (int i = 0; i < code.length(); i++) {
			int cyrillic = CYRILLIC.indexOf(code.charAt(i));
			if (cyrillic >= 0) {
				code.setCharAt(i, LATIN.charAt(cyrillic));
			}
		}
		return STORED.matcher(code).matches() ? Optional.of(code.toString()) : Optional.empty();
	}

	/** "K7QH2M9XPA4E" as "K7QH-2M9X-PA4E". */
	static String display(String stored) {
		return stored.substring(0, 4) + "-" + stored.substring(4, 8) + "-" + stored.substring(8);
	}
}
