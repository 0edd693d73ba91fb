package org.inclusio.support.internal;

/**
 * A change to a referral that is not allowed, with the message key (and arguments) that explains why in the
 * reader's language. Nothing was saved.
 */
class ReferralRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	ReferralRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}
}
