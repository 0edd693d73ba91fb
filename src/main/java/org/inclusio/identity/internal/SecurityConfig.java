package org.inclusio.identity.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration
@EnableMethodSecurity
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Stops reminder emails from the link in one of them, without signing in (money's UnsubscribeController). */
	static final String MONEY_UNSUBSCRIBE = "/money/unsubscribe";

	@Bean
	SecurityFilterChain web(HttpSecurity http, SignInHandlers handlers) throws Exception {
		// The single AuthenticationProvider bean (ThrottledAuthenticationProvider) becomes the global one; adding
		// it here as well would make a failed sign-in count twice.
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/css/**", "/js/**", "/images/**", "/favicon.svg", "/error", "/login",
						"/register", "/register/**", "/password/**", "/money/advice", MONEY_UNSUBSCRIBE,
						"/certificates/verify", "/certificates/verify/**")
				.permitAll()
				// Public pages of the service directory, its HSDS API, workshops, invitations by code and action plans
				.requestMatchers(HttpMethod.GET, "/services", "/services/**", "/organizations/**", "/api/hsds/**",
						"/workshops", "/workshops/**", "/plans", "/plans/**")
				.permitAll()
				.requestMatchers("/rsvp", "/rsvp/**").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			// Mail programs POST the one-click unsubscribe (RFC 8058) without cookies or a CSRF token; the unguessable
			// token in the request is what authorises it, and stopping emails twice changes nothing
			.csrf(csrf -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, MONEY_UNSUBSCRIBE)))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000))
				.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
			.requestCache(cache -> cache.requestCache(new org.springframework.security.web.savedrequest.HttpSessionRequestCache()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id with OWASP's recommended minimum: 19 MiB memory, 2 iterations, 1 lane
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
		return encoder;
	}
}
