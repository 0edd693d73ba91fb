package org.inclusio.directory.internal.search;

import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/**
 * The application's Hibernate sessions are multi-tenant with Long tenant ids (identity's TenantResolver: the
 * signed-in person's municipality, else the root tenant 0, which reads across municipalities). The directory's
 * index is one for all municipalities: it is written (see {@link DirectoryIndexing}), rebuilt and searched as the
 * root tenant only. This tells Hibernate Search how to turn that id into text and back (its default handles
 * String ids only).
 */
public class RootTenant implements TenantIdentifierConverter {

	static final Long ROOT = 0L;

	@Override
	public String toStringValue(Object tenantId) {
		return String.valueOf(tenantId);
	}

	@Override
	public Object fromStringValue(String tenantId) {
		return Long.valueOf(tenantId);
	}
}
