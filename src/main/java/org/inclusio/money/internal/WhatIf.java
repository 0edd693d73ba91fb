package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * "If I pay X more each month": how many months until an overdue amount is paid off, by which month, and what is
 * left of the monthly budget then.
 */
record WhatIf(BigDecimal arrears, BigDecimal extra, int months, YearMonth clearedBy, BigDecimal balanceNow,
		BigDecimal balanceAfter) {

	/** Beyond this many months the page says "more than 10 years" rather than a date. */
	static final int LONGEST = 120;

	static WhatIf of(BigDecimal arrears, BigDecimal extra, BigDecimal balanceNow, YearMonth thisMonth) {
		int months = monthsToClear(arrears, extra);
		return new WhatIf(arrears, extra, months, thisMonth.plusMonths(months), balanceNow, balanceNow.subtract(extra));
	}

	/** ceil(arrears / extra): paying 35 a month off 120 takes 4 months. */
	static int monthsToClear(BigDecimal arrears, BigDecimal extra) {
		if (extra.signum() <= 0) {
			throw new IllegalArgumentException("The extra amount must be more than 0");
		}
		if (arrears.signum() <= 0) {
			return 0;
		}
		BigDecimal months = arrears.divide(extra, 0, RoundingMode.CEILING);
		return months.compareTo(BigDecimal.valueOf(LONGEST + 1)) > 0 ? LONGEST + 1 : months.intValueExact();
	}

	public boolean tooLong() {
		return months > LONGEST;
	}

	public boolean leavesTooLittle() {
		return balanceAfter.signum() < 0;
	}
}
