package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money as a person types it: "12,50", "12.50", "1 200", "12,50 лв". Never a double. Only whole
 * amounts with up to two decimals, from more than 0 up to {@link #MAX}.
 */
final class AmountInput {

	static final BigDecimal MAX = new BigDecimal("1000000");

	private static final Pattern NUMBER = Pattern.compile("-?(\\d+([.,]\\d{1,2})?|[.,]\\d{1,2})");

	private static final Pattern CURRENCY = Pattern.compile("^(€|eur|bgn|лв\\.?)|(€|eur|bgn|лв\\.?)$");

	private AmountInput() {
	}

	sealed interface Result permits Amount, Problem {
	}

	record Amount(BigDecimal value) implements Result {
	}

	/** What is wrong, in the order a person should fix it; the name is the end of its message key. */
	enum Problem implements Result {
		REQUIRED, INVALID, NEGATIVE, ZERO, TOO_LARGE;

		String messageKey() {
			return "money.amount." + name();
		}
	}

	static Result parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return Problem.REQUIRED;
		}
		if (typed.length() > 40) {
			return Problem.INVALID;
		}
		String text = typed.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s\\u00a0\\u2007\\u202f]", "")
			.replace('\u2212', '-')
			.replace('\u2013', '-');
		text = CURRENCY.matcher(text).replaceAll("");
		if (!NUMBER.matcher(text).matches()) {
			return Problem.INVALID;
		}
		BigDecimal value = new BigDecimal(text.replace(',', '.').replace("-.", "-0.").replaceFirst("^\\.", "0."));
		if (value.signum() < 0) {
			return Problem.NEGATIVE;
		}
		if (value.signum() == 0) {
			return Problem.ZERO;
		}
		if (value.compareTo(MAX) > 0) {
			return Problem.TOO_LARGE;
		}
		return new Amount(value.setScale(2));
	}
}
