package org.inclusio.codesign.internal;

/**
 * A request the rules do not allow (a second reply, a vote after voting closed, …), with the message key that tells
 * the person why in their language. Thrown before anything is written, or inside the transaction so that it rolls
 * back whatever was started.
 */
class Refusal extends RuntimeException {

	private final String key;

	private final Object[] args;

	Refusal(String key, Object... args) {
		super(key, null, false, false);
		this.key = key;
		this.args = args;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args;
	}
}
