package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AddressRepository extends JpaRepository<Address, String> {

	List<Address> findByLocationId(String locationId);
}
