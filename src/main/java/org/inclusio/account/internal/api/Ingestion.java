package org.inclusio.account.internal.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.inclusio.account.internal.ProviderDataLock;
import org.inclusio.account.internal.api.Rows.AccountRow;
import org.inclusio.account.internal.api.Rows.MessageRow;
import org.inclusio.account.internal.api.Rows.TransactionRow;
import org.inclusio.account.internal.api.Rows.Valid;
import org.inclusio.account.internal.api.Rows.Validated;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what a provider sends, for the API and the CSV upload alike. A batch is validated as a whole first;
 * data is accepted only for references a citizen has linked with consent that is neither revoked nor expired;
 * then everything is written with a few set-based statements in one transaction (never a half-written batch).
 *
 * <p>Re-sending is harmless: accounts are upserted and left alone when nothing changed; transactions and
 * messages are inserted with {@code ON CONFLICT DO NOTHING} and a row already stored with the same external id is
 * compared: the same content is "unchanged", different content is a row error. Two identical batches at the same
 * time wait for each other on the unique keys (rows are written in key order, so they cannot deadlock) and end
 * with one copy and no error.
 *
 * <p>A batch holds the provider's {@link ProviderDataLock} (shared) until it commits, so a citizen revoking consent
 * meanwhile waits for the batch and then deletes what it stored; after the revocation nothing more is accepted.
 *
 * <p>Transactions come in large numbers, so their path is kept lean: rows are sent to PostgreSQL as binary arrays
 * (ids, epoch days, cents, text) in one {@code INSERT ... SELECT FROM unnest(...)}, and only when some rows were
 * already there (a re-sent batch) are the stored rows read back and compared.
 */
@Service
class Ingestion {

	enum Mode {
		/** Any bad row: nothing is stored (422). */
		ALL_OR_NOTHING,
		/** Good rows are stored, bad ones reported. */
		PARTIAL,
		/** Nothing is stored; says what would happen (the CSV preview). */
		DRY_RUN
	}

	enum State {
		NEW, CHANGED, UNCHANGED
	}

	/** A row that can be stored, and what storing it does. */
	record Planned(Valid row, State state) {
	}

	/** Who sent the batch, for the audit log. */
	record Source(long tenantId, String action, String via) {
	}

	record Outcome(int received, int accepted, int created, int updated, int unchanged, List<RowError> errors,
			boolean rejected, boolean alreadyDone, List<Planned> planned) {

		static Outcome rejected(int received, List<RowError> errors) {
			return new Outcome(received, 0, 0, 0, 0, sorted(errors), true, false, List.of());
		}
	}

	private final RowValidator validator;

	private final JdbcClient jdbc;

