package org.inclusio.account.internal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a provider API request by its {@code Authorization: Bearer <key>} header, then applies the rate
 * limit of the key and refuses a body declared larger than the limit before reading it. Not a bean: it runs only
 * in the API's security filter chain.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String OPENAPI = "/api/providers/v1" + ApiKeyFilter.OPENAPI_PATH;

	static final String OPENAPI_PATH = "/openapi.json";

	private final ApiKeys keys;

	private final RateLimiter limiter;

	private final ApiJson json;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyFilter(ApiKeys keys, RateLimiter limiter, ApiJson json) {
		this.keys = keys;
		this.limiter = limiter;
		this.json = json;
	}

	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final ApiClient client;

		ApiKeyAuthentication(ApiClient client) {
			super(List.of(new SimpleGrantedAuthority("ROLE_PROVIDER_API")));
			this.client = client;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ApiClient getPrincipal() {
			return client;
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return OPENAPI.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.isBlank()) {
			unauthorized(response, "MISSING_KEY",
					"Send your API key in the header 'Authorization: Bearer <key>'. Provider staff create keys in Inclusio.");
			return;
		}
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			unauthorized(response, "MISSING_KEY", "The Authorization header must be 'Bearer <key>'.");
			return;
		}
		Optional<ApiClient> client = keys.authenticate(header.substring(7).strip());
		if (client.isEmpty()) {
			unauthorized(response, "INVALID_KEY", "The API key is unknown or has been revoked.");
			return;
		}
		long wait = limiter.acquire(client.get().keyId());
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
			json.send(response, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
					"Too many requests with this key; retry after " + wait + " s. Send more rows per batch instead.");
			return;
		}
		if (request.getContentLengthLong() > ProviderApiController.MAX_BODY_BYTES) {
			// not read: the connection is closed after the answer instead
			response.setHeader(HttpHeaders.CONNECTION, "close");
			json.send(response, HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", ProviderApiController.TOO_LARGE);
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(client.get()));
		contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			contexts.clearContext();
		}
	}

	private void unauthorized(HttpServletResponse response, String code, String message) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"inclusio-provider-api\"");
		json.send(response, HttpStatus.UNAUTHORIZED, code, message);
	}
}
