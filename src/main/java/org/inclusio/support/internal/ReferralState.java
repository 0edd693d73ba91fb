package org.inclusio.support.internal;

/** Where a referral is in its loop. DECLINED, COMPLETED and CANCELLED are final. */
enum ReferralState {
	SENT, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, CANCELLED;

	boolean isFinal() {
		return this == DECLINED || this == COMPLETED || this == CANCELLED;
	}

	/** The message key of its name, e.g. support.state.SENT. */
	public String key() {
		return "support.state." + name();
	}
}
