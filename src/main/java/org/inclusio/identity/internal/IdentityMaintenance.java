package org.inclusio.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets expired one-time tokens, old failed sign-ins and expired sessions. Runs on one node at a time. */
@Component
class IdentityMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IdentityMaintenance.class);

	private final OneTimeTokens tokens;

	private final LoginThrottle throttle;

	private final JdbcClient jdbc;

	IdentityMaintenance(OneTimeTokens tokens, LoginThrottle throttle, JdbcClient jdbc) {
		this.tokens = tokens;
		this.throttle = throttle;
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "${inclusio.identity.cleanup-cron:0 17 * * * *}")
	@SchedulerLock(name = "identity.cleanup", lockAtMostFor = "PT10M")
	void cleanUp() {
		int removedTokens = tokens.deleteExpired();
		int removedAttempts = throttle.forgetOld();
		// an expired session is refused when read anyway; this only frees the space (attributes go with it)
		int removedSessions = jdbc.sql("delete from spring_session where expiry_time < :now")
			.param("now", System.currentTimeMillis())
			.update();
		log.info("Identity clean-up removed {} expired tokens, {} old sign-in failure records and {} expired sessions",
				removedTokens, removedAttempts, removedSessions);
	}
}
