package org.inclusio.directory.internal.hsds;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.inclusio.directory.internal.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import writes with SQL, which the search index does not see: the imported services are indexed again once
 * the import is committed.
 */
@Component
class HsdsSearchIndex {

	private static final Logger log = LoggerFactory.getLogger(HsdsSearchIndex.class);

	private final EntityManager entities;

	private final TransactionTemplate transaction;

	HsdsSearchIndex(EntityManager entities, PlatformTransactionManager transactions) {
		this.entities = entities;
		this.transaction = new TransactionTemplate(transactions);
	}

	void reindex(List<String> serviceIds) {
		for (int from = 0; from < serviceIds.size(); from += 500) {
			List<String> chunk = serviceIds.subList(from, Math.min(serviceIds.size(), from + 500));
			try {
				transaction.executeWithoutResult(status -> {
					var plan = Search.session(entities).indexingPlan();
					entities.createQuery("select s from DirectoryService s where s.id in :ids", DirectoryService.class)
						.setParameter("ids", chunk)
						.getResultList()
						.forEach(plan::addOrUpdate);
				});
			}
			catch (RuntimeException ex) {
				// the import is committed; the index catches up with the next full reindex
				log.warn("Could not index {} imported services: {}", chunk.size(), ex.toString());
			}
		}
	}
}
