package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequiredDocumentRepository extends JpaRepository<RequiredDocument, String> {

	List<RequiredDocument> findByServiceId(String serviceId);
}
