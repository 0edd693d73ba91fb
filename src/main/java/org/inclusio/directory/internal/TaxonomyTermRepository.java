package org.inclusio.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, String> {

	Optional<TaxonomyTerm> findByCode(String code);

	List<TaxonomyTerm> findByTaxonomyIdOrderByCode(String taxonomyId);
}
