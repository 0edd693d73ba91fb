package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Approved versions of a plan: what the plan said when it was approved (kept as JSON), and what has changed in it
 * since. Progress updates are reporting, not changes to the plan, so they are not part of a version.
 */
@Service
class PlanVersions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Plans plans;

	private final Actions actions;

	PlanVersions(Plans plans, Actions actions) {
		this.plans = plans;
		this.actions = actions;
	}

	record Snapshot(Texts title, Texts vision, List<Objective> objectives, List<Action> actions,
			List<Indicator> indicators) {
	}

	record Objective(long id, String title) {
	}

	record Action(long id, long objectiveId, String title, String description, String responsibleBody,
			String partners, LocalDate startDate, LocalDate endDate, BigDecimal cost, String currency, String funding,
			String risks) {
	}

	record Indicator(long id, long actionId, String name, String unit, BigDecimal baseline, BigDecimal target,
			LocalDate targetDate) {
	}

	/** One difference: kind ADDED, REMOVED or CHANGED; type PLAN, OBJECTIVE, ACTION or INDICATOR; field when CHANGED. */
	record Change(String kind, String type, String name, String field, String before, String after) {
	}

	Snapshot current(Plans.Plan plan) {
		return new Snapshot(plan.title(), plan.vision(),
				plans.objectives(plan.id()).stream().map(o -> new Objective(o.id(), o.title())).toList(),
				actions.ofPlan(plan.id()).stream()
					.map(a -> new Action(a.id(), a.objectiveId(), a.title(), a.description(), a.responsibleBody(),
							a.partners(), a.startDate(), a.endDate(), a.costAmount(), a.costCurrency(),
							a.fundingSource(), a.risks()))
					.toList(),
				actions.indicators(plan.id()).stream()
					.map(i -> new Indicator(i.id(), i.actionId(), i.name(), i.unit(), i.baseline(), i.target(),
							i.targetDate()))
					.toList());
	}

	String json(Snapshot snapshot) {
		return JSON.writeValueAsString(snapshot);
	}

	Snapshot parse(String json) {
		return JSON.readValue(json, Snapshot.class);
	}

	/** What changed from an approved version to now, plan first, then objectives, actions and indicators. */
	static List<Change> changes(Snapshot approved, Snapshot now) {
		List<Change> changes = new ArrayList<>();
		for (String language : Texts.LANGUAGES) {
			field(changes, "PLAN", "", "title." + language, approved.title().get(language), now.title().get(language));
			field(changes, "PLAN", "", "vision." + language, approved.vision().get(language), now.vision().get(language));
		}
		compare(changes, "OBJECTIVE", approved.objectives(), now.objectives(), Objective::id, Objective::title,
				(before, after) -> field(changes, "OBJECTIVE", after.title(), "title", before.title(), after.title()));
		compare(changes, "ACTION", approved.actions(), now.actions(), Action::id, Action::title, (before, after) -> {
			String name = after.title();
			field(changes, "ACTION", name, "title", before.title(), after.title());
			field(changes, "ACTION", name, "objective", title(approved, before.objectiveId()), title(now, after.objectiveId()));
			field(changes, "ACTION", name, "description", before.description(), after.description());
			field(changes, "ACTION", name, "responsibleBody", before.responsibleBody(), after.responsibleBody());
			field(changes, "ACTION", name, "partners", before.partners(), after.partners());
			field(changes, "ACTION", name, "startDate", text(before.startDate()), text(after.startDate()));
			field(changes, "ACTION", name, "endDate", text(before.endDate()), text(after.endDate()));
			field(changes, "ACTION", name, "cost", money(before.cost(), before.currency()), money(after.cost(), after.currency()));
			field(changes, "ACTION", name, "fundingSource", text(before.funding()), text(after.funding()));
			field(changes, "ACTION", name, "risks", before.risks(), after.risks());
		});
		compare(changes, "INDICATOR", approved.indicators(), now.indicators(), Indicator::id, Indicator::name,
				(before, after) -> {
					String name = after.name();
					field(changes, "INDICATOR", name, "name", before.name(), after.name());
					field(changes, "INDICATOR", name, "unit", before.unit(), after.unit());
					field(changes, "INDICATOR", name, "baseline", number(before.baseline()), number(after.baseline()));
					field(changes, "INDICATOR", name, "target", number(before.target()), number(after.target()));
					field(changes, "INDICATOR", name, "targetDate", text(before.targetDate()), text(after.targetDate()));
				});
		return changes;
	}

	private interface Pair<T> {
		void compare(T before, T after);
	}

	private static <T> void compare(List<Change> changes, String type, List<T> before, List<T> after,
			Function<T, Long> id, Function<T, String> name, Pair<T> both) {
		Map<Long, T> old = before.stream().collect(Collectors.toMap(id, Function.identity()));
		Map<Long, T> current = after.stream().collect(Collectors.toMap(id, Function.identity()));
		for (T item : after) {
			T was = old.get(id.apply(item));
			if (was == null) {
				changes.add(new Change("ADDED", type, name.apply(item), null, null, null));
			}
			else {
				both.compare(was, item);
			}
		}
		for (T item : before) {
			if (!current.containsKey(id.apply(item))) {
				changes.add(new Change("REMOVED", type, name.apply(item), null, null, null));
			}
		}
	}

	private static void field(List<Change> changes, String type, String name, String field, String before, String after) {
		String was = before == null ? "" : before;
		String is = after == null ? "" : after;
		if (!was.equals(is)) {
			changes.add(new Change("CHANGED", type, name, field, was, is));
		}
	}

	private static String title(Snapshot snapshot, long objectiveId) {
		return snapshot.objectives().stream().filter(o -> o.id() == objectiveId).map(Objective::title).findFirst().orElse("");
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String money(BigDecimal value, String currency) {
		return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + Objects.toString(currency, "");
	}
}
