package org.inclusio.directory.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * The three languages' analyzers of the directory search, built from Lucene's own components so that the embedded
 * Lucene backend ({@link DirectoryLuceneAnalysis}) and the Elasticsearch/OpenSearch definitions
 * ({@link DirectoryElasticsearchAnalysis}) analyse text the same way.
 * <ul>
 * <li>bg: the stop words and the light stemmer of Lucene's BulgarianAnalyzer, applied to the first five letters of
 * each word and next to the word itself. The stemmer alone gives "работа" → "раб" but "работни" → "работн"; over
 * five letters both become "работ" (like жилище/жилища, обучение/обучения, дълг/дългове), while the whole word kept
 * at the same position scores an exact form higher. Words in Latin letters are left whole.
 * <li>lv: the stop words and stemmer of Lucene's LatvianAnalyzer, then diacritics folded ("palidziba" finds
 * "palīdzība": people often type Latvian without them). Folding comes after stemming: the stemmer knows the
 * endings with their diacritics.
 * <li>en: the components of Lucene's EnglishAnalyzer (possessives, stop words, Porter stemmer), diacritics folded.
 * </ul>
 */
public final class SearchAnalyzers {

	public static final String BG = "bg";

	public static final String LV = "lv";

	public static final String EN = "en";

	/** Words in other scripts (names, "CV", e-mail) are kept whole in Bulgarian text: only Cyrillic is shortened. */
	static final String NOT_CYRILLIC = "[^\\p{IsCyrillic}]+";

	/** Letters a Bulgarian word keeps before stemming (see the class comment). */
	static final int BG_PREFIX = 5;

	private SearchAnalyzers() {
	}

	/** The analyzer of a language code (bg, lv, en), for indexing and for queries alike. */
	public static Analyzer analyzer(String language) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase");
			return switch (language) {
				case BG -> builder
					.addTokenFilter("stop", "words", "org/apache/lucene/analysis/bg/stopwords.txt", "ignoreCase", "true")
					.addTokenFilter("keywordRepeat")
					.addTokenFilter("keywordMarker", "pattern", NOT_CYRILLIC)
					.addTokenFilter("truncate", "prefixLength", String.valueOf(BG_PREFIX))
					.addTokenFilter("bulgarianStem")
					.addTokenFilter("removeDuplicates")
					.build();
				case LV -> builder
					.addTokenFilter("stop", "words", "org/apache/lucene/analysis/lv/stopwords.txt", "ignoreCase", "true")
					.addTokenFilter("latvianStem")
					.addTokenFilter("asciiFolding")
					.build();
				case EN -> builder.addTokenFilter("englishPossessive")
					.addTokenFilter("stop") // Lucene's English stop words
					.addTokenFilter("porterStem")
					.addTokenFilter("asciiFolding")
					.build();
				default -> throw new IllegalArgumentException("No analyzer for " + language);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
