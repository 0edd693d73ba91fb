package org.inclusio.account.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Provider organisations of a municipality and the staff who act for them. Every query names the municipality. */
@Component
class Providers {

	private final JdbcClient jdbc;

	private final Clock clock;

	Providers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Provider> all(long tenantId) {
		return jdbc.sql("select id, tenant_id, name, kind from account_provider where tenant_id = :tenant order by name")
			.param("tenant", tenantId)
			.query(Providers::map)
			.list();
	}

	Optional<Provider> find(long tenantId, long id) {
		return jdbc.sql("select id, tenant_id, name, kind from account_provider where tenant_id = :tenant and id = :id")
			.param("tenant", tenantId)
			.param("id", id)
			.query(Providers::map)
			.optional();
	}

	boolean nameTaken(long tenantId, String name) {
		return jdbc.sql("select count(*) from account_provider where tenant_id = :tenant and lower(name) = lower(:name)")
			.param("tenant", tenantId).param("name", name.trim()).query(Integer.class).single() > 0;
	}

	long create(long tenantId, String name, ProviderKind kind) {
		return jdbc.sql("""
				insert into account_provider (tenant_id, name, kind, created_at) values (:tenant, :name, :kind, :now)
				returning id
				""")
			.param("tenant", tenantId)
			.param("name", name.trim())
			.param("kind", kind.name())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** The providers a staff member acts for, in their municipality. */
	List<Provider> of(long tenantId, long userId) {
		return jdbc.sql("""
				select p.id, p.tenant_id, p.name, p.kind from account_provider p
				join account_provider_member m on m.provider_id = p.id
				where p.tenant_id = :tenant and m.user_id = :user order by p.name
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.query(Providers::map)
			.list();
	}

	boolean isMember(long providerId, long userId) {
		return jdbc.sql("select count(*) from account_provider_member where provider_id = :p and user_id = :u")
			.param("p", providerId).param("u", userId).query(Integer.class).single() > 0;
	}

	void addMember(long providerId, long userId) {
		jdbc.sql("insert into account_provider_member (provider_id, user_id) values (:p, :u) on conflict do nothing")
			.param("p", providerId).param("u", userId).update();
	}

	record Member(long userId) {
	}

	List<Long> members(long providerId) {
		return jdbc.sql("select user_id from account_provider_member where provider_id = :p")
			.param("p", providerId).query(Long.class).list();
	}

	private static Provider map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Provider(rs.getLong(1), rs.getLong(2), rs.getString(3), ProviderKind.valueOf(rs.getString(4)));
	}
}
