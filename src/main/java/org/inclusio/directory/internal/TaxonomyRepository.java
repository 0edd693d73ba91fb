package org.inclusio.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyRepository extends JpaRepository<Taxonomy, String> {

}
