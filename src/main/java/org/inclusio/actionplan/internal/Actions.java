package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A plan's actions, where each came from, its indicators and their progress updates. */
@Repository("actionplanActions")
class Actions {

	private final JdbcClient jdbc;

	Actions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Action(long id, long planId, long objectiveId, String title, String description, String responsibleBody,
			String partners, LocalDate startDate, LocalDate endDate, BigDecimal costAmount, String costCurrency,
			String fundingSource, String risks, int version) {
	}

	record Source(long actionId, String kind, long sourceId) {
	}

	record Indicator(long id, long actionId, String name, String unit, BigDecimal baseline, BigDecimal target,
			LocalDate targetDate) {

		Unit unitOf() {
			return Unit.valueOf(unit);
		}
	}

	record Progress(long id, long indicatorId, BigDecimal value, String status, String comment, LocalDate recordedOn) {
	}

	private static final String ACTION = """
			select id, plan_id, objective_id, title, description, responsible_body, partners, start_date, end_date,
			       cost_amount, cost_currency, funding_source, risks, version
			from actionplan_action
			""";

	List<Action> ofPlan(long planId) {
		return jdbc.sql(ACTION + " where plan_id = :p order by objective_id, id").param("p", planId).query(Action.class).list();
	}

	Optional<Action> find(long planId, long id) {
		return jdbc.sql(ACTION + " where plan_id = :p and id = :id").param("p", planId).param("id", id)
			.query(Action.class).optional();
	}

	long create(long planId, ActionForm form, String currency, OffsetDateTime now) {
		long id = jdbc.sql("""
				insert into actionplan_action (plan_id, objective_id, title, description, responsible_body, partners,
				  start_date, end_date, cost_amount, cost_currency, funding_source, risks, created_at, updated_at)
				values (:p, :objective, :title, :description, :responsible, :partners, :start, :end, :cost,
				  :currency, :funding, :risks, :now, :now)
				returning id
				""").param("p", planId).params(values(form, currency)).param("now", now).query(Long.class).single();
		for (Long decision : form.getDecisionIds()) {
			addSource(id, "DECISION", decision);
		}
		for (Long idea : form.getIdeaIds()) {
			addSource(id, "IDEA", idea);
		}
		return id;
	}

	/**
	 * Saves the form over the version it was edited from. False when somebody else saved the action since: nothing
	 * is written then, and the caller shows both.
	 */
	boolean update(long planId, long id, int editedVersion, ActionForm form, String currency, OffsetDateTime now) {
		return jdbc.sql("""
				update actionplan_action set objective_id = :objective, title = :title, description = :description,
				  responsible_body = :responsible, partners = :partners, start_date = :start, end_date = :end,
				  cost_amount = :cost, cost_currency = :currency, funding_source = :funding, risks = :risks,
				  updated_at = :now, version = version + 1
				where plan_id = :p and id = :id and version = :version
				""").param("p", planId).param("id", id).param("version", editedVersion).params(values(form, currency))
			.param("now", now).update() == 1;
	}

	private static java.util.Map<String, Object> values(ActionForm form, String currency) {
		var values = new java.util.HashMap<String, Object>();
		values.put("objective", Long.valueOf(form.getObjectiveId()));
		values.put("title", form.getTitle().strip());
		values.put("description", form.getDescription().strip());
		values.put("responsible", form.getResponsibleBody().strip());
		values.put("partners", form.getPartners().strip());
		values.put("start", form.startDate());
		values.put("end", form.endDate());
		BigDecimal cost = form.cost();
		values.put("cost", cost);
		values.put("currency", cost == null ? null : currency);
		values.put("funding", form.getFundingSource().isBlank() ? null : form.getFundingSource());
		values.put("risks", form.getRisks().strip());
		return values;
	}

	void addSource(long actionId, String kind, long sourceId) {
		jdbc.sql("""
				insert into actionplan_action_source (action_id, kind, source_id) values (:a, :k, :s)
				on conflict do nothing
				""").param("a", actionId).param("k", kind).param("s", sourceId).update();
	}

	List<Source> sources(long planId) {
		return jdbc.sql("""
				select s.action_id, s.kind, s.source_id from actionplan_action_source s
				join actionplan_action a on a.id = s.action_id where a.plan_id = :p order by s.action_id, s.kind, s.source_id
				""").param("p", planId).query(Source.class).list();
	}

	List<Indicator> indicators(long planId) {
		return jdbc.sql("""
				select i.id, i.action_id, i.name, i.unit, i.baseline, i.target, i.target_date from actionplan_indicator i
				join actionplan_action a on a.id = i.action_id where a.plan_id = :p order by i.action_id, i.id
				""").param("p", planId).query(Indicator.class).list();
	}

	Optional<Indicator> indicator(long planId, long id) {
		return jdbc.sql("""
				select i.id, i.action_id, i.name, i.unit, i.baseline, i.target, i.target_date from actionplan_indicator i
				join actionplan_action a on a.id = i.action_id where a.plan_id = :p and i.id = :id
				""").param("p", planId).param("id", id).query(Indicator.class).optional();
	}

	long addIndicator(long actionId, IndicatorForm form, Unit unit, OffsetDateTime now) {
		return jdbc.sql("""
				insert into actionplan_indicator (action_id, name, unit, baseline, target, target_date, created_at)
				values (:a, :name, :unit, :baseline, :target, :date, :now) returning id
				""").param("a", actionId).param("name", form.getName().strip()).param("unit", unit.name())
			.param("baseline", unit.parse(form.getBaseline())).param("target", unit.parse(form.getTarget()))
			.param("date", form.targetDate()).param("now", now).query(Long.class).single();
	}

	/** Every progress update of the plan's indicators, oldest first. */
	List<Progress> progress(long planId) {
		return jdbc.sql("""
				select g.id, g.indicator_id, g.value, g.status, g.comment, g.recorded_on from actionplan_progress g
				join actionplan_indicator i on i.id = g.indicator_id join actionplan_action a on a.id = i.action_id
				where a.plan_id = :p order by g.indicator_id, g.recorded_on, g.id
				""").param("p", planId).query(Progress.class).list();
	}

	List<Progress> progressOf(long indicatorId) {
		return jdbc.sql("""
				select id, indicator_id, value, status, comment, recorded_on from actionplan_progress
				where indicator_id = :i order by recorded_on, id
				""").param("i", indicatorId).query(Progress.class).list();
	}

	long addProgress(long indicatorId, BigDecimal value, ProgressStatus status, String comment, LocalDate on,
			Long by, OffsetDateTime now) {
		return jdbc.sql("""
				insert into actionplan_progress (indicator_id, value, status, comment, recorded_on, recorded_at, recorded_by)
				values (:i, :value, :status, :comment, :on, :now, :by) returning id
				""").param("i", indicatorId).param("value", value).param("status", status.name())
			.param("comment", comment).param("on", on).param("now", now).param("by", by).query(Long.class).single();
	}

	static <T> boolean any(Collection<T> items) {
		return items != null && !items.isEmpty();
	}
}
