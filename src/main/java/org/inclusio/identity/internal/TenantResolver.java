package org.inclusio.identity.internal;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.inclusio.identity.SignedInUser;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate whose municipality the current request works in. A signed-in person sees only their own
 * municipality's rows; requests nobody is signed in to (sign-in, registration, scheduled jobs) work as the
 * "root" tenant, which may read across municipalities and must name the municipality when writing.
 */
@Component
class TenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

	static final Long ROOT = 0L;

	@Override
	public Long resolveCurrentTenantIdentifier() {
		return SignedInUser.current().map(SignedInUser::tenantId).orElse(ROOT);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public boolean isRoot(Long tenantId) {
		return ROOT.equals(tenantId);
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}
}
