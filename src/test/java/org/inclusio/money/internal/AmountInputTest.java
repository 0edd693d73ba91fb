package org.inclusio.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountInputTest {

	@Test
	void acceptsTheWaysPeopleWriteAmounts() {
		assertThat(amount("12,50")).isEqualByComparingTo("12.50");
		assertThat(amount("12.50")).isEqualByComparingTo("12.50");
		assertThat(amount(" 1 200,5 ")).isEqualByComparingTo("1200.50");
		assertThat(amount("1\u00a0200")).isEqualByComparingTo("1200");
		assertThat(amount("45 лв.")).isEqualByComparingTo("45");
		assertThat(amount("€9")).isEqualByComparingTo("9");
		assertThat(amount(",50")).isEqualByComparingTo("0.50");
		assertThat(amount("1000000")).isEqualByComparingTo("1000000");
		assertThat(((AmountInput.Amount) AmountInput.parse("7")).value().scale()).isEqualTo(2);
	}

	@Test
	void saysWhatIsWrong() {
		assertThat(AmountInput.parse(null)).isEqualTo(AmountInput.Problem.REQUIRED);
		assertThat(AmountInput.parse("  ")).isEqualTo(AmountInput.Problem.REQUIRED);
		assertThat(AmountInput.parse("abc")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("12,505")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("1,200.50")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("12.")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("1e5")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("NaN")).isEqualTo(AmountInput.Problem.INVALID);
		assertThat(AmountInput.parse("-5")).isEqualTo(AmountInput.Problem.NEGATIVE);
		assertThat(AmountInput.parse("\u22125,00")).isEqualTo(AmountInput.Problem.NEGATIVE);
		assertThat(AmountInput.parse("0")).isEqualTo(AmountInput.Problem.ZERO);
		assertThat(AmountInput.parse("0,00")).isEqualTo(AmountInput.Problem.ZERO);
		assertThat(AmountInput.parse("1000000.01")).isEqualTo(AmountInput.Problem.TOO_LARGE);
		assertThat(AmountInput.parse("99999999999999999999")).isEqualTo(AmountInput.Problem.TOO_LARGE);
		assertThat(AmountInput.parse("9".repeat(50))).isEqualTo(AmountInput.Problem.INVALID);
	}

	private static BigDecimal amount(String typed) {
		AmountInput.Result result = AmountInput.parse(typed);
		assertThat(result).as(typed).isInstanceOf(AmountInput.Amount.class);
		return ((AmountInput.Amount) result).value();
	}
}
