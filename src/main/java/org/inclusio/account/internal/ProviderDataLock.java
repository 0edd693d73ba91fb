package org.inclusio.account.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders storing a provider's data against a citizen taking a link back. A batch from a provider (API or CSV)
 * holds the shared lock of that provider until it commits; revoking a link of that provider takes the exclusive
 * one first. So a revocation waits for the batches in flight and then deletes what they stored, and a batch that
 * starts meanwhile waits for the revocation and then no longer finds the link.
 *
 * <p>A PostgreSQL advisory lock held until the end of the transaction: one lock per batch, instead of locking
 * every link row the batch touches (a row lock writes to the row, and concurrent batches sharing rows make
 * multixacts). It works across all nodes, as they share the database.
 */
public final class ProviderDataLock {

	/**
	 * The first key of the two-key advisory lock ("ACCT"); the second is the provider id (modulo 2^31, should ids
	 * ever get that far: two providers sharing a lock only wait for each other a little more).
	 */
	static final int KEY = 0x41434354;

	private ProviderDataLock() {
	}

	/** For storing data of the provider's linked references; many at a time. */
	public static void shared(JdbcClient jdbc, long providerId) {
		jdbc.sql("select pg_advisory_xact_lock_shared(:key, cast(mod(:provider, 2147483648) as integer))")
			.param("key", KEY)
			.param("provider", providerId)
			.query(rs -> {
			});
	}

	/** For taking a link of the provider back; waits for every batch of that provider in flight. */
	static void exclusive(JdbcClient jdbc, long providerId) {
		jdbc.sql("select pg_advisory_xact_lock(:key, cast(mod(:provider, 2147483648) as integer))")
			.param("key", KEY)
			.param("provider", providerId)
			.query(rs -> {
			});
	}
}
