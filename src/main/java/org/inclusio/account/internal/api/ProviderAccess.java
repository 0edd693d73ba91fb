package org.inclusio.account.internal.api;

import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The provider a staff member opens, only if it is of their municipality and they act for it (as
 * {@code Providers.isMember}); otherwise 404, so that others' providers are not even confirmed to exist.
 */
@Component
class ProviderAccess {

	record OwnProvider(long id, long tenantId, String name) {
	}

	private final JdbcClient jdbc;

	ProviderAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OwnProvider own(SignedInUser staff, long providerId) {
		return jdbc.sql("""
				select p.id, p.tenant_id, p.name from account_provider p
				join account_provider_member m on m.provider_id = p.id and m.user_id = :user
				where p.id = :provider and p.tenant_id = :tenant
				""")
			.param("user", staff.id())
			.param("provider", providerId)
			.param("tenant", staff.tenantId())
			.query(OwnProvider.class)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
