package org.inclusio.directory.internal.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An administrator rebuilds the directory's search index (on this node; see {@link SearchIndexer}). The rebuild runs
 * in the background (a minute or more for 100,000 services); the page says whether it is running and how long the
 * last one took.
 */
@Controller
@RequestMapping("/admin/directory/reindex")
@PreAuthorize("hasRole('ADMIN')")
class ReindexController {

	private final SearchIndexer indexer;

	ReindexController(SearchIndexer indexer) {
		this.indexer = indexer;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("counts", indexer.counts());
		model.addAttribute("running", indexer.isRunning());
		indexer.last().ifPresent(last -> {
			model.addAttribute("doneCount", last.services());
			model.addAttribute("doneSeconds",
					BigDecimal.valueOf(last.took().toMillis()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP));
			model.addAttribute("doneMillis", last.took().toMillis());
		});
		return "directorysearch/reindex";
	}

	@PostMapping
	String reindex() {
		indexer.startInBackground();
		return "redirect:/admin/directory/reindex";
	}
}
