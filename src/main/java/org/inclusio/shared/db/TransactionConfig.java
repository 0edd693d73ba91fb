package org.inclusio.shared.db;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions are read with plain JDBC transactions. Reading the session happens while the security context is
 * loaded, which Hibernate's tenant resolver asks for: a JPA transaction there would ask again, for ever.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	@Bean
	@SpringSessionTransactionManager
	PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
		return new JdbcTransactionManager(dataSource);
	}
}
