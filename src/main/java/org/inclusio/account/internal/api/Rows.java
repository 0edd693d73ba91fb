package org.inclusio.account.internal.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.inclusio.account.AccountKind;

/** Rows that passed validation, typed, amounts with two decimals. */
final class Rows {

	private Rows() {
	}

	sealed interface Valid permits AccountRow, TransactionRow, MessageRow {

		int row();

		String reference();
	}

	record AccountRow(int row, String reference, AccountKind kind, String currency, BigDecimal balance,
			BigDecimal arrears, LocalDate nextDueDate, BigDecimal nextDueAmount) implements Valid {
	}

	record TransactionRow(int row, String reference, String externalId, LocalDate date, BigDecimal amount,
			String description) implements Valid {
	}

	record MessageRow(int row, String reference, String externalId, String subject, String body,
			OffsetDateTime sentAt) implements Valid {
	}

	/** The rows without problems, and the problems of the others. */
	record Validated(List<Valid> rows, List<RowError> errors) {
	}
}
