package org.inclusio.actionplan.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The revision of each published plan, which names the version of its kept public page. Read from the database at
 * most every {@link #FRESH_NANOS} per plan: a busy public page then costs no query at all. A change made on this node
 * is seen at once (its transaction forgets the revision when it commits); one made on another node within half a
 * second, when the revision is read again.
 */
@Component
class PlanRevisions {

	static final long FRESH_NANOS = 500_000_000L;

	private final JdbcClient jdbc;

	private final Map<Long, Known> known = new ConcurrentHashMap<>();

	PlanRevisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Known(Long revision, long readAt) {
	}

	/** The revision of a published plan; empty for a draft or an unknown id. */
	Optional<Long> published(long planId) {
		long now = System.nanoTime();
		Known memo = known.get(planId);
		if (memo == null || now - memo.readAt() > FRESH_NANOS) {
			Long revision = jdbc.sql("select revision from actionplan_plan where id = :id and status = 'APPROVED'")
				.param("id", planId).query(Long.class).optional().orElse(null);
			memo = new Known(revision, now);
			if (known.size() > 10_000) {
				known.clear(); // ids asked for by guessing: not worth remembering
			}
			known.put(planId, memo);
		}
		return Optional.ofNullable(memo.revision());
	}

	/** Called in the transaction that changes the plan: its revision is read again once the change is committed. */
	void changed(long planId) {
		known.remove(planId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					known.remove(planId);
				}
			});
		}
	}
}
