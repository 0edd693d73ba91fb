package org.inclusio.support.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The referral loop: SENT → ACCEPTED or DECLINED (with a reason) → IN_PROGRESS → COMPLETED, and CANCELLED (with a
 * reason) from any state that is not final. The provider's staff answer and carry out a referral; the citizen, their
 * caseworker and the provider may cancel it. Anything else is refused with a message that says why.
 */
final class ReferralStateMachine {

	static final int REASON_MAX = 1000;

	private static final Map<ReferralState, Set<ReferralState>> NEXT = Map.of(
			ReferralState.SENT, EnumSet.of(ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.CANCELLED),
			ReferralState.ACCEPTED, EnumSet.of(ReferralState.IN_PROGRESS, ReferralState.CANCELLED),
			ReferralState.IN_PROGRESS, EnumSet.of(ReferralState.COMPLETED, ReferralState.CANCELLED),
			ReferralState.DECLINED, EnumSet.noneOf(ReferralState.class),
			ReferralState.COMPLETED, EnumSet.noneOf(ReferralState.class),
			ReferralState.CANCELLED, EnumSet.noneOf(ReferralState.class));

	private ReferralStateMachine() {
	}

	/** The states a party may move a referral to from this one, for the buttons a page shows. */
	static Set<ReferralState> next(ReferralState from, Party party) {
		Set<ReferralState> states = EnumSet.noneOf(ReferralState.class);
		for (ReferralState to : NEXT.get(from)) {
			if (mayMove(party, to)) {
				states.add(to);
			}
		}
		return states;
	}

	static boolean needsReason(ReferralState to) {
		return to == ReferralState.DECLINED || to == ReferralState.CANCELLED;
	}

	/**
	 * Checks a change before anything is written.
	 * @throws ReferralRefused when the change is not a step of the loop, the party may not make it, or a reason is
	 * missing or too long
	 */
	static void check(ReferralState from, ReferralState to, Party party, String reason) {
		if (from.isFinal()) {
			throw new ReferralRefused("support.refused.final", from.key());
		}
		if (!NEXT.get(from).contains(to)) {
			throw new ReferralRefused("support.refused.transition", from.key(), to.key());
		}
		if (!mayMove(party, to)) {
			throw new ReferralRefused("support.refused.party." + party.name(), to.key());
		}
		if (needsReason(to) && (reason == null || reason.isBlank())) {
			throw new ReferralRefused("support.refused.reason." + to.name());
		}
		if (reason != null && reason.length() > REASON_MAX) {
			throw new ReferralRefused("support.refused.reasonLong", REASON_MAX);
		}
	}

	private static boolean mayMove(Party party, ReferralState to) {
		return party == Party.PROVIDER || to == ReferralState.CANCELLED;
	}
}
