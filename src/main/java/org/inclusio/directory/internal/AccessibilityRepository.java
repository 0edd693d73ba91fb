package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessibilityRepository extends JpaRepository<Accessibility, String> {

	List<Accessibility> findByLocationId(String locationId);
}
