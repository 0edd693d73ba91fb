package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlaceRepository extends JpaRepository<Place, Long> {

	List<Place> findByTenantIdOrderByPostcode(long tenantId);

	List<Place> findByPostcode(String postcode);
}
