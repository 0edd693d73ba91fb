package org.inclusio.account;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which staff act for which provider organisation, for modules that route work to a provider (e.g. referrals). */
@Service
public class ProviderStaff {

	private final JdbcClient jdbc;

	ProviderStaff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The providers a staff member acts for, in their municipality. */
	public List<Long> providersOf(long tenantId, long userId) {
		return jdbc.sql("""
				select p.id from account_provider p join account_provider_member m on m.provider_id = p.id
				where p.tenant_id = :tenant and m.user_id = :user order by p.id
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(Long.class)
			.list();
	}

	/** The user ids of a provider's staff. */
	public List<Long> members(long providerId) {
		return jdbc.sql("select user_id from account_provider_member where provider_id = :p order by user_id")
			.param("p", providerId)
			.query(Long.class)
			.list();
	}

	public Optional<String> name(long providerId) {
		return jdbc.sql("select name from account_provider where id = :p").param("p", providerId)
			.query(String.class).optional();
	}
}
