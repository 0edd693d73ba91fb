package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, String> {

	List<Contact> findByServiceId(String serviceId);

	List<Contact> findByOrganizationId(String organizationId);
}
