package org.inclusio.directory.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Hibernate Search's settings that follow from others, so that configuring a cluster is one property
 * ({@code spring.jpa.properties.hibernate.search.backend.type=elasticsearch}, see README): the analysis definitions
 * that match the backend, the directory mapping, and where the embedded Lucene index lives.
 * <p>
 * The Lucene index is a directory on this node: {@code inclusio.search.index-directory}, by default next to the
 * embedded database's directory ({@code data/postgres-search-index}). Tests, whose database is new in every JVM,
 * get a new temporary directory per application context (two contexts must not share one Lucene index).
 */
@Component
class SearchSettings implements HibernatePropertiesCustomizer {

	static final String BACKEND_TYPE = "hibernate.search.backend.type";

	private final Environment environment;

	SearchSettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		Object type = properties.computeIfAbsent(BACKEND_TYPE, key -> "lucene");
		boolean elasticsearch = "elasticsearch".equals(String.valueOf(type).strip());
		properties.putIfAbsent("hibernate.search.backend.analysis.configurer",
				elasticsearch ? new DirectoryElasticsearchAnalysis() : new DirectoryLuceneAnalysis());
		properties.putIfAbsent("hibernate.search.mapping.configurer", new DirectorySearchMapping());
		// one index for all municipalities although the sessions are multi-tenant: written, rebuilt and searched as
		// the root tenant only, so DirectoryIndexing replaces Hibernate Search's listeners (see there)
		properties.putIfAbsent("hibernate.search.indexing.listeners.enabled", "false");
		properties.putIfAbsent("hibernate.search.multi_tenancy.tenant_identifier_converter", new RootTenant());
		properties.putIfAbsent("hibernate.search.multi_tenancy.tenant_ids", String.valueOf(RootTenant.ROOT));
		if (!elasticsearch) {
			properties.putIfAbsent("hibernate.search.backend.directory.root", indexDirectory().toString());
		}
	}

	Path indexDirectory() {
		String configured = environment.getProperty("inclusio.search.index-directory", "");
		if (!configured.isBlank()) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		if (environment.getProperty("inclusio.embedded-db.fresh", Boolean.class, false)) {
			try {
				Path temporary = Files.createTempDirectory("inclusio-search-index");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temporary)));
				return temporary;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		Path database = Path.of(environment.getProperty("inclusio.embedded-db.directory", "data/postgres"))
			.toAbsolutePath()
			.normalize();
		return database.resolveSibling(database.getFileName() + "-search-index");
	}

	private static void deleteQuietly(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ignored) {
			// a temporary directory; the system cleans it up eventually
		}
	}
}
