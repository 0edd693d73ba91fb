package org.inclusio.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing. After 5 failed sign-ins for one account (or 20 from one IP address, which a
 * library or shelter may share) each further failure locks that key for twice as long as the last time, from
 * 30 seconds up to an hour. Kept in the database so that every node sees the same count. Accounts are keyed by
 * a hash of the email, so the table holds no email addresses, and an unknown email is throttled exactly like a
 * known one, which reveals nothing.
 */
@Component
class LoginThrottle {


	private static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	private static final Duration LONGEST_LOCK = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int accountLimit;

	private final int addressLimit;

	LoginThrottle(JdbcClient jdbc, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${inclusio.sign-in.account-limit:5}") int accountLimit,
			@org.springframework.beans.factory.annotation.Value("${inclusio.sign-in.address-limit:20}") int addressLimit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accountLimit = accountLimit;
		this.addressLimit = addressLimit;
	}

	/** How long the person must wait before trying again, if they must. */
	Optional<Duration> waitBefore(String email, String address) {
		Instant now = clock.instant();
		return jdbc.sql("select max(locked_until) from identity_login_attempt where attempt_key in (:keys)")
			.param("keys", java.util.List.of(accountKey(email), addressKey(address)))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String email, String address) {
		count(accountKey(email), accountLimit);
		count(addressKey(address), addressLimit);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String email) {
		jdbc.sql("delete from identity_login_attempt where attempt_key = :key").param("key", accountKey(email)).update();
	}

	/** Forgets failures that are a day old. */
	int forgetOld() {
		return jdbc.sql("delete from identity_login_attempt where last_failure_at < :cutoff and (locked_until is null or locked_until < :now)")
			.param("cutoff", clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void count(String key, int limit) {
		Instant now = clock.instant();
		int failures = jdbc.sql("""
				insert into identity_login_attempt (attempt_key, failures, last_failure_at)
				values (:key, 1, :now)
				on conflict (attempt_key) do update
				  set failures = identity_login_attempt.failures + 1, last_failure_at = excluded.last_failure_at
				returning failures
				""")
			.param("key", key)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (failures >= limit) {
			Duration lock = lockFor(failures - limit);
			jdbc.sql("update identity_login_attempt set locked_until = :until where attempt_key = :key")
				.param("until", now.plus(lock).atOffset(ZoneOffset.UTC))
				.param("key", key)
				.update();
		}
	}

	static Duration lockFor(int failuresPastLimit) {
		int doublings = Math.min(failuresPastLimit, 7);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
	}

	private static String accountKey(String email) {
		return "account:" + OneTimeTokens.hash(UserAccount.normalize(email)).substring(0, 40);
	}

	private static String addressKey(String address) {
		return "ip:" + (address == null ? "unknown" : address);
	}
}
