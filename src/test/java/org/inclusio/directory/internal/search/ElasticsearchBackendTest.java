package org.inclusio.directory.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same search on an Elasticsearch or OpenSearch cluster (the "elasticsearch" profile). No such server can run on
 * the build machines, so this runs only where INCLUSIO_SEARCH_URIS names one, e.g.
 * {@code INCLUSIO_SEARCH_URIS=http://localhost:9200 ./mvnw verify -Dtest=ElasticsearchBackendTest}.
 */
@ActiveProfiles("elasticsearch")
@EnabledIfEnvironmentVariable(named = "INCLUSIO_SEARCH_URIS", matches = ".+")
class ElasticsearchBackendTest extends WebTest {

	@Autowired
	ServiceSearch search;

	@Test
	void bulgarianAndLatvianWordFormsFindTheDemoServices() {
		assertThat(search.indexedCount()).isPositive();
		assertThat(search.search(query("работни")).total()).isPositive();
		assertThat(search.search(query("darbs")).total()).isPositive();
		assertThat(search.search(query("palidziba")).total()).isPositive();
	}

	private static ServiceSearch.Query query(String text) {
		return new ServiceSearch.Query(text, List.of(), null, null, false, false, false, null, 1, 20);
	}
}
