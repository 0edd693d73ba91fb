package org.inclusio.directory.internal.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The bg, lv and en analyzers for the embedded Lucene backend (hibernate.search.backend.analysis.configurer). */
public class DirectoryLuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		for (String language : new String[] { SearchAnalyzers.BG, SearchAnalyzers.LV, SearchAnalyzers.EN }) {
			context.analyzer(language).instance(SearchAnalyzers.analyzer(language));
		}
	}
}
