package org.inclusio.actionplan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.inclusio.codesign.DecisionRef;
import org.inclusio.codesign.IdeaRef;
import org.inclusio.codesign.Workshops;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actions of a plan (new, from a workshop decision, edited with optimistic locking), their indicators and progress
 * updates. Every form is checked before anything is written, and each save is one transaction.
 */
@Controller
@RequestMapping("/actionplan/{planId:\\d+}")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManageActionController {

	private final Plans plans;

	private final Actions actions;

	private final Workshops workshops;

	private final MessageSource messages;

	private final MunicipalityTimeZones zones;

	private final Clock clock;

	ManageActionController(Plans plans, Actions actions, Workshops workshops, MessageSource messages,
			MunicipalityTimeZones zones, Clock clock) {
		this.plans = plans;
		this.actions = actions;
		this.workshops = workshops;
		this.messages = messages;
		this.zones = zones;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- actions

	/** A new action; with ?decision= it is filled in from that workshop decision and linked to it and its ideas. */
	@GetMapping("/actions/new")
	String newAction(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@RequestParam(name = "decision", required = false) Long decisionId, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		ActionForm form = new ActionForm();
		if (decisionId != null) {
			DecisionRef decision = ownDecision(staff, decisionId, locale);
			if (decision != null) {
				form.setTitle(shorten(decision.text(), 300));
				form.setDescription(decision.rationale() == null ? "" : decision.rationale());
				form.setDecisionIds(new java.util.ArrayList<>(List.of(decision.id())));
				form.setIdeaIds(new java.util.ArrayList<>(decision.ideas().stream().map(IdeaRef::id).toList()));
			}
		}
		return actionPage(plan, form, null, null, model, locale);
	}

	@PostMapping("/actions/new")
	@Transactional
	String createAction(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@ModelAttribute("action") ActionForm form, BindingResult errors, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		form.check(errors, objectiveIds(planId));
		keepOwnSources(staff, form, locale);
		if (errors.hasErrors()) {
			return actionPage(plan, form, null, null, model, locale);
		}
		long id = actions.create(planId, form, plan.currency(), OffsetDateTime.now(clock));
		plans.changed(planId, OffsetDateTime.now(clock));
		return "redirect:/actionplan/" + planId + "#action-" + id;
	}

	@GetMapping("/actions/{actionId:\\d+}")
	String editAction(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long actionId, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Action action = actions.find(planId, actionId).orElseThrow(Plans::notFound);
		return actionPage(plan, ActionForm.of(action), action, null, model, locale);
	}

	/**
	 * Saves over the version the form was filled from. When someone else saved the action meanwhile, nothing is
	 * written: the form comes back with what this person typed, a message, and what the other person saved, and its
	 * version is the current one, so that saving again (after a look) keeps this person's changes.
	 */
	@PostMapping("/actions/{actionId:\\d+}")
	@Transactional
	String saveAction(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long actionId, @ModelAttribute("action") ActionForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Action current = actions.find(planId, actionId).orElseThrow(Plans::notFound);
		form.check(errors, objectiveIds(planId));
		if (errors.hasErrors()) {
			return actionPage(plan, form, current, null, model, locale);
		}
		if (!actions.update(planId, actionId, form.getVersion(), form, plan.currency(), OffsetDateTime.now(clock))) {
			Actions.Action theirs = actions.find(planId, actionId).orElseThrow(Plans::notFound);
			errors.reject("actionplan.error.conflict");
			form.setVersion(theirs.version());
			return actionPage(plan, form, theirs, ActionForm.of(theirs), model, locale);
		}
		plans.changed(planId, OffsetDateTime.now(clock));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/actionplan/" + planId + "#action-" + actionId;
	}

	private String actionPage(Plans.Plan plan, ActionForm form, Actions.Action existing, ActionForm theirs,
			Model model, Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("action", form);
		model.addAttribute("existing", existing);
		model.addAttribute("theirs", theirs);
		model.addAttribute("objectives", plans.objectives(plan.id()).stream()
			.map(o -> new Option(String.valueOf(o.id()), o.title())).toList());
		model.addAttribute("fundingSources", Arrays.stream(Funding.values())
			.map(f -> new Option(f.name(), messages.getMessage("actionplan.funding." + f.name(), null, locale))).toList());
		List<DecisionRef> sources = form.getDecisionIds().stream()
			.map(id -> workshops.decision(id, locale).orElse(null))
			.filter(d -> d != null && d.tenantId() == plan.tenantId()).toList();
		model.addAttribute("sourceDecisions", sources);
		return "actionplan/manage-action";
	}

	private DecisionRef ownDecision(SignedInUser staff, long decisionId, Locale locale) {
		return workshops.decision(decisionId, locale).filter(d -> d.tenantId() == staff.tenantId()).orElse(null);
	}

	/** Only decisions (and their ideas) of this municipality may be linked, whatever the form sent. */
	private void keepOwnSources(SignedInUser staff, ActionForm form, Locale locale) {
		List<DecisionRef> own = form.getDecisionIds().stream().distinct()
			.map(id -> ownDecision(staff, id, locale)).filter(d -> d != null).toList();
		Set<Long> ideas = own.stream().flatMap(d -> d.ideas().stream()).map(IdeaRef::id).collect(Collectors.toSet());
		form.setDecisionIds(new java.util.ArrayList<>(own.stream().map(DecisionRef::id).toList()));
		form.setIdeaIds(new java.util.ArrayList<>(form.getIdeaIds().stream().distinct().filter(ideas::contains).toList()));
	}

	private Set<Long> objectiveIds(long planId) {
		return plans.objectives(planId).stream().map(Plans.Objective::id).collect(Collectors.toSet());
	}

	private static String shorten(String text, int max) {
		String plain = text == null ? "" : text.strip();
		return plain.length() <= max ? plain : plain.substring(0, max - 1) + "…";
	}

	// ---------------------------------------------------------------- indicators

	@GetMapping("/actions/{actionId:\\d+}/indicators/new")
	String newIndicator(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long actionId, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Action action = actions.find(planId, actionId).orElseThrow(Plans::notFound);
		return indicatorPage(plan, action, new IndicatorForm(), model, locale);
	}

	@PostMapping("/actions/{actionId:\\d+}/indicators/new")
	@Transactional
	String addIndicator(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long actionId, @ModelAttribute("indicator") IndicatorForm form, BindingResult errors,
			Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Action action = actions.find(planId, actionId).orElseThrow(Plans::notFound);
		form.check(errors);
		if (errors.hasErrors()) {
			return indicatorPage(plan, action, form, model, locale);
		}
		long id = actions.addIndicator(actionId, form, Unit.valueOf(form.getUnit()), OffsetDateTime.now(clock));
		plans.changed(planId, OffsetDateTime.now(clock));
		return "redirect:/actionplan/" + planId + "#indicator-" + id;
	}

	private String indicatorPage(Plans.Plan plan, Actions.Action action, IndicatorForm form, Model model,
			Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("actionItem", action);
		model.addAttribute("indicator", form);
		model.addAttribute("units", Arrays.stream(Unit.values())
			.map(u -> new Option(u.name(), messages.getMessage("actionplan.unit." + u.name(), null, locale))).toList());
		return "actionplan/manage-indicator";
	}

	// ---------------------------------------------------------------- progress

	@GetMapping("/indicators/{indicatorId:\\d+}/progress")
	String newProgress(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long indicatorId, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Indicator indicator = actions.indicator(planId, indicatorId).orElseThrow(Plans::notFound);
		ProgressForm form = new ProgressForm();
		form.setRecordedOn(today(plan).toString());
		return progressPage(plan, indicator, form, model, locale);
	}

	@PostMapping("/indicators/{indicatorId:\\d+}/progress")
	@Transactional
	String addProgress(@AuthenticationPrincipal SignedInUser staff, @PathVariable long planId,
			@PathVariable long indicatorId, @ModelAttribute("progress") ProgressForm form, BindingResult errors,
			Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), planId);
		Actions.Indicator indicator = actions.indicator(planId, indicatorId).orElseThrow(Plans::notFound);
		Unit unit = indicator.unitOf();
		form.check(errors, unit, today(plan));
		if (errors.hasErrors()) {
			return progressPage(plan, indicator, form, model, locale);
		}
		actions.addProgress(indicatorId, unit.parse(form.getValue()), ProgressStatus.valueOf(form.getStatus()),
				form.getComment().strip(), form.recordedOn(), staff.id(), OffsetDateTime.now(clock));
		plans.changed(planId, OffsetDateTime.now(clock));
		return "redirect:/actionplan/" + planId + "#indicator-" + indicatorId;
	}

	private String progressPage(Plans.Plan plan, Actions.Indicator indicator, ProgressForm form, Model model,
			Locale locale) {
		model.addAttribute("plan", plan);
		model.addAttribute("indicatorItem", indicator);
		model.addAttribute("unitLabel", messages.getMessage("actionplan.unit." + indicator.unit(), null, locale));
		model.addAttribute("unitHint", messages.getMessage("actionplan.hint.value." + indicator.unit(), null, locale));
		model.addAttribute("progress", form);
		model.addAttribute("statuses", ProgressStatus.REPORTABLE);
		model.addAttribute("history", actions.progressOf(indicator.id()));
		return "actionplan/manage-progress";
	}

	private LocalDate today(Plans.Plan plan) {
		return LocalDate.now(clock.withZone(zones.of(plan.tenantId())));
	}
}
