package org.inclusio.directory.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The cluster configuration is one property: the backend type brings its own analysis definitions. */
class SearchSettingsTest {

	@Test
	void theEmbeddedLuceneBackendByDefault() {
		Map<String, Object> properties = new HashMap<>();
		new SearchSettings(new MockEnvironment().withProperty("inclusio.search.index-directory", "/tmp/x/index"))
			.customize(properties);
		assertThat(properties).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.directory.root", "/tmp/x/index");
		assertThat(properties.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(DirectoryLuceneAnalysis.class);
		assertThat(properties.get("hibernate.search.mapping.configurer")).isInstanceOf(DirectorySearchMapping.class);
	}

	@Test
	void theIndexLivesNextToTheEmbeddedDatabase() {
		Map<String, Object> properties = new HashMap<>();
		new SearchSettings(new MockEnvironment().withProperty("inclusio.embedded-db.directory", "/srv/inclusio/postgres"))
			.customize(properties);
		assertThat(properties).containsEntry("hibernate.search.backend.directory.root", "/srv/inclusio/postgres-search-index");
	}

	@Test
	void theElasticsearchProfileSwitchesBackendAndAnalysis() throws IOException {
		Properties profile = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application-elasticsearch.properties")) {
			profile.load(in);
		}
		assertThat(profile.getProperty("spring.jpa.properties.hibernate.search.backend.type")).isEqualTo("elasticsearch");
		assertThat(profile.getProperty("spring.jpa.properties.hibernate.search.backend.uris")).contains("INCLUSIO_SEARCH_URIS");

		Map<String, Object> properties = new HashMap<>(Map.of("hibernate.search.backend.type", "elasticsearch"));
		new SearchSettings(new MockEnvironment()).customize(properties);
		assertThat(properties.get("hibernate.search.backend.analysis.configurer"))
			.isInstanceOf(DirectoryElasticsearchAnalysis.class);
		assertThat(properties).doesNotContainKey("hibernate.search.backend.directory.root");
	}
}
