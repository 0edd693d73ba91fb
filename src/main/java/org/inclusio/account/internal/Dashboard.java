package org.inclusio.account.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.account.AccountSummary;
import org.inclusio.account.LinkedAccounts;
import org.inclusio.shared.web.Amounts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One card per linked account, most urgent first, with what changed since the citizen last looked.
 *
 * <p>The sentences of a card are put together here, in the language of the request, rather than in the template:
 * the page is what a citizen opens most, and every expression a template evaluates costs more than the same work
 * in Java.
 */
@Component
class Dashboard {

	static final int TRANSACTIONS_PER_CARD = 5;

	private final LinkedAccounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MessageSource messages;

	private final Amounts amounts;

	Dashboard(LinkedAccounts accounts, JdbcClient jdbc, Clock clock, MessageSource messages, Amounts amounts) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
		this.amounts = amounts;
	}

	/** A transaction as the card shows it: date and amount written in the page's language. */
	record Transaction(LocalDate bookedOn, BigDecimal amount, String description, boolean isNew, String date,
			String money) {
	}

	record Message(long id, String subject, String body, OffsetDateTime sentAt, boolean isNew) {
	}

	/**
	 * A card: the account, and its sentences in the page's language: the title, what is overdue (null if nothing),
	 * the next payment (null if none is known) and the balance.
	 */
	record Card(AccountSummary account, boolean overdue, List<Transaction> transactions, List<Message> messages,
			int changes, String title, String owes, String nextPayment, String balance) {
	}

	/** The cards; {@code unseen}: some card has something new or was never seen, so this visit is worth remembering. */
	record View(List<Card> cards, int totalChanges, boolean firstVisit, boolean unseen) {
	}

	/** Builds the dashboard in two queries, whatever the number of accounts. */
	View of(long citizenId) {
		List<AccountSummary> summaries = accounts.of(citizenId);
		if (summaries.isEmpty()) {
			return new View(List.of(), 0, true, false);
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Long> linkIds = summaries.stream().map(AccountSummary::linkId).toList();
		Map<Long, OffsetDateTime> lastViewed = new HashMap<>();
		Map<Long, List<Transaction>> transactions = new HashMap<>();
		Map<Long, List<Message>> unread = new HashMap<>();
		// the latest transactions and the unread messages of every card, and when each card was last seen
		jdbc.sql("""
				select l.id, l.last_viewed_at, x.kind, x.id, x.booked_on, x.amount, x.text, x.body, x.sent_at, x.received_at
				from account_link l
				left join account_record r on r.provider_id = l.provider_id and r.reference = l.reference
				left join lateral (
				  (select 1 as kind, t.id, t.booked_on, t.amount, t.description as text, null::varchar as body,
				          null::timestamptz as sent_at, t.received_at
				   from account_transaction t where t.record_id = r.id
				   order by t.booked_on desc, t.id desc limit :limit)
				  union all
				  (select 2, m.id, null::date, null::numeric, m.subject, m.body, m.sent_at, m.received_at
				   from account_message m
				   where m.provider_id = l.provider_id and m.reference = l.reference and m.read_at is null)
				) x on true
				where l.id in (:links)
				order by l.id, x.kind, x.booked_on desc nulls last, x.sent_at desc nulls last, x.id desc
				""")
			.param("limit", TRANSACTIONS_PER_CARD)
			.param("links", linkIds)
			.query(rs -> {
				long link = rs.getLong(1);
				OffsetDateTime viewed = rs.getObject(2, OffsetDateTime.class);
				lastViewed.put(link, viewed);
				int kind = rs.getInt(3);
				if (rs.wasNull()) {
					return;
				}
				OffsetDateTime received = rs.getObject(10, OffsetDateTime.class);
				boolean isNew = viewed != null && received.isAfter(viewed);
				if (kind == 1) {
					transactions.computeIfAbsent(link, k -> new ArrayList<>())
						.add(new Transaction(rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getString(7), isNew,
								null, null));
				}
				else {
					unread.computeIfAbsent(link, k -> new ArrayList<>())
						.add(new Message(rs.getLong(4), rs.getString(7), rs.getString(8),
								rs.getObject(9, OffsetDateTime.class), isNew));
				}
			});
		LocalDate today = LocalDate.now(clock);
		List<Card> cards = new ArrayList<>(summaries.size());
		boolean unseen = false;
		for (AccountSummary account : summaries) {
			List<Transaction> t = transactions.getOrDefault(account.linkId(), List.of()).stream()
				.map(x -> new Transaction(x.bookedOn(), x.amount(), x.description(), x.isNew(), amounts.date(x.bookedOn()),
						amounts.money(x.amount(), account.currency())))
				.toList();
			List<Message> m = unread.getOrDefault(account.linkId(), List.of());
			int changes = (int) (t.stream().filter(Transaction::isNew).count() + m.stream().filter(Message::isNew).count());
			boolean overdue = account.nextDueDate() != null && account.nextDueDate().isBefore(today);
			unseen |= changes > 0 || lastViewed.get(account.linkId()) == null;
			cards.add(new Card(account, overdue, t, m, changes, title(account, locale), owes(account, locale),
					nextPayment(account, overdue, locale),
					message("account.balance", locale, amounts.money(account.balance(), account.currency()))));
		}
		boolean firstVisit = lastViewed.values().stream().allMatch(java.util.Objects::isNull);
		return new View(cards, cards.stream().mapToInt(Card::changes).sum(), firstVisit, unseen);
	}

	private String title(AccountSummary account, Locale locale) {
		return message("account.kind." + account.kind(), locale) + " – " + account.providerName();
	}

	private String owes(AccountSummary account, Locale locale) {
		if (!account.hasArrears()) {
			return null;
		}
		return message("account.owes", locale, amounts.money(account.arrears(), account.currency()),
				message("account.kind.lower." + account.kind(), locale));
	}

	private String nextPayment(AccountSummary account, boolean overdue, Locale locale) {
		if (account.nextDueDate() == null) {
			return null;
		}
		return message(overdue ? "account.nextPayment.overdue" : "account.nextPayment", locale,
				amounts.money(account.nextDueAmount(), account.currency()), amounts.date(account.nextDueDate()));
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
	}

	/**
	 * Remembers this visit, so the next one shows only what is newer. Only the citizen's own visits count, and only
	 * those that showed something new (or a card never seen): looking again changes nothing, and writes nothing.
	 */
	void visited(long citizenId, View view) {
		if (!view.unseen()) {
			return;
		}
		jdbc.sql("update account_link set last_viewed_at = :now where citizen_id = :citizen and status = 'ACTIVE'")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("citizen", citizenId)
			.update();
	}

	boolean markRead(long citizenId, long messageId) {
		return jdbc.sql("""
				update account_message m set read_at = :now
				where m.id = :id and m.read_at is null and exists (
				  select 1 from account_link l where l.citizen_id = :citizen and l.status = 'ACTIVE'
				  and l.provider_id = m.provider_id and l.reference = m.reference)
				""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", messageId)
			.param("citizen", citizenId)
			.update() == 1;
	}
}
