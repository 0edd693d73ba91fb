package org.inclusio.support.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node only: referrals nobody answered in time are flagged to their caseworker. */
@Component
class OverdueReferralsJob {

	private static final Logger log = LoggerFactory.getLogger(OverdueReferralsJob.class);

	private final ReferralWork work;

	OverdueReferralsJob(ReferralWork work) {
		this.work = work;
	}

	@Scheduled(cron = "${inclusio.support.overdue.cron:0 15 * * * *}")
	@SchedulerLock(name = "support.overdue-referrals", lockAtMostFor = "PT15M")
	void run() {
		int flagged = work.flagOverdue();
		if (flagged > 0) {
			log.info("Flagged {} overdue referrals", flagged);
		}
	}
}
