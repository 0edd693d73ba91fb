package org.inclusio.shared.web;

import org.slf4j.MDC;

/** The id of the request being served: in every log line, the X-Request-Id header, error pages and the audit log. */
public final class RequestId {

	static final String KEY = "requestId";

	private RequestId() {
	}

	public static String current() {
		return MDC.get(KEY);
	}
}
