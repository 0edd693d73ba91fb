package org.inclusio.account.internal.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The provider API has its own security filter chain, before the web one: no session, no CSRF (no cookies are
 * used, so there is nothing to forge), authenticated by API key, errors as JSON. The OpenAPI document is public.
 * Also registers the size check of CSV uploads, which must run before the web chain.
 */
@Configuration
class ProviderApiSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain providerApi(HttpSecurity http, ApiKeys keys, RateLimiter limiter, ApiJson json) throws Exception {
		http.securityMatcher("/api/providers/v1/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(ApiKeyFilter.OPENAPI).permitAll()
				.anyRequest().hasRole("PROVIDER_API"))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> json.send(response, HttpStatus.UNAUTHORIZED,
						"MISSING_KEY", "Send your API key in the header 'Authorization: Bearer <key>'."))
				.accessDeniedHandler((request, response, ex) -> json.send(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
						"This key may not do that.")))
			.addFilterBefore(new ApiKeyFilter(keys, limiter, json), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter() {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(new UploadSizeFilter());
		registration.addUrlPatterns("/provider/*");
		// before Spring Security (-100), whose CSRF check would parse the multipart body
		registration.setOrder(-110);
		return registration;
	}
}
