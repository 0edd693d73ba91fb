package org.inclusio.actionplan.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.inclusio.identity.People;
import org.inclusio.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public accountability pages, readable without signing in: the list of approved plans, a plan's page (actions
 * with status and progress, a chart and a data table per indicator, a filter by objective and status that is a plain
 * GET form) and its exports as CSV and PDF.
 */
@Controller
class PublicPlanController {

	private final Plans plans;

	private final PublicPlanPages pages;

	private final PlanExports exports;

	private final People people;

	private final ViewResolver views;

	PublicPlanController(Plans plans, PublicPlanPages pages, PlanExports exports, People people,
			@Qualifier("thymeleafViewResolver") ViewResolver views) {
		this.plans = plans;
		this.pages = pages;
		this.exports = exports;
		this.people = people;
		this.views = views;
	}

	record PlanItem(Plans.Plan plan, Texts.Shown title) {
	}

	record PublishedItem(Plans.Plan plan, Texts.Shown title, String municipality) {
	}

	@GetMapping("/plans")
	@Transactional(readOnly = true)
	String list(Model model, Locale locale) {
		model.addAttribute("plans", plans.published().stream()
			.map(p -> new PublishedItem(p, p.title().in(locale, p.language()),
					people.municipalityName(p.tenantId(), locale).orElse("")))
			.toList());
		return "actionplan/public-list";
	}

	/**
	 * The public page of a plan. For people who are not signed in the whole page is kept as bytes (see
	 * {@link PublicPlanPages}); a signed-in person gets the layout with their own menu around the kept part.
	 */
	@GetMapping("/plans/{id:\\d+}")
	void plan(@PathVariable long id, @RequestParam(name = "objective", required = false) String objective,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws Exception {
		PublicPlanPages.Filter filter = filter(objective, status, page);
		PublicPlanPages.Built built = pages.page(id, locale, filter).orElseThrow(Plans::notFound);
		boolean anonymous = SignedInUser.current().isEmpty();
		PublicPlanPages.WholeKey key = anonymous ? pages.wholeKey(built, locale, filter, request.getQueryString()) : null;
		byte[] kept = anonymous ? pages.wholePage(key, built) : null;
		if (kept != null) {
			response.setContentType("text/html;charset=UTF-8");
			response.setLocale(locale);
			response.setContentLength(kept.length);
			response.getOutputStream().write(kept);
			return;
		}
		model.addAttribute("page", built);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", ProgressStatus.values());
		model.addAttribute("query", query(filter));
		model.addAttribute("filtered", filter.objective() != null || filter.status() != null);
		View view = views.resolveViewName("actionplan/public-plan", locale);
		if (!anonymous) {
			view.render(model.asMap(), request, response);
			return;
		}
		ContentCachingResponseWrapper copy = new ContentCachingResponseWrapper(response);
		view.render(model.asMap(), request, copy);
		if (copy.getStatus() == 200) {
			pages.keepWholePage(key, copy.getContentAsByteArray());
		}
		copy.copyBodyToResponse();
	}

	@GetMapping("/plans/{id:\\d+}/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(name = "objective", required = false) String objective,
			@RequestParam(name = "status", required = false) String status, Locale locale) {
		PublicPlanPages.Export export = pages.all(id, locale, filter(objective, status, null)).orElseThrow(Plans::notFound);
		return download(exports.csv(export, locale), "text/csv;charset=UTF-8", "plan-" + id + ".csv");
	}

	@GetMapping("/plans/{id:\\d+}/export.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(name = "objective", required = false) String objective,
			@RequestParam(name = "status", required = false) String status, Locale locale) {
		PublicPlanPages.Export export = pages.all(id, locale, filter(objective, status, null)).orElseThrow(Plans::notFound);
		return download(exports.pdf(export, locale), MediaType.APPLICATION_PDF_VALUE, "plan-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/** Whatever was typed into the address: unknown values are ignored rather than an error. */
	static PublicPlanPages.Filter filter(String objective, String status, String page) {
		Long objectiveId = objective != null && objective.matches("\\d{1,18}") ? Long.valueOf(objective) : null;
		ProgressStatus chosen = status == null ? null : ProgressStatus.parse(status);
		int number = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		return new PublicPlanPages.Filter(objectiveId, chosen, Math.max(1, number));
	}

	/** The filter as a query string for the export links and the pages, e.g. "objective=3&status=LATE". */
	static String query(PublicPlanPages.Filter filter) {
		StringBuilder query = new StringBuilder();
		if (filter.objective() != null) {
			query.append("objective=").append(filter.objective());
		}
		if (filter.status() != null) {
			query.append(query.isEmpty() ? "" : "&").append("status=").append(filter.status().name());
		}
		return query.toString();
	}
}
