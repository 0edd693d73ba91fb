package org.inclusio.identity.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (table {@code spring_session}, made by Flyway), so that any node can serve any request
 * and a session survives a restart; they are written only when something in them changed
 * ({@link QuietSessionRepository}). Expired ones are deleted by {@link IdentityMaintenance}. They are read in plain JDBC
 * transactions (shared's TransactionConfig): a JPA one would ask Hibernate for the tenant, i.e. for the session.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfig {

	@Bean
	QuietSessionRepository<?> sessionRepository(DataSource dataSource,
			@SpringSessionTransactionManager PlatformTransactionManager transactions,
			@Value("${spring.session.timeout}") Duration timeout) {
		JdbcIndexedSessionRepository stored = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new TransactionTemplate(transactions));
		stored.setDefaultMaxInactiveInterval(timeout);
		ClassLoader classLoader = SessionConfig.class.getClassLoader();
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
		stored.setConversionService(conversion);
		return new QuietSessionRepository<>(stored);
	}

	/** Around Spring Session's filter: what was read for one request is never handed to the next. */
	@Bean
	FilterRegistrationBean<Filter> sessionReadsEndWithTheRequest() {
		Filter filter = (request, response, chain) -> {
			QuietSessionRepository.forgetRequest();
			try {
				chain.doFilter(request, response);
			}
			finally {
				QuietSessionRepository.forgetRequest();
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}
}
