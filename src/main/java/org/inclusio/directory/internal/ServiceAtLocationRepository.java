package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAtLocationRepository extends JpaRepository<ServiceAtLocation, String> {

	List<ServiceAtLocation> findByServiceId(String serviceId);

	List<ServiceAtLocation> findByLocationId(String locationId);
}
