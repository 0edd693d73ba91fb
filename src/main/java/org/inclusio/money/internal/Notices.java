package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.inclusio.account.AccountKind;
import org.inclusio.account.AccountSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * In-app reminders and alerts. Only the facts are stored (which account, which amounts and date); the sentence is
 * made in the reader's language when it is shown.
 */
@Repository
class Notices {

	static final int SHOWN = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	enum Kind {
		/** A payment is due within the citizen's chosen number of days. */
		DUE_SOON,
		/** The overdue amount of an account went up since the last check. */
		ARREARS_UP
	}

	record Notice(long id, Kind kind, String providerName, AccountKind accountKind, BigDecimal amount,
			BigDecimal previousAmount, String currency, LocalDate dueDate, OffsetDateTime createdAt) {
	}

	void add(long tenantId, long citizenId, Kind kind, AccountSummary account, BigDecimal amount,
			BigDecimal previousAmount) {
		jdbc.sql("""
				insert into money_notice (tenant_id, citizen_id, kind, link_id, provider_name, account_kind, amount,
				                          previous_amount, currency, due_date, created_at)
				values (:tenant, :citizen, :kind, :link, :provider, :accountKind, :amount, :previous, :currency, :due, :now)
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("kind", kind.name())
			.param("link", account.linkId())
			.param("provider", account.providerName())
			.param("accountKind", account.kind().name())
			.param("amount", amount)
			.param("previous", previousAmount)
			.param("currency", account.currency())
			.param("due", kind == Kind.DUE_SOON ? account.nextDueDate() : null)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The newest unread ones, newest first. */
	List<Notice> unread(long tenantId, long citizenId) {
		return jdbc.sql("""
				select id, kind, provider_name, account_kind, amount, previous_amount, currency, due_date, created_at
				from money_notice where tenant_id = :tenant and citizen_id = :citizen and read_at is null
				order by created_at desc, id desc limit :limit
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("limit", SHOWN)
			.query((rs, n) -> new Notice(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
					AccountKind.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
					rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

	boolean markRead(long tenantId, long citizenId, long id) {
		return jdbc.sql("""
				update money_notice set read_at = :now
				where id = :id and tenant_id = :tenant and citizen_id = :citizen and read_at is null
				""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.update() == 1;
	}

	int markAllRead(long tenantId, long citizenId) {
		return jdbc.sql("update money_notice set read_at = :now where tenant_id = :tenant and citizen_id = :citizen and read_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.update();
	}

	/** Retention: read notices go after 90 days, unread ones after a year. */
	int forgetOld() {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		return jdbc.sql("delete from money_notice where read_at < :read or created_at < :any")
			.param("read", now.minusDays(90))
			.param("any", now.minusDays(365))
			.update();
	}
}
