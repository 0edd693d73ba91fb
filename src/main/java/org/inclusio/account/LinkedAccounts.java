package org.inclusio.account;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accounts a citizen has linked, with consent, and whose data the provider has sent. Only active links
 * with unexpired, unrevoked consent count: revoking consent hides the data at once.
 */
@Service
public class LinkedAccounts {

	private final JdbcClient jdbc;

	LinkedAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AccountSummary> of(long citizenId) {
		return jdbc.sql("""
				select l.id, p.id, p.name, l.reference, r.kind, r.currency, r.balance, r.arrears, r.next_due_date,
				       r.next_due_amount
				from account_link l
				join account_consent c on c.id = l.consent_id and c.revoked_at is null and c.expires_at > now()
				join account_provider p on p.id = l.provider_id and p.tenant_id = l.tenant_id
				join account_record r on r.provider_id = l.provider_id and r.reference = l.reference
				where l.citizen_id = :citizen and l.status = 'ACTIVE'
				order by (r.arrears > 0) desc, r.next_due_date nulls last, p.name
				""")
			.param("citizen", citizenId)
			.query((rs, n) -> new AccountSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					AccountKind.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
					rs.getObject(9, java.time.LocalDate.class), rs.getBigDecimal(10)))
			.list();
	}

	/** A linked account together with whose it is: for jobs that work across citizens, such as reminders. */
	public record CitizenAccount(long citizenId, long tenantId, AccountSummary account) {
	}

	/**
	 * Every active, consented linked account of every citizen, in every municipality. For background jobs only
	 * (due-date reminders, arrears alerts); pages use {@link #of(long)}.
	 */
	public List<CitizenAccount> allActive() {
		return jdbc.sql("""
				select l.citizen_id, l.tenant_id, l.id, p.id, p.name, l.reference, r.kind, r.currency, r.balance,
				       r.arrears, r.next_due_date, r.next_due_amount
				from account_link l
				join account_consent c on c.id = l.consent_id and c.revoked_at is null and c.expires_at > now()
				join account_provider p on p.id = l.provider_id and p.tenant_id = l.tenant_id
				join account_record r on r.provider_id = l.provider_id and r.reference = l.reference
				where l.status = 'ACTIVE'
				order by l.id
				""")
			.query((rs, n) -> new CitizenAccount(rs.getLong(1), rs.getLong(2), new AccountSummary(rs.getLong(3),
					rs.getLong(4), rs.getString(5), rs.getString(6), AccountKind.valueOf(rs.getString(7)),
					rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
					rs.getObject(11, java.time.LocalDate.class), rs.getBigDecimal(12))))
			.list();
	}
}
