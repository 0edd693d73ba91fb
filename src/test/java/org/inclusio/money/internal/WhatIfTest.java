package org.inclusio.money.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WhatIfTest {

	@Test
	void monthsAreRoundedUp() {
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("35.00"))).isEqualTo(4);
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("40.00"))).isEqualTo(3);
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("40.01"))).isEqualTo(3);
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("39.99"))).isEqualTo(4);
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("500"))).isEqualTo(1);
		assertThat(WhatIf.monthsToClear(new BigDecimal("0.01"), new BigDecimal("0.01"))).isEqualTo(1);
		assertThat(WhatIf.monthsToClear(BigDecimal.ZERO, BigDecimal.ONE)).isZero();
	}

	@Test
	void theDateAndTheBalanceFollow() {
		WhatIf result = WhatIf.of(new BigDecimal("120.00"), new BigDecimal("35.00"), new BigDecimal("274.10"),
				YearMonth.of(2026, 11));
		assertThat(result.months()).isEqualTo(4);
		assertThat(result.clearedBy()).isEqualTo(YearMonth.of(2027, 3));
		assertThat(result.balanceAfter()).isEqualByComparingTo("239.10");
		assertThat(result.leavesTooLittle()).isFalse();
		assertThat(result.tooLong()).isFalse();

		WhatIf tight = WhatIf.of(new BigDecimal("120.00"), new BigDecimal("30.00"), new BigDecimal("20.00"),
				YearMonth.of(2026, 11));
		assertThat(tight.balanceAfter()).isEqualByComparingTo("-10.00");
		assertThat(tight.leavesTooLittle()).isTrue();
	}

	@Test
	void aTinyAmountTakesTooLongAndNothingIsNotAnAmount() {
		WhatIf slow = WhatIf.of(new BigDecimal("5000.00"), new BigDecimal("1.00"), BigDecimal.TEN, YearMonth.of(2026, 1));
		assertThat(slow.tooLong()).isTrue();
		assertThat(WhatIf.monthsToClear(new BigDecimal("120.00"), new BigDecimal("120.00").divide(BigDecimal.valueOf(120))))
			.isEqualTo(120);
		assertThat(WhatIf.of(new BigDecimal("120.00"), new BigDecimal("1.00"), BigDecimal.TEN, YearMonth.of(2026, 1))
			.tooLong()).isFalse();
		assertThatThrownBy(() -> WhatIf.monthsToClear(BigDecimal.TEN, BigDecimal.ZERO))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
