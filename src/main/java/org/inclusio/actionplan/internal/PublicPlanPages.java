package org.inclusio.actionplan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public accountability page of a plan, built once per (plan revision, language, filter, page) and kept: a
 * plan of 100 actions and 300 indicators takes some milliseconds of queries, charts and template work, while
 * finding the plan's revision is one indexed read. Every change to a plan raises its revision in the database, so a
 * kept page is never served after a change, on this node or any other. Decisions come from the codesign module,
 * which does not tell us when they change: a kept page is rebuilt after {@link #MAX_AGE_SECONDS} anyway.
 */
@Service
class PublicPlanPages {

	static final int PAGE_SIZE = 10;

	static final long MAX_AGE_SECONDS = 300;

	private static final int MAX_ENTRIES = 256;

	private static final int MAX_WHOLE_PAGES = 64;

	private static final java.util.regex.Pattern INDENT = java.util.regex.Pattern.compile("\n[ \t]+");

	private final Plans plans;

	private final PlanReport report;

	private final PlanVersions versions;

	private final ITemplateEngine templates;

	private final Clock clock;

	private final Map<Key, Built> cache = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Built> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	/**
	 * Whole pages as sent to people who are not signed in, as bytes: everyone gets the same page for the same address
	 * and language (the layout then has no personal part and no form with a token), so the layout need not be
	 * rendered, nor the text encoded, again for each of them.
	 */
	private final Map<WholeKey, WholePage> wholePages = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<WholeKey, WholePage> eldest) {
			return size() > MAX_WHOLE_PAGES;
		}
	};

	record WholeKey(Key key, String query) {
	}

	record WholePage(byte[] html, Instant at) {
	}

	WholeKey wholeKey(Built built, Locale locale, Filter filter, String query) {
		return new WholeKey(new Key(built.plan().id(), built.plan().revision(), Texts.language(locale), filter),
				query == null ? "" : query);
	}

	/** The whole page kept for this key, unless it is older than the part it was made from. */
	byte[] wholePage(WholeKey key, Built built) {
		WholePage page;
		synchronized (wholePages) {
			page = wholePages.get(key);
		}
		return page == null || page.at().isBefore(built.at()) ? null : page.html();
	}

	void keepWholePage(WholeKey key, byte[] html) {
		synchronized (wholePages) {
			wholePages.put(key, new WholePage(html, clock.instant()));
		}
	}

	PublicPlanPages(Plans plans, PlanReport report, PlanVersions versions, ITemplateEngine templates, Clock clock) {
		this.plans = plans;
		this.report = report;
		this.versions = versions;
		this.templates = templates;
		this.clock = clock;
	}

	/** What the page asks for: an objective, a status, a page of actions (from 1). */
	record Filter(Long objective, ProgressStatus status, int page) {
	}

	record Key(long planId, long revision, String language, Filter filter) {
	}

	/** The page's parts other than the layout: the plan's head, the filter's choices, and the actions as HTML. */
	record Built(Plans.Plan plan, Texts.Shown title, Texts.Shown vision, List<Plans.Objective> objectives,
			Integer approvedVersion, List<PlanVersions.Change> changes, int total, int matching, int page, int pages,
			String actionsHtml, Instant at) {
	}

	Optional<Built> page(long planId, Locale locale, Filter filter) {
		Optional<Long> revision = plans.publishedRevision(planId);
		if (revision.isEmpty()) {
			return Optional.empty();
		}
		Key key = new Key(planId, revision.get(), Texts.language(locale), filter);
		Built built;
		synchronized (cache) {
			built = cache.get(key);
		}
		if (built != null && built.at().plusSeconds(MAX_AGE_SECONDS).isAfter(clock.instant())) {
			return Optional.of(built);
		}
		// two requests may build the same page at once; both results are the same, the second one is kept
		Optional<Built> fresh = build(planId, locale, filter);
		fresh.ifPresent(b -> {
			synchronized (cache) {
				cache.put(new Key(planId, b.plan().revision(), key.language(), filter), b);
			}
		});
		return fresh;
	}

	/** Every matching action (for the exports), not a page of them. */
	@Transactional(readOnly = true)
	Optional<Export> all(long planId, Locale locale, Filter filter) {
		return plans.publishedPlan(planId).map(plan -> new Export(plan, plan.title().in(locale, plan.language()),
				plans.objectives(planId), matching(report.actions(plan, locale, false), filter)));
	}

	record Export(Plans.Plan plan, Texts.Shown title, List<Plans.Objective> objectives,
			List<PlanReport.ActionView> actions) {
	}

	@Transactional(readOnly = true)
	Optional<Built> build(long planId, Locale locale, Filter filter) {
		return plans.publishedPlan(planId).map(plan -> {
			List<Plans.Objective> objectives = plans.objectives(planId);
			List<PlanReport.ActionView> all = report.actions(plan, locale, true);
			List<PlanReport.ActionView> matching = matching(all, filter);
			int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			int page = Math.min(Math.max(1, filter.page()), pages);
			List<PlanReport.ActionView> shown = matching.subList((page - 1) * PAGE_SIZE,
					Math.min(matching.size(), page * PAGE_SIZE));
			List<Plans.Version> approved = plans.versions(planId);
			List<PlanVersions.Change> changes = approved.isEmpty() ? List.of()
					: PlanVersions.changes(versions.parse(approved.get(0).snapshot()), versions.current(plan));
			Context context = new Context(locale);
			context.setVariable("actions", shown);
			context.setVariable("plan", plan);
			context.setVariable("groups", groups(shown));
			// indentation of the template is a tenth of the page's bytes, and means nothing here (no <pre>)
			String html = INDENT.matcher(templates.process("actionplan/public-actions", java.util.Set.of("actions"), context))
				.replaceAll("\n");
			return new Built(plan, plan.title().in(locale, plan.language()), plan.vision().in(locale, plan.language()),
					objectives, approved.isEmpty() ? null : approved.get(0).number(), changes, all.size(),
					matching.size(), page, pages, html, clock.instant());
		});
	}

	/** Consecutive actions of one objective, under its heading. */
	record Group(long objectiveId, String objectiveTitle, List<PlanReport.ActionView> actions) {
	}

	static List<Group> groups(List<PlanReport.ActionView> actions) {
		List<Group> groups = new ArrayList<>();
		for (PlanReport.ActionView action : actions) {
			if (groups.isEmpty() || groups.get(groups.size() - 1).objectiveId() != action.objectiveId()) {
				groups.add(new Group(action.objectiveId(), action.objectiveTitle(), new ArrayList<>()));
			}
			groups.get(groups.size() - 1).actions().add(action);
		}
		return groups;
	}

	static List<PlanReport.ActionView> matching(List<PlanReport.ActionView> all, Filter filter) {
		return all.stream()
			.filter(a -> filter.objective() == null || a.objectiveId() == filter.objective())
			.filter(a -> filter.status() == null || a.status() == filter.status())
			.toList();
	}
}
