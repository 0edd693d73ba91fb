package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inclusio.account.AccountKind;
import org.inclusio.account.AccountSummary;
import org.inclusio.account.LinkedAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A citizen's monthly budget: what they typed in, plus the bills and debts of their linked accounts (monthly
 * payment = the next amount due), priority debts first, and what is left. One currency per budget.
 */
@Component
class Budget {

	private final BudgetLines lines;

	private final LinkedAccounts accounts;

	private final String defaultCurrency;

	Budget(BudgetLines lines, LinkedAccounts accounts,
			@Value("${inclusio.money.default-currency:BGN}") String defaultCurrency) {
		this.lines = lines;
		this.accounts = accounts;
		this.defaultCurrency = defaultCurrency;
	}

	/** Where the budget's currency comes from, so the page can say so. */
	enum CurrencySource {
		ACCOUNTS, LINES, DEFAULT
	}

	/**
	 * One line of the budget. A typed line has a lineId; a linked account has a linkId, its overdue amount and next
	 * due date. Amounts in another currency than the budget's are shown but not counted.
	 */
	record Entry(Long lineId, Long linkId, String label, AccountKind kind, BigDecimal monthly, BigDecimal arrears,
			LocalDate nextDueDate, String currency, boolean counted) {

		public boolean linked() {
			return linkId != null;
		}

		public boolean priority() {
			return kind != null && kind.isPriorityDebt();
		}

		public boolean hasArrears() {
			return arrears != null && arrears.signum() > 0;
		}
	}

	record View(String currency, CurrencySource currencySource, List<Entry> income, List<Entry> essentials,
			List<Entry> priorityDebts, List<Entry> otherDebts, BigDecimal totalIncome, BigDecimal totalEssentials,
			BigDecimal totalDebts, BigDecimal balance) {

		public boolean shortfall() {
			return balance.signum() < 0;
		}

		public boolean anyUncounted() {
			return all().anyMatch(e -> !e.counted());
		}

		/** Linked accounts with an overdue amount in the budget's currency: what "what if" can work with. */
		public List<Entry> withArrears() {
			return all().filter(e -> e.linked() && e.hasArrears() && e.counted()).toList();
		}

		public boolean isEmpty() {
			return all().findAny().isEmpty();
		}

		private java.util.stream.Stream<Entry> all() {
			return java.util.stream.Stream.of(income, essentials, priorityDebts, otherDebts).flatMap(List::stream);
		}
	}

	private static final Comparator<Entry> PRIORITY = Comparator.comparing(Entry::kind)
		.thenComparing(e -> !e.linked())
		.thenComparing(Entry::label, String.CASE_INSENSITIVE_ORDER);

	View of(long tenantId, long citizenId) {
		List<AccountSummary> linked = accounts.of(citizenId);
		List<BudgetLines.Line> typed = lines.of(tenantId, citizenId);
		CurrencySource source = linked.isEmpty() ? (typed.isEmpty() ? CurrencySource.DEFAULT : CurrencySource.LINES)
				: CurrencySource.ACCOUNTS;
		String currency = currency(linked, typed);

		List<Entry> income = new ArrayList<>();
		List<Entry> essentials = new ArrayList<>();
		List<Entry> debts = new ArrayList<>();
		for (BudgetLines.Line line : typed) {
			Entry entry = new Entry(line.id(), null, line.label(), line.debtKind(), line.amount(), null, null,
					line.currency(), currency.equals(line.currency()));
			switch (line.section()) {
				case INCOME -> income.add(entry);
				case ESSENTIAL -> essentials.add(entry);
				case DEBT -> debts.add(entry);
			}
		}
		for (AccountSummary account : linked) {
			debts.add(new Entry(null, account.linkId(), account.providerName(), account.kind(),
					account.nextDueAmount(), account.arrears(), account.nextDueDate(), account.currency(),
					currency.equals(account.currency())));
		}
		debts.sort(PRIORITY);
		BigDecimal totalIncome = total(income);
		BigDecimal totalEssentials = total(essentials);
		BigDecimal totalDebts = total(debts);
		return new View(currency, source, List.copyOf(income), List.copyOf(essentials),
				debts.stream().filter(Entry::priority).toList(), debts.stream().filter(e -> !e.priority()).toList(),
				totalIncome, totalEssentials, totalDebts, totalIncome.subtract(totalEssentials).subtract(totalDebts));
	}

	/** The currency new lines are typed in: the one most of the linked accounts use, else the one used so far. */
	String currencyOf(long tenantId, long citizenId) {
		return currency(accounts.of(citizenId), lines.of(tenantId, citizenId));
	}

	private String currency(List<AccountSummary> linked, List<BudgetLines.Line> typed) {
		if (!linked.isEmpty()) {
			Map<String, Long> counts = linked.stream()
				.collect(Collectors.groupingBy(AccountSummary::currency, java.util.LinkedHashMap::new, Collectors.counting()));
			return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}
		if (!typed.isEmpty()) {
			return typed.getFirst().currency();
		}
		return defaultCurrency;
	}

	private static BigDecimal total(List<Entry> entries) {
		return entries.stream()
			.filter(Entry::counted)
			.map(Entry::monthly)
			.filter(java.util.Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
	}
}
