package org.inclusio.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a citizen's linked account says now: enough for the dashboard, the budget planner and reminders. */
public record AccountSummary(long linkId, long providerId, String providerName, String reference, AccountKind kind,
		String currency, BigDecimal balance, BigDecimal arrears, LocalDate nextDueDate, BigDecimal nextDueAmount) {

	public boolean hasArrears() {
		return arrears != null && arrears.signum() > 0;
	}
}
