package org.inclusio.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** axe-core on the page as it is now: WCAG 2.1 A and AA rules; serious and critical violations fail the test. */
final class Accessibility {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	private Accessibility() {
	}

	static void assertNoSeriousViolations(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		if (results.isErrored()) {
			throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<String> failures = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			String description = describe(rule, page.url());
			if (FAILING_IMPACTS.contains(rule.getImpact())) {
				failures.add(description);
			}
			else {
				// moderate and minor: worth knowing, not failing
				System.out.println("[axe " + rule.getImpact() + "] " + description);
			}
		}
		if (!failures.isEmpty()) {
			throw new AssertionError(failures.size() + " serious or critical accessibility violation(s) on "
					+ page.url() + ":\n" + String.join("\n", failures));
		}
	}

	private static String describe(Rule rule, String url) {
		StringBuilder text = new StringBuilder()
			.append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
			.append(rule.getHelp()).append(" [").append(rule.getHelpUrl()).append("] at ").append(url);
		for (CheckedNode node : rule.getNodes()) {
			text.append("\n    target ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()));
			if (node.getFailureSummary() != null) {
				text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
			}
		}
		return text.toString();
	}

	private static String abbreviate(String html) {
		if (html == null) {
			return "";
		}
		return html.length() <= 200 ? html : html.substring(0, 200) + "…";
	}
}
