package org.inclusio.directory.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Word forms that must find each other: they share a term after analysis (what the index and a query both use). */
class SearchAnalyzersTest {

	@Test
	void bulgarianFormsOfAWordShareATerm() {
		assertSameTerm("bg", "работа", "работни");
		assertSameTerm("bg", "работа", "работата");
		assertSameTerm("bg", "работник", "работа");
		assertSameTerm("bg", "жилище", "жилища");
		assertSameTerm("bg", "обучение", "обучения");
		assertSameTerm("bg", "дълг", "дългове");
		assertSameTerm("bg", "здраве", "здравни");
		assertThat(terms("bg", "работа")).as("the whole word is kept too").contains("работа");
		assertThat(terms("bg", "и за")).as("stop words").isEmpty();
		assertThat(terms("bg", "Europass")).as("a word in Latin letters is kept whole").containsExactly("europass");
	}

	@Test
	void latvianFormsShareATermWithAndWithoutDiacritics() {
		assertSameTerm("lv", "darbs", "darba");
		assertSameTerm("lv", "darbs", "darbā");
		assertSameTerm("lv", "palīdzība", "palidziba");
		assertSameTerm("lv", "palīdzību", "palīdzība");
		assertSameTerm("lv", "mājoklis", "majoklis");
		assertThat(terms("lv", "un ar")).as("stop words").isEmpty();
	}

	@Test
	void englishFormsShareATerm() {
		assertSameTerm("en", "jobs", "job");
		assertSameTerm("en", "training", "trained");
		assertSameTerm("en", "family's", "families");
		assertSameTerm("en", "café", "cafe");
		assertThat(terms("en", "the and")).as("stop words").isEmpty();
	}

	private static void assertSameTerm(String language, String one, String other) {
		assertThat(terms(language, one)).as("%s: %s %s and %s %s", language, one, terms(language, one), other,
				terms(language, other)).containsAnyElementsOf(terms(language, other));
	}

	static Set<String> terms(String language, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (Analyzer analyzer = SearchAnalyzers.analyzer(language);
				TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return terms;
	}
}
