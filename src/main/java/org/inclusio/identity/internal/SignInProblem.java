package org.inclusio.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Why a sign-in was refused, beyond a wrong email or password. */
class SignInProblem extends AuthenticationException {

	enum Kind {
		THROTTLED, UNCONFIRMED, DISABLED
	}

	private final Kind kind;

	private final Duration wait;

	SignInProblem(Kind kind, Duration wait) {
		super(kind.name());
		this.kind = kind;
		this.wait = wait;
	}

	Kind kind() {
		return kind;
	}

	Duration waitFor() {
		return wait;
	}
}
