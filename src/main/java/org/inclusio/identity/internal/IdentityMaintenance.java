package org.inclusio.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets expired one-time tokens and old failed sign-ins. Runs on one node at a time. */
@Component
class IdentityMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IdentityMaintenance.class);

	private final OneTimeTokens tokens;

	private final LoginThrottle throttle;

	IdentityMaintenance(OneTimeTokens tokens, LoginThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Scheduled(cron = "${inclusio.identity.cleanup-cron:0 17 * * * *}")
	@SchedulerLock(name = "identity.cleanup", lockAtMostFor = "PT10M")
	void cleanUp() {
		int removedTokens = tokens.deleteExpired();
		int removedAttempts = throttle.forgetOld();
		log.info("Identity clean-up removed {} expired tokens and {} old sign-in failure records", removedTokens,
				removedAttempts);
	}
}
