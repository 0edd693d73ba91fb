package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.inclusio.account.AccountKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines a citizen typed into their budget; always read and written for one citizen of one municipality. */
@Repository
class BudgetLines {

	/** Enough for any household; stops a runaway form from filling the table. */
	static final int MAX_PER_SECTION = 40;

	private final JdbcClient jdbc;

	private final Clock clock;

	BudgetLines(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Line(long id, Section section, String label, AccountKind debtKind, BigDecimal amount, String currency) {
	}

	List<Line> of(long tenantId, long citizenId) {
		return jdbc.sql("""
				select id, section, label, debt_kind, amount, currency from money_budget_line
				where tenant_id = :tenant and citizen_id = :citizen order by id
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query((rs, n) -> new Line(rs.getLong(1), Section.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4) == null ? null : AccountKind.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					rs.getString(6)))
			.list();
	}

	int count(long tenantId, long citizenId, Section section) {
		return jdbc.sql("select count(*) from money_budget_line where tenant_id = :tenant and citizen_id = :citizen and section = :section")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("section", section.name())
			.query(Integer.class)
			.single();
	}

	long add(long tenantId, long citizenId, Section section, String label, AccountKind debtKind, BigDecimal amount,
			String currency) {
		return jdbc.sql("""
				insert into money_budget_line (tenant_id, citizen_id, section, label, debt_kind, amount, currency, created_at)
				values (:tenant, :citizen, :section, :label, :kind, :amount, :currency, :now) returning id
				""")
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("section", section.name())
			.param("label", label)
			.param("kind", debtKind == null ? null : debtKind.name())
			.param("amount", amount)
			.param("currency", currency)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** Removes one of the citizen's own lines; returns its label, or nothing if it is not theirs. */
	java.util.Optional<Line> remove(long tenantId, long citizenId, long id) {
		return jdbc.sql("""
				delete from money_budget_line where id = :id and tenant_id = :tenant and citizen_id = :citizen
				returning id, section, label, debt_kind, amount, currency
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query((rs, n) -> new Line(rs.getLong(1), Section.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4) == null ? null : AccountKind.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					rs.getString(6)))
			.optional();
	}
}
