package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectoryServiceRepository extends JpaRepository<DirectoryService, String> {

	List<DirectoryService> findByOrganizationIdOrderByNameBg(String organizationId);

	List<DirectoryService> findByTenantId(long tenantId);

	long countByTenantIdAndStatus(long tenantId, String status);
}
