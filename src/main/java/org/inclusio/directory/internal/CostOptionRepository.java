package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CostOptionRepository extends JpaRepository<CostOption, String> {

	List<CostOption> findByServiceId(String serviceId);
}
