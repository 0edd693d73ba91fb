package org.inclusio.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: chosen with {@code ?lang=bg|lv|en} (kept in a cookie and, for a signed-in person, in their
 * account), else the browser's Accept-Language, else English.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

	static final String COOKIE = "INCLUSIO_LANG";

	@Bean
	LocaleResolver localeResolver(ApplicationEventPublisher events) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale);
				if (locale != null) {
					events.publishEvent(new LanguageChosen(locale));
				}
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(true);
		resolver.setDefaultLocaleFunction(LocaleConfig::fromAcceptLanguage);
		return resolver;
	}

	private static Locale fromAcceptLanguage(HttpServletRequest request) {
		for (var range : java.util.Collections.list(request.getLocales())) {
			Locale supported = Languages.of(range.getLanguage());
			if (supported != null && request.getHeader("Accept-Language") != null) {
				return supported;
			}
		}
		return Languages.FALLBACK;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws jakarta.servlet.ServletException {
				String code = request.getParameter(getParamName());
				if (code != null && !Languages.isSupported(code)) {
					return true; // an unknown language is ignored, never an error page
				}
				return super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