	private final JdbcTemplate plain;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	Ingestion(RowValidator validator, JdbcClient jdbc, JdbcTemplate plain, AuditLog audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.validator = validator;
		this.jdbc = jdbc;
		this.plain = plain;
		this.audit = audit;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	Outcome ingest(long providerId, Dataset dataset, List<RawRow> rows, Dialect dialect, Mode mode, Source source) {
		return ingest(providerId, dataset, rows, dialect, mode, source, null);
	}

	/**
	 * @param claim run first in the batch's transaction (e.g. marking an upload as committed); when it answers
	 *     false nothing is done and the outcome says {@code alreadyDone}
	 */
	Outcome ingest(long providerId, Dataset dataset, List<RawRow> rows, Dialect dialect, Mode mode, Source source,
			BooleanSupplier claim) {
		Validated validated = validator.validate(dataset, rows, dialect);
		TransactionTemplate template = mode == Mode.DRY_RUN ? reading : writing;
		return template.execute(status -> {
			if (claim != null && !claim.getAsBoolean()) {
				return new Outcome(rows.size(), 0, 0, 0, 0, List.of(), false, true, List.of());
			}
			return inTransaction(providerId, dataset, rows.size(), validated, mode, source, status);
		});
	}

	private Outcome inTransaction(long providerId, Dataset dataset, int received, Validated validated, Mode mode,
			Source source, TransactionStatus status) {
		List<RowError> errors = new ArrayList<>(validated.errors());
		Map<String, Long> linked = linked(providerId, validated.rows(), mode != Mode.DRY_RUN);
		List<Valid> storable = new ArrayList<>(validated.rows().size());
		for (Valid row : validated.rows()) {
			if (!linked.containsKey(row.reference())) {
				errors.add(new RowError(row.row(), Field.REFERENCE, "NOT_LINKED"));
			}
			else if (dataset == Dataset.TRANSACTIONS && linked.get(row.reference()) == null) {
				errors.add(new RowError(row.row(), Field.REFERENCE, "NO_ACCOUNT"));
			}
			else {
				storable.add(row);
			}
		}
		if (mode == Mode.ALL_OR_NOTHING && !errors.isEmpty()) {
			// nothing will be written; still report every problem at once, conflicts with stored rows too
			plan(providerId, dataset, storable, linked, Mode.DRY_RUN, errors);
			status.setRollbackOnly(); // the claim too
			return Outcome.rejected(received, errors);
		}
		List<Planned> planned = plan(providerId, dataset, storable, linked, mode, errors);
		if (mode == Mode.ALL_OR_NOTHING && !errors.isEmpty()) {
			status.setRollbackOnly();
			return Outcome.rejected(received, errors);
		}
		int created = count(planned, State.NEW);
		int updated = count(planned, State.CHANGED);
		int unchanged = count(planned, State.UNCHANGED);
		if (mode != Mode.DRY_RUN) {
			audit.record(source.tenantId(), SignedInUser.current().orElse(null), source.action(), "provider", providerId,
					abbreviate("%s via %s: %d received, %d accepted (%d new, %d changed, %d unchanged), %d errors"
						.formatted(dataset.key(), source.via(), received, planned.size(), created, updated, unchanged,
								errors.size())));
		}
		return new Outcome(received, planned.size(), created, updated, unchanged, sorted(errors), false, false,
				mode == Mode.DRY_RUN ? planned : List.of());
	}

	private List<Planned> plan(long providerId, Dataset dataset, List<Valid> rows, Map<String, Long> linked, Mode mode,
			List<RowError> errors) {
		return switch (dataset) {
			case ACCOUNTS -> accounts(providerId, rows, mode);
			case TRANSACTIONS -> transactions(rows, linked, mode, errors);
			case MESSAGES -> messages(providerId, rows, mode, errors);
		};
	}

	/**
	 * The references among the rows that have an active link with valid consent, each with the id of its account
	 * record if the provider sent one. When writing, first takes the provider's lock (see the class comment).
	 */
	private Map<String, Long> linked(long providerId, List<Valid> rows, boolean lock) {
		Set<String> references = new LinkedHashSet<>();
		rows.forEach(row -> references.add(row.reference()));
		Map<String, Long> linked = new HashMap<>();
		if (references.isEmpty()) {
			return linked;
		}
		if (lock) {
			ProviderDataLock.shared(jdbc, providerId);
		}
		plain.query("""
				select l.reference, r.id
				from account_link l
				join account_consent c on c.id = l.consent_id and c.revoked_at is null and c.expires_at > ?
				left join account_record r on r.provider_id = l.provider_id and r.reference = l.reference
				where l.provider_id = ? and l.status = 'ACTIVE' and l.reference = any(?::text[])
				""", ps -> {
			ps.setObject(1, now());
			ps.setLong(2, providerId);
			ps.setObject(3, references.toArray(String[]::new)); // a binary text[]: no escaping
		}, rs -> {
			String reference = rs.getString(1);
			long record = rs.getLong(2);
			boolean noRecord = rs.wasNull();
			if (!noRecord || !linked.containsKey(reference)) {
				linked.put(reference, noRecord ? null : record);
			}
		});
		return linked;
	}

	// ---- accounts ----

	private List<Planned> accounts(long providerId, List<Valid> rows, Mode mode) {
		List<AccountRow> accounts = rows.stream().map(AccountRow.class::cast).toList();
		if (accounts.isEmpty()) {
			return List.of();
		}
		if (mode == Mode.DRY_RUN) {
			Map<String, AccountRow> existing = new HashMap<>();
			jdbc.sql("""
					select reference, kind, currency, balance, arrears, next_due_date, next_due_amount from account_record
					where provider_id = :provider and reference = any(cast(:references as text[]))
					""")
				.param("provider", providerId)
				.param("references", texts(accounts.stream().map(AccountRow::reference).toList()))
				.query(rs -> {
					existing.put(rs.getString(1), new AccountRow(0, rs.getString(1),
							org.inclusio.account.AccountKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4),
							rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7)));
				});
			return accounts.stream().map(row -> {
				AccountRow old = existing.get(row.reference());
				State state = old == null ? State.NEW : sameAccount(old, row) ? State.UNCHANGED : State.CHANGED;
				return new Planned(row, state);
			}).toList();
		}
		Map<String, Boolean> written = new HashMap<>();
		jdbc.sql("""
				insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date,
				                            next_due_amount, updated_at)
				select :provider, u.reference, u.kind, u.currency, cast(u.balance as numeric), cast(u.arrears as numeric),
				       cast(u.next_due_date as date), cast(u.next_due_amount as numeric), :now
				from unnest(cast(:reference as text[]), cast(:kind as text[]), cast(:currency as text[]),
				            cast(:balance as text[]), cast(:arrears as text[]), cast(:nextDueDate as text[]),
				            cast(:nextDueAmount as text[]))
				     as u(reference, kind, currency, balance, arrears, next_due_date, next_due_amount)
				order by u.reference
				on conflict (provider_id, reference) do update set
				  kind = excluded.kind, currency = excluded.currency, balance = excluded.balance,
				  arrears = excluded.arrears, next_due_date = excluded.next_due_date,
				  next_due_amount = excluded.next_due_amount, updated_at = excluded.updated_at
				where (account_record.kind, account_record.currency, account_record.balance, account_record.arrears,
				       account_record.next_due_date, account_record.next_due_amount)
				      is distinct from (excluded.kind, excluded.currency, excluded.balance, excluded.arrears,
				                        excluded.next_due_date, excluded.next_due_amount)
				returning reference, (xmax = 0) as inserted
				""")
			.param("provider", providerId)
			.param("now", now())
			.param("reference", texts(accounts, AccountRow::reference))
			.param("kind", texts(accounts, a -> a.kind().name()))
			.param("currency", texts(accounts, AccountRow::currency))
			.param("balance", texts(accounts, a -> a.balance().toPlainString()))
			.param("arrears", texts(accounts, a -> a.arrears().toPlainString()))
			.param("nextDueDate", texts(accounts, a -> a.nextDueDate() == null ? null : a.nextDueDate().toString()))
			.param("nextDueAmount", texts(accounts, a -> a.nextDueAmount() == null ? null : a.nextDueAmount().toPlainString()))
			.query(rs -> {
				written.put(rs.getString(1), rs.getBoolean(2));
			});
		return accounts.stream().map(row -> {
			Boolean inserted = written.get(row.reference());
			return new Planned(row, inserted == null ? State.UNCHANGED : inserted ? State.NEW : State.CHANGED);
		}).toList();
	}

	private static boolean sameAccount(AccountRow a, AccountRow b) {
		return a.kind() == b.kind() && a.currency().equals(b.currency()) && sameAmount(a.balance(), b.balance())
				&& sameAmount(a.arrears(), b.arrears()) && Objects.equals(a.nextDueDate(), b.nextDueDate())
				&& sameAmount(a.nextDueAmount(), b.nextDueAmount());
	}

	// ---- transactions ----

	private record TransactionKey(long record, String externalId) {
	}

	/** A stored transaction, and whether this very transaction inserted it. */
	private record StoredTransaction(LocalDate date, BigDecimal amount, String description, boolean insertedNow) {
	}

	private static final Comparator<Keyed> KEY_ORDER = Comparator.comparingLong(Keyed::record)
		.thenComparing(k -> k.row().externalId());

	private record Keyed(long record, TransactionRow row) {
	}

	private List<Planned> transactions(List<Valid> rows, Map<String, Long> linked, Mode mode, List<RowError> errors) {
		int n = rows.size();
		if (n == 0) {
			return List.of();
		}
		// in key order: two batches with common rows lock them in the same order, so they cannot deadlock
		Keyed[] keyed = new Keyed[n];
		for (int i = 0; i < n; i++) {
			TransactionRow row = (TransactionRow) rows.get(i);
			keyed[i] = new Keyed(linked.get(row.reference()), row);
		}
		Arrays.sort(keyed, KEY_ORDER);
		long[] record = new long[n];
		String[] externalId = new String[n];
		for (int i = 0; i < n; i++) {
			record[i] = keyed[i].record();
			externalId[i] = keyed[i].row().externalId();
		}
		int inserted = 0;
		if (mode != Mode.DRY_RUN) {
			int[] day = new int[n];
			long[] cents = new long[n];
			String[] description = new String[n];
			for (int i = 0; i < n; i++) {
				TransactionRow row = keyed[i].row();
				day[i] = Math.toIntExact(row.date().toEpochDay());
				cents[i] = row.amount().movePointRight(2).longValueExact(); // two decimals, at most 10 million
				description[i] = row.description();
			}
			inserted = plain.update("""
					insert into account_transaction (record_id, external_id, booked_on, amount, description, received_at)
					select u.record_id, u.external_id, date '1970-01-01' + u.day, u.cents * 0.01, u.description, ?
					from unnest(?::bigint[], ?::text[], ?::integer[], ?::bigint[], ?::text[])
					     with ordinality as u(record_id, external_id, day, cents, description, n)
					order by u.n
					on conflict (record_id, external_id) do nothing
					""", ps -> {
				ps.setObject(1, now());
				ps.setObject(2, record);
				ps.setObject(3, externalId);
				ps.setObject(4, day);
				ps.setObject(5, cents);
				ps.setObject(6, description);
			});
		}
		List<Planned> planned = new ArrayList<>(n);
		if (inserted == n) { // the usual case: every row is new
			for (Valid row : rows) {
				planned.add(new Planned(row, State.NEW));
			}
			return planned;
		}
		// some rows were there already (or, in a dry run, may be): compare them with what is stored
		Map<TransactionKey, StoredTransaction> stored = new HashMap<>();
		plain.query("""
				select t.record_id, t.external_id, t.booked_on, t.amount, t.description,
				       coalesce(t.xmin = pg_current_xact_id_if_assigned()::xid, false)
				from unnest(?::bigint[], ?::text[]) as k(record_id, external_id)
				join account_transaction t on t.record_id = k.record_id and t.external_id = k.external_id
				""", ps -> {
			ps.setObject(1, record);
			ps.setObject(2, externalId);
		}, rs -> {
			stored.put(new TransactionKey(rs.getLong(1), rs.getString(2)), new StoredTransaction(
					rs.getObject(3, LocalDate.class), rs.getBigDecimal(4), rs.getString(5), rs.getBoolean(6)));
		});
		for (Valid valid : rows) {
			TransactionRow row = (TransactionRow) valid;
			StoredTransaction old = stored.get(new TransactionKey(linked.get(row.reference()), row.externalId()));
			if (old == null || old.insertedNow()) {
				planned.add(new Planned(row, State.NEW)); // stored now, or (in a dry run) would be
			}
			else if (old.date().equals(row.date()) && sameAmount(old.amount(), row.amount())
					&& old.description().equals(row.description())) {
				planned.add(new Planned(row, State.UNCHANGED));
			}
			else {
				errors.add(new RowError(row.row(), Field.EXTERNAL_ID, "DUPLICATE_DIFFERENT"));
			}
		}
		return planned;
	}

	// ---- messages ----

	private List<Planned> messages(long providerId, List<Valid> rows, Mode mode, List<RowError> errors) {
		List<MessageRow> messages = rows.stream().map(MessageRow.class::cast).toList();
		if (messages.isEmpty()) {
			return List.of();
		}
		Set<String> inserted = new HashSet<>();
		if (mode != Mode.DRY_RUN) {
			jdbc.sql("""
					insert into account_message (provider_id, reference, external_id, subject, body, sent_at, received_at)
					select :provider, u.reference, u.external_id, u.subject, u.body, cast(u.sent_at as timestamptz), :now
					from unnest(cast(:reference as text[]), cast(:externalId as text[]), cast(:subject as text[]),
					            cast(:body as text[]), cast(:sentAt as text[]))
					     as u(reference, external_id, subject, body, sent_at)
					order by u.external_id
					on conflict (provider_id, external_id) do nothing
					returning external_id
					""")
				.param("provider", providerId)
				.param("now", now())
				.param("reference", texts(messages, MessageRow::reference))
				.param("externalId", texts(messages, MessageRow::externalId))
				.param("subject", texts(messages, MessageRow::subject))
				.param("body", texts(messages, MessageRow::body))
				.param("sentAt", texts(messages, m -> m.sentAt().toString()))
				.query(rs -> {
					inserted.add(rs.getString(1));
				});
		}
		List<String> toCompare = messages.stream().map(MessageRow::externalId).filter(id -> !inserted.contains(id)).toList();
		Map<String, MessageRow> existing = new HashMap<>();
		if (!toCompare.isEmpty()) {
			jdbc.sql("""
					select external_id, reference, subject, body, sent_at from account_message
					where provider_id = :provider and external_id = any(cast(:externalId as text[]))
					""")
				.param("provider", providerId)
				.param("externalId", texts(toCompare))
				.query(rs -> {
					existing.put(rs.getString(1), new MessageRow(0, rs.getString(2), rs.getString(1), rs.getString(3),
							rs.getString(4), rs.getObject(5, OffsetDateTime.class)));
				});
		}
		List<Planned> planned = new ArrayList<>(messages.size());
		for (MessageRow row : messages) {
			if (inserted.contains(row.externalId())) {
				planned.add(new Planned(row, State.NEW));
				continue;
			}
			MessageRow old = existing.get(row.externalId());
			if (old == null) {
				planned.add(new Planned(row, State.NEW));
			}
			else if (old.reference().equals(row.reference()) && old.subject().equals(row.subject())
					&& old.body().equals(row.body()) && old.sentAt().toInstant().equals(row.sentAt().toInstant())) {
				planned.add(new Planned(row, State.UNCHANGED));
			}
			else {
				errors.add(new RowError(row.row(), Field.EXTERNAL_ID, "DUPLICATE_DIFFERENT"));
			}
		}
		return planned;
	}

	// ---- helpers ----

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static int count(List<Planned> planned, State state) {
		return (int) planned.stream().filter(p -> p.state() == state).count();
	}

	private static List<RowError> sorted(List<RowError> errors) {
		List<RowError> copy = new ArrayList<>(errors);
		copy.sort(RowValidator.ORDER);
		return List.copyOf(copy);
	}

	private static String abbreviate(String text) {
		return text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static SqlArrayValue texts(java.util.Collection<String> values) {
		return new SqlArrayValue("text", values.toArray());
	}

	private static <T> SqlArrayValue texts(List<T> rows, Function<T, String> value) {
		Object[] values = new Object[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = value.apply(rows.get(i));
		}
		return new SqlArrayValue("text", values);
	}
}
