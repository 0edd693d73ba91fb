package org.inclusio.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.inclusio.shared.web.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who read or wrote which personal data. Every module calls this for every staff read or write of a
 * citizen's data. The table is append-only: the database refuses updates and deletes.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate separateTransaction;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records an action by the signed-in user (or by the system when nobody is signed in). */
	public void record(String action, String subjectType, Object subjectId) {
		record(action, subjectType, subjectId, null);
	}

	public void record(String action, String subjectType, Object subjectId, String details) {
		SignedInUser actor = SignedInUser.current().orElse(null);
		record(actor == null ? null : actor.tenantId(), actor, action, subjectType, subjectId, details);
	}

	/**
	 * Records an action in a given municipality, e.g. one done before anybody is signed in. A write is recorded in
	 * the caller's transaction, so it is kept exactly when the change is; a read in a read-only transaction is
	 * recorded in a transaction of its own.
	 */
	public void record(Long tenantId, SignedInUser actor, String action, String subjectType, Object subjectId,
			String details) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			separateTransaction.executeWithoutResult(
					status -> insert(tenantId, actor, action, subjectType, subjectId, details));
		}
		else {
			insert(tenantId, actor, action, subjectType, subjectId, details);
		}
	}

	private void insert(Long tenantId, SignedInUser actor, String action, String subjectType, Object subjectId,
			String details) {
		jdbc.sql("""
				insert into identity_audit_log
				  (occurred_at, tenant_id, actor_user_id, actor_role, action, subject_type, subject_id, request_id, details)
				values (:at, :tenant, :actor, :role, :action, :type, :subject, :request, :details)
				""")
			.param("at", OffsetDateTime.now(clock))
			.param("tenant", tenantId)
			.param("actor", actor == null ? null : actor.id())
			.param("role", actor == null ? null : actor.primaryRole().name())
			.param("action", action)
			.param("type", subjectType)
			.param("subject", subjectId == null ? null : subjectId.toString())
			.param("request", RequestId.current())
			.param("details", details)
			.update();
	}
}
