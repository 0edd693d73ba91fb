package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.codesign.DecisionRef;
import org.inclusio.codesign.IdeaRef;
import org.inclusio.codesign.Workshops;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A plan as people read it: its actions with their status and progress, their indicators with the values reported
 * (formatted for the page's language), a chart of each, and the workshop decisions and ideas behind each action.
 */
@Service
class PlanReport {

	private final Plans plans;

	private final Actions actions;

	private final Workshops workshops;

	private final MessageSource messages;

	PlanReport(Plans plans, Actions actions, Workshops workshops, MessageSource messages) {
		this.plans = plans;
		this.actions = actions;
		this.workshops = workshops;
		this.messages = messages;
	}

	record ProgressRow(String date, String value, ProgressStatus status, String comment) {
	}

	record IndicatorView(long id, long actionId, String name, Unit unit, String baseline, String target,
			String targetDate, String latest, Integer percent, ProgressStatus status, List<ProgressRow> rows,
			String chart) {
	}

	record DecisionView(long id, String text, String rationale, String series, String session, String date,
			String href, List<IdeaRef> ideas) {
	}

	record ActionView(long id, long objectiveId, String objectiveTitle, String title, String description,
			String responsibleBody, String partners, String startDate, String endDate, String cost, String funding,
			String risks, int version, ProgressStatus status, Integer percent, List<IndicatorView> indicators,
			List<DecisionView> decisions, List<IdeaRef> ideas) {
	}

	/** Every action of the plan in objective order, with charts when asked (the public page) or without. */
	List<ActionView> actions(Plans.Plan plan, Locale locale, boolean charts) {
		List<Plans.Objective> objectives = plans.objectives(plan.id());
		Map<Long, Plans.Objective> objectiveById = new LinkedHashMap<>();
		objectives.forEach(o -> objectiveById.put(o.id(), o));
		Map<Long, List<Actions.Progress>> progress = new HashMap<>();
		actions.progress(plan.id()).forEach(p -> progress.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>()).add(p));
		Map<Long, List<IndicatorView>> indicators = new HashMap<>();
		for (Actions.Indicator indicator : actions.indicators(plan.id())) {
			indicators.computeIfAbsent(indicator.actionId(), k -> new ArrayList<>())
				.add(indicator(indicator, progress.getOrDefault(indicator.id(), List.of()), locale, charts));
		}
		Map<Long, List<Actions.Source>> sources = new HashMap<>();
		actions.sources(plan.id()).forEach(s -> sources.computeIfAbsent(s.actionId(), k -> new ArrayList<>()).add(s));
		Map<Long, DecisionRef> decisions = new HashMap<>();
		Map<Long, IdeaRef> ideas = new HashMap<>();
		if (!sources.isEmpty()) {
			for (DecisionRef decision : workshops.decisions(plan.tenantId(), locale)) {
				decisions.put(decision.id(), decision);
				decision.ideas().forEach(idea -> ideas.put(idea.id(), idea));
			}
		}
		NumberFormat money = NumberFormat.getNumberInstance(locale);
		money.setMinimumFractionDigits(2);
		money.setMaximumFractionDigits(2);
		List<ActionView> views = new ArrayList<>();
		List<Actions.Action> all = actions.ofPlan(plan.id());
		for (Plans.Objective objective : objectives) {
			for (Actions.Action action : all) {
				if (action.objectiveId() != objective.id()) {
					continue;
				}
				List<IndicatorView> own = indicators.getOrDefault(action.id(), List.of());
				Integer percent = own.isEmpty() ? null
						: (int) Math.round(own.stream().mapToInt(i -> i.percent() == null ? 0 : i.percent()).average().orElse(0));
				ProgressStatus status = ProgressStatus.ofAction(own.stream().map(IndicatorView::status).toList());
				List<DecisionView> decisionViews = new ArrayList<>();
				List<IdeaRef> ideaViews = new ArrayList<>();
				for (Actions.Source source : sources.getOrDefault(action.id(), List.of())) {
					if ("DECISION".equals(source.kind()) && decisions.containsKey(source.sourceId())) {
						DecisionRef d = decisions.get(source.sourceId());
						decisionViews.add(new DecisionView(d.id(), d.text(), d.rationale(), d.seriesTitle(),
								d.sessionTitle(), date(d.date(), locale), d.publicPath(), d.ideas()));
					}
				}
				for (Actions.Source source : sources.getOrDefault(action.id(), List.of())) {
					IdeaRef idea = ideas.get(source.sourceId());
					if ("IDEA".equals(source.kind()) && idea != null
							&& decisionViews.stream().noneMatch(d -> d.ideas().contains(idea))) {
						ideaViews.add(idea);
					}
				}
				views.add(new ActionView(action.id(), objective.id(), objective.title(), action.title(),
						action.description(), action.responsibleBody(), action.partners(),
						date(action.startDate(), locale), date(action.endDate(), locale),
						action.costAmount() == null ? "" : money.format(action.costAmount()) + " " + action.costCurrency(),
						action.fundingSource() == null ? "" : action.fundingSource(), action.risks(), action.version(),
						status, percent, own, decisionViews, ideaViews));
			}
		}
		return views;
	}

	private IndicatorView indicator(Actions.Indicator indicator, List<Actions.Progress> updates, Locale locale,
			boolean charts) {
		Unit unit = indicator.unitOf();
		Actions.Progress latest = updates.isEmpty() ? null : updates.get(updates.size() - 1);
		Integer percent = latest == null ? null : percent(indicator.baseline(), indicator.target(), latest.value());
		List<ProgressRow> rows = updates.stream()
			.map(p -> new ProgressRow(date(p.recordedOn(), locale), value(p.value(), unit, locale),
					ProgressStatus.valueOf(p.status()), p.comment()))
			.toList();
		String chart = null;
		if (charts) {
			String baseline = value(indicator.baseline(), unit, locale);
			String target = value(indicator.target(), unit, locale);
			String description = latest == null
					? message("actionplan.chart.descEmpty", locale, indicator.name(), baseline, target,
							date(indicator.targetDate(), locale))
					: message("actionplan.chart.desc", locale, indicator.name(), baseline, target,
							date(indicator.targetDate(), locale), String.valueOf(updates.size()),
							value(latest.value(), unit, locale), date(latest.recordedOn(), locale), String.valueOf(percent));
			List<ChartSvg.Point> points = updates.stream()
				.map(p -> new ChartSvg.Point(p.value(), shortDate(p.recordedOn(), locale), value(p.value(), unit, locale)))
				.toList();
			chart = ChartSvg.render("chart-" + indicator.id(), indicator.name(), description, indicator.baseline(),
					message("actionplan.chart.baseline", locale, baseline), indicator.target(),
					message("actionplan.chart.target", locale, target), points);
		}
		return new IndicatorView(indicator.id(), indicator.actionId(), indicator.name(), unit,
				value(indicator.baseline(), unit, locale), value(indicator.target(), unit, locale),
				date(indicator.targetDate(), locale), latest == null ? "" : value(latest.value(), unit, locale), percent,
				latest == null ? ProgressStatus.NOT_STARTED : ProgressStatus.valueOf(latest.status()), rows, chart);
	}

	/** How far from the baseline to the target the latest value is, 0 to 100. */
	static int percent(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
		BigDecimal distance = target.subtract(baseline);
		if (distance.signum() == 0) {
			return latest.compareTo(target) >= 0 ? 100 : 0;
		}
		BigDecimal share = latest.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(distance, 0, RoundingMode.HALF_UP);
		return Math.max(0, Math.min(100, share.intValue()));
	}

	String value(BigDecimal value, Unit unit, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(unit.decimals());
		return message("actionplan.unit.value." + unit.name(), locale, format.format(value));
	}

	static String date(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	private static String shortDate(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
	}

	private String message(String code, Locale locale, String... args) {
		return messages.getMessage(code, args, locale);
	}
}
