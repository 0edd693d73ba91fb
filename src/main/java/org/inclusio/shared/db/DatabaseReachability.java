package org.inclusio.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.core.env.Environment;

/**
 * Tries the configured database once before anything else starts, so that a wrong URL or password gives one
 * clear line instead of a long stack trace from the connection pool.
 */
final class DatabaseReachability {

	private DatabaseReachability() {
	}

	static void check(Environment environment) {
		if (!environment.getProperty("inclusio.database-check.enabled", Boolean.class, true)) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url");
		Properties properties = new Properties();
		String username = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "10");
		properties.setProperty("loginTimeout", "10");
		try (Connection ignored = DriverManager.getConnection(url, properties)) {
			// reachable
		}
		catch (SQLException ex) {
			throw new DatabaseUnreachableException(url, ex.getMessage());
		}
	}
}
