package org.inclusio.support.internal;

import java.time.Clock;
import java.time.Duration;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends referrals and moves them through their loop, each change in one transaction with its history entry, its
 * audit entry, the in-app messages and the emails. A change made on an out-of-date page is refused rather than
 * written over the other person's change.
 */
@Service
class ReferralWork {

	private final Referrals referrals;

	private final ReferralNotifier notifier;

	private final AuditLog audit;

	private final Clock clock;

	private final int overdueDays;

	ReferralWork(Referrals referrals, ReferralNotifier notifier, AuditLog audit, Clock clock,
			@Value("${inclusio.support.referral-overdue-days:5}") int overdueDays) {
		this.referrals = referrals;
		this.notifier = notifier;
		this.audit = audit;
		this.clock = clock;
		this.overdueDays = overdueDays;
	}

	int overdueDays() {
		return overdueDays;
	}

	/** Whether a referral has waited longer than the configured days for an answer. */
	boolean isOverdue(Referral referral) {
		return referral.state() == ReferralState.SENT
				&& referral.sentAt().toInstant().isBefore(clock.instant().minus(Duration.ofDays(overdueDays)));
	}

	@Transactional
	long send(Referrals.NewReferral referral, SignedInUser sender) {
		long id = referrals.create(referral);
		Referral saved = referrals.find(id).orElseThrow();
		audit.record(saved.tenantId(), sender, "CREATE", "support-referral", id,
				"shared:" + (saved.shareContact() ? "contact," : "") + (saved.shareAssessment() ? "assessment," : "")
						+ (saved.shareNote() ? "note" : ""));
		notifier.changed(saved, ReferralState.SENT, null, sender.id());
		return id;
	}

	/**
	 * Moves a referral to a new state.
	 * @param readVersion the version the person saw when they chose the change
	 * @throws ReferralRefused when the change is not allowed or the referral changed since it was read
	 */
	@Transactional
	void move(long referralId, long readVersion, ReferralState to, String reason, SignedInUser actor, Party party) {
		Referral referral = referrals.find(referralId).orElseThrow(() -> new ReferralRefused("support.refused.missing"));
		if (referral.version() != readVersion) {
			throw new ReferralRefused("support.refused.changed");
		}
		String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
		ReferralStateMachine.check(referral.state(), to, party, cleanReason);
		if (!referrals.move(referralId, readVersion, referral.state(), to, cleanReason, actor.id())) {
			throw new ReferralRefused("support.refused.changed");
		}
		audit.record(referral.tenantId(), actor, "UPDATE", "support-referral", referralId,
				"state:" + referral.state() + "->" + to);
		notifier.changed(referral, to, cleanReason, actor.id());
	}

	/** Flags every referral that waited too long for an answer, once; returns how many. */
	@Transactional
	int flagOverdue() {
		int flagged = 0;
		var cutOff = clock.instant().minus(Duration.ofDays(overdueDays)).atOffset(java.time.ZoneOffset.UTC);
		for (Referral referral : referrals.overdueUnflagged(cutOff)) {
			if (referrals.flagOverdue(referral.id())) {
				notifier.overdue(referral, overdueDays);
				flagged++;
			}
		}
		return flagged;
	}
}
