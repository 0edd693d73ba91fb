package org.inclusio.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from the binaries shipped in a Maven Central artifact when no database URL is
 * configured, so that {@code ./mvnw spring-boot:run} works on a machine with nothing installed. Everything
 * else (Flyway, JPA, sessions) then uses the ordinary {@code spring.datasource.*} properties.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "inclusioEmbeddedPostgres";

	/** One server per data directory per JVM: test contexts and restarts in one JVM share it. */
	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			DatabaseReachability.check(environment);
			return;
		}
		Path directory = Path.of(environment.getProperty("inclusio.embedded-db.directory", "data/postgres"))
			.toAbsolutePath()
			.normalize();
		boolean fresh = environment.getProperty("inclusio.embedded-db.fresh", Boolean.class, false);
		// zonky's default is off (fast tests); a product keeps every acknowledged commit
		String synchronousCommit = environment.getProperty("inclusio.embedded-db.synchronous-commit", "on");
		EmbeddedPostgres postgres = RUNNING.computeIfAbsent(directory, dir -> start(dir, fresh, synchronousCommit));
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "postgres");
		properties.put("inclusio.embedded-db.running", "true");
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

	private static EmbeddedPostgres start(Path directory, boolean fresh, String synchronousCommit) {
		try {
			if (fresh) {
				// tests start from an empty database in every JVM
				org.springframework.util.FileSystemUtils.deleteRecursively(directory);
			}
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "64MB")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", synchronousCommit)
				.setPGStartupWait(Duration.ofSeconds(60)) // a busy 2-core machine after an unclean stop needs more than 10 s
				.setRegisterShutdownHook(false)
				.start();
			// Spring Boot runs its shutdown handlers after it has closed every application context, so the
			// database stays up while beans (event publication registry, session store, pool) shut down
			SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	private static void stop(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ignored) {
			// the JVM is going away; the server stops with it
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
