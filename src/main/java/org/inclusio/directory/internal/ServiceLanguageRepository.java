package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceLanguageRepository extends JpaRepository<ServiceLanguage, String> {

	List<ServiceLanguage> findByServiceId(String serviceId);
}
