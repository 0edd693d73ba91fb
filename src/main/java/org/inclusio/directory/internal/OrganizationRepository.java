package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, String> {

	List<Organization> findByTenantIdOrderByNameBg(long tenantId);

	List<Organization> findByProviderIdIn(java.util.Collection<Long> providerIds);
}
