package org.inclusio.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TenantRepository extends ListCrudRepository<Tenant, Long> {

	Optional<Tenant> findByCode(String code);

	List<Tenant> findAllByOrderByNameEnAsc();
}
