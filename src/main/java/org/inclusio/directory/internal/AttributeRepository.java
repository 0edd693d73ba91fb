package org.inclusio.directory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttributeRepository extends JpaRepository<Attribute, String> {

	List<Attribute> findByLinkEntityAndLinkId(String linkEntity, String linkId);
}
