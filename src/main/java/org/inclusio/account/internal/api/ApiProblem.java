package org.inclusio.account.internal.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses as a whole, answered with a JSON {@code {"code", "message"}} and the status. */
class ApiProblem extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	ApiProblem(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	HttpStatus status() {
		return status;
	}

	String code() {
		return code;
	}
}
