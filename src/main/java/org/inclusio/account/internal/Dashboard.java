package org.inclusio.account.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.account.AccountSummary;
import org.inclusio.account.LinkedAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One card per linked account, most urgent first, with what changed since the citizen last looked. */
@Component
class Dashboard {

	static final int TRANSACTIONS_PER_CARD = 5;

	private final LinkedAccounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Dashboard(LinkedAccounts accounts, JdbcClient jdbc, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Transaction(LocalDate bookedOn, BigDecimal amount, String description, boolean isNew) {
	}

	record Message(long id, String subject, String body, OffsetDateTime sentAt, boolean isNew) {
	}

	record Card(AccountSummary account, boolean overdue, List<Transaction> transactions, List<Message> messages,
			int changes) {
	}

	record View(List<Card> cards, int totalChanges, boolean firstVisit) {
	}

	/** Builds the dashboard in three queries, whatever the number of accounts. */
	View of(long citizenId) {
		List<AccountSummary> summaries = accounts.of(citizenId);
		if (summaries.isEmpty()) {
			return new View(List.of(), 0, true);
		}
		List<Long> linkIds = summaries.stream().map(AccountSummary::linkId).toList();
		Map<Long, OffsetDateTime> lastViewed = new LinkedHashMap<>();
		Map<Long, List<Transaction>> transactions = new LinkedHashMap<>();
		jdbc.sql("""
				select l.id, l.last_viewed_at, t.booked_on, t.amount, t.description, t.received_at
				from account_link l
				join account_record r on r.provider_id = l.provider_id and r.reference = l.reference
				cross join lateral (select booked_on, amount, description, received_at from account_transaction
				                    where record_id = r.id order by booked_on desc, id desc limit :limit) t
				where l.id in (:links)
				""")
			.param("limit", TRANSACTIONS_PER_CARD)
			.param("links", linkIds)
			.query(rs -> {
				long link = rs.getLong(1);
				OffsetDateTime viewed = rs.getObject(2, OffsetDateTime.class);
				OffsetDateTime received = rs.getObject(6, OffsetDateTime.class);
				transactions.computeIfAbsent(link, k -> new ArrayList<>())
					.add(new Transaction(rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5),
							viewed != null && received.isAfter(viewed)));
			});
		Map<Long, List<Message>> messages = new LinkedHashMap<>();
		jdbc.sql("""
				select l.id, l.last_viewed_at, m.id, m.subject, m.body, m.sent_at, m.received_at
				from account_link l
				join account_message m on m.provider_id = l.provider_id and m.reference = l.reference
				where l.id in (:links) and m.read_at is null
				order by m.sent_at desc
				""")
			.param("links", linkIds)
			.query(rs -> {
				OffsetDateTime viewed = rs.getObject(2, OffsetDateTime.class);
				messages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Message(rs.getLong(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
							viewed != null && rs.getObject(7, OffsetDateTime.class).isAfter(viewed)));
			});
		jdbc.sql("select id, last_viewed_at from account_link where id in (:links)")
			.param("links", linkIds)
			.query(rs -> {
				lastViewed.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
			});
		LocalDate today = LocalDate.now(clock);
		List<Card> cards = summaries.stream().map(summary -> {
			List<Transaction> t = transactions.getOrDefault(summary.linkId(), List.of());
			List<Message> m = messages.getOrDefault(summary.linkId(), List.of());
			int changes = (int) (t.stream().filter(Transaction::isNew).count() + m.stream().filter(Message::isNew).count());
			boolean overdue = summary.nextDueDate() != null && summary.nextDueDate().isBefore(today);
			return new Card(summary, overdue, t, m, changes);
		}).toList();
		boolean firstVisit = lastViewed.values().stream().allMatch(java.util.Objects::isNull);
		return new View(cards, cards.stream().mapToInt(Card::changes).sum(), firstVisit);
	}

	/** Remembers this visit, so the next one shows only what is newer. Only the citizen's own visits count. */
	void visited(long citizenId) {
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
