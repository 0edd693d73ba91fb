package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduleRepository extends JpaRepository<Schedule, String> {

	List<Schedule> findByServiceId(String serviceId);

	List<Schedule> findByLocationId(String locationId);
}
