package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhoneRepository extends JpaRepository<Phone, String> {

	List<Phone> findByServiceId(String serviceId);

	List<Phone> findByLocationId(String locationId);

	List<Phone> findByOrganizationId(String organizationId);
}
