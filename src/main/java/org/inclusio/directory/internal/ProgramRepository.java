package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<Program, String> {

	List<Program> findByOrganizationId(String organizationId);
}
