package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What an indicator counts. Each unit says which numbers make sense in it, so that a target of 140 % or 2.5 persons
 * is refused with a message rather than stored.
 */
enum Unit {

	PERSONS(0, null), PERCENT(1, new BigDecimal("100")), EUR(2, null), BGN(2, null), COUNT(0, null), HOURS(1, null);

	private static final BigDecimal LARGEST = new BigDecimal("99999999999999");

	private final int decimals;

	private final BigDecimal max;

	Unit(int decimals, BigDecimal max) {
		this.decimals = decimals;
		this.max = max;
	}

	/** The problem with a typed value in this unit, as a message key, or empty when it is a value of the unit. */
	Optional<String> problem(String typed) {
		BigDecimal value = parseNumber(typed);
		if (value == null) {
			return Optional.of("actionplan.error.number." + name());
		}
		if (value.signum() < 0) {
			return Optional.of("actionplan.error.negative");
		}
		if (value.stripTrailingZeros().scale() > decimals) {
			return Optional.of("actionplan.error.decimals." + name());
		}
		if ((max != null && value.compareTo(max) > 0) || value.compareTo(LARGEST) > 0) {
			return Optional.of("actionplan.error.max." + name());
		}
		return Optional.empty();
	}

	/** A value that passed {@link #problem}. */
	BigDecimal parse(String typed) {
		return parseNumber(typed).setScale(decimals, RoundingMode.UNNECESSARY);
	}

	int decimals() {
		return decimals;
	}

	/** Accepts "1 200,5" and "1200.5" (a comma is the decimal sign in Bulgarian and Latvian); else null. */
	static BigDecimal parseNumber(String typed) {
		if (typed == null) {
			return null;
		}
		String plain = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (plain.isEmpty() || !plain.matches("-?\\d{1,16}(\\.\\d{1,6})?")) {
			return null;
		}
		return new BigDecimal(plain);
	}

	static Optional<Unit> of(String name) {
		for (Unit unit : values()) {
			if (unit.name().equals(name)) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}
}
