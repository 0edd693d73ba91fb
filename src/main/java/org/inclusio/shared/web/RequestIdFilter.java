package org.inclusio.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = RequestIdFilter.class.getName();

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader("X-Request-Id", id);
		MDC.put(RequestId.KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestId.KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		Object id = request.getAttribute(ATTRIBUTE);
		if (id != null) {
			MDC.put(RequestId.KEY, id.toString());
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(RequestId.KEY);
		}
	}
}
