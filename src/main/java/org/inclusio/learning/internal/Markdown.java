package org.inclusio.learning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.springframework.stereotype.Component;

/**
 * Lesson text from Markdown to HTML that is safe to put in a page as it is: raw HTML is shown as text, links go only
 * to http, https and mailto addresses or to a page of this site (any other link is left as its plain text), and
 * pictures inside the text become their description (a lesson's picture has its own field, with alt text in every
 * language). Headings move down so that the text's top level is a {@code <h2>} under the lesson's {@code <h1>}.
 */
@Component
class Markdown {

	private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s]+|/(?!/)[^\\s]*");

	/** The level the text's biggest heading gets: the page's title is the only h1. */
	private static final int TOP_LEVEL = 2;

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new OnlySafeLinks())
		.build();

	String toHtml(String markdown) {
		Node document = parser.parse(markdown == null ? "" : markdown);
		Cleaner cleaner = new Cleaner();
		document.accept(cleaner);
		cleaner.apply();
		return renderer.render(document);
	}

	static boolean isSafeLink(String destination) {
		return destination != null && SAFE_LINK.matcher(destination.strip()).matches()
				&& !destination.toLowerCase(Locale.ROOT).contains("javascript:");
	}

	/** Collects what to change while walking the tree, then changes it (changing while walking skips nodes). */
	private static final class Cleaner extends AbstractVisitor {

		private final List<Heading> headings = new ArrayList<>();

		private final List<Link> unsafeLinks = new ArrayList<>();

		private final List<Image> images = new ArrayList<>();

		@Override
		public void visit(Heading heading) {
			headings.add(heading);
			visitChildren(heading);
		}

		@Override
		public void visit(Link link) {
			if (!isSafeLink(link.getDestination())) {
				unsafeLinks.add(link);
			}
			visitChildren(link);
		}

		@Override
		public void visit(Image image) {
			images.add(image);
		}

		void apply() {
			int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(TOP_LEVEL);
			int shift = TOP_LEVEL - top;
			for (Heading heading : headings) {
				heading.setLevel(Math.min(6, Math.max(TOP_LEVEL, heading.getLevel() + shift)));
			}
			for (Link link : unsafeLinks) {
				unwrap(link);
			}
			for (Image image : images) {
				StringBuilder description = new StringBuilder();
				image.accept(new AbstractVisitor() {
					@Override
					public void visit(Text text) {
						description.append(text.getLiteral());
					}
				});
				image.insertBefore(new Text(description.toString()));
				image.unlink();
			}
		}

		private static void unwrap(Node node) {
			Node child = node.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				node.insertBefore(child);
				child = next;
			}
			node.unlink();
		}
	}

	/** A second guard in the renderer itself. */
	private static final class OnlySafeLinks implements UrlSanitizer {

		@Override
		public String sanitizeLinkUrl(String url) {
			return isSafeLink(url) ? url : "";
		}

		@Override
		public String sanitizeImageUrl(String url) {
			return "";
		}
	}
}
