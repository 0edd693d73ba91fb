package org.inclusio.directory.internal.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The bg, lv and en analyzers for an Elasticsearch or OpenSearch cluster: the same chains as {@link SearchAnalyzers}
 * (Lucene's components under their Elasticsearch names; "_bulgarian_" and "_latvian_" are the same stop word lists).
 */
public class DirectoryElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("inclusio_bg_stop").type("stop").param("stopwords", "_bulgarian_");
		context.tokenFilter("inclusio_bg_not_cyrillic").type("keyword_marker").param("keywords_pattern",
				SearchAnalyzers.NOT_CYRILLIC);
		context.tokenFilter("inclusio_bg_prefix").type("truncate").param("length", SearchAnalyzers.BG_PREFIX);
		context.tokenFilter("inclusio_bg_stemmer").type("stemmer").param("language", "bulgarian");
		context.tokenFilter("inclusio_same_position").type("unique").param("only_on_same_position", true);
		context.analyzer(SearchAnalyzers.BG).custom().tokenizer("standard").tokenFilters("lowercase", "inclusio_bg_stop",
				"keyword_repeat", "inclusio_bg_not_cyrillic", "inclusio_bg_prefix", "inclusio_bg_stemmer", "inclusio_same_position");

		context.tokenFilter("inclusio_lv_stop").type("stop").param("stopwords", "_latvian_");
		context.tokenFilter("inclusio_lv_stemmer").type("stemmer").param("language", "latvian");
		context.analyzer(SearchAnalyzers.LV).custom().tokenizer("standard").tokenFilters("lowercase", "inclusio_lv_stop",
				"inclusio_lv_stemmer", "asciifolding");

		context.tokenFilter("inclusio_en_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("inclusio_en_stop").type("stop").param("stopwords", "_english_");
		context.tokenFilter("inclusio_en_stemmer").type("stemmer").param("language", "english");
		context.analyzer(SearchAnalyzers.EN).custom().tokenizer("standard").tokenFilters("lowercase",
				"inclusio_en_possessive", "inclusio_en_stop", "inclusio_en_stemmer", "asciifolding");
	}
}
