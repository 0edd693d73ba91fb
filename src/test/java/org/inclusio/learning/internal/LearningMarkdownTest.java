package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lesson text is Markdown from course files; what reaches the page must be safe whatever the file says. */
class LearningMarkdownTest {

	private final Markdown markdown = new Markdown();

	@Test
	void headingsFitUnderTheLessonTitle() {
		assertThat(markdown.toHtml("## Your key\n\nText\n\n### Detail")).contains("<h2>Your key</h2>").contains("<h3>Detail</h3>");
		assertThat(markdown.toHtml("# Big\n\n## Smaller")).contains("<h2>Big</h2>").contains("<h3>Smaller</h3>");
		assertThat(markdown.toHtml("### Only small")).contains("<h2>Only small</h2>");
	}

	@Test
	void rawHtmlIsShownAsTextNeverRun() {
		String html = markdown.toHtml("Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n<b>bold</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
			.contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void onlyWebMailAndSiteLinksStayLinks() {
		assertThat(markdown.toHtml("[guide](https://example.org/a?b=1)")).contains("href=\"https://example.org/a?b=1\">guide</a>");
		assertThat(markdown.toHtml("[write](mailto:help@example.org)")).contains("href=\"mailto:help@example.org\"");
		assertThat(markdown.toHtml("[budget](/money)")).contains("href=\"/money\"");
		for (String unsafe : new String[] { "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
				"//evil.example/x", "java%0ascript:alert(1)" }) {
			String html = markdown.toHtml("[click](" + unsafe + ")");
			assertThat(html).as(unsafe).doesNotContain("<a").contains("click");
		}
		assertThat(markdown.toHtml("<javascript:alert(1)>")).doesNotContain("<a");
	}

	@Test
	void picturesInTheTextBecomeTheirDescription() {
		String html = markdown.toHtml("Look: ![a red bus](https://tracker.example/pixel.png)");
		assertThat(html).doesNotContain("<img").doesNotContain("tracker").contains("Look: a red bus");
	}
}
