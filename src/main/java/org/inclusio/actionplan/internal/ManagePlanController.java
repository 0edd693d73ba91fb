package org.inclusio.actionplan.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.inclusio.codesign.Workshops;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's action plans for its FACILITATOR and ADMIN staff: the list, a new plan, a plan's page (objectives,
 * actions, indicators, the decisions of the municipality's workshops to turn into actions), its details, a new
 * objective and approval. Another municipality's plan answers 404.
 */
@Controller
@RequestMapping("/actionplan")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManagePlanController {

	private final Plans plans;

	private final PlanReport report;

	private final PlanVersions versions;

	private final Workshops workshops;

	private final AuditLog audit;

	private final Clock clock;

	ManagePlanController(Plans plans, PlanReport report, PlanVersions versions, Workshops workshops, AuditLog audit,
			Clock clock) {
		this.plans = plans;
		this.report = report;
		this.versions = versions;
		this.workshops = workshops;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser staff, Model model, Locale locale) {
		model.addAttribute("plans", plans.ofMunicipality(staff.tenantId()).stream()
			.map(p -> new PublicPlanController.PlanItem(p, p.title().in(locale, p.language()))).toList());
		return "actionplan/manage-list";
	}

	@GetMapping("/new")
	String newPlan(Model model) {
		PlanForm form = new PlanForm();
		model.addAttribute("plan", form);
		return "actionplan/manage-plan-form";
	}

	@PostMapping("/new")
	@Transactional
	String create(@AuthenticationPrincipal SignedInUser staff, @ModelAttribute("plan") PlanForm form,
			BindingResult errors) {
		form.check(errors);
		if (errors.hasErrors()) {
			return "actionplan/manage-plan-form";
		}
		long id = plans.create(staff.tenantId(), form, OffsetDateTime.now(clock));
		audit.record("CREATE", "actionplan-plan", id);
		return "redirect:/actionplan/" + id;
	}

	@GetMapping("/{id:\\d+}")
	@Transactional(readOnly = true)
	String plan(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model, Locale locale) {
		Plans.Plan plan = plans.own(staff.tenantId(), id);
		model.addAttribute("plan", plan);
		model.addAttribute("planTitle", plan.title().in(locale, plan.language()));
		model.addAttribute("planVision", plan.vision().in(locale, plan.language()));
		model.addAttribute("objectives", plans.objectives(id));
		model.addAttribute("actions", report.actions(plan, locale, false));
		List<Plans.Version> all = plans.versions(id);
		model.addAttribute("versions", all);
		model.addAttribute("changes", all.isEmpty() ? List.of()
				: PlanVersions.changes(versions.parse(all.get(0).snapshot()), versions.current(plan)));
		model.addAttribute("decisions", workshops.decisions(staff.tenantId(), locale));
		return "actionplan/manage-plan";
	}

	@GetMapping("/{id:\\d+}/details")
	String details(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		Plans.Plan plan = plans.own(staff.tenantId(), id);
		model.addAttribute("planId", plan.id());
		model.addAttribute("plan", PlanForm.of(plan));
		return "actionplan/manage-plan-form";
	}

	@PostMapping("/{id:\\d+}/details")
	@Transactional
	String saveDetails(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@ModelAttribute("plan") PlanForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Plans.Plan plan = plans.own(staff.tenantId(), id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("planId", plan.id());
			return "actionplan/manage-plan-form";
		}
		plans.update(id, form, OffsetDateTime.now(clock));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/actionplan/" + id;
	}

	@GetMapping("/{id:\\d+}/objectives/new")
	String newObjective(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		model.addAttribute("planId", plans.own(staff.tenantId(), id).id());
		model.addAttribute("objective", new ObjectiveForm());
		return "actionplan/manage-objective";
	}

	@PostMapping("/{id:\\d+}/objectives/new")
	@Transactional
	String addObjective(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@ModelAttribute("objective") ObjectiveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Plans.Plan plan = plans.own(staff.tenantId(), id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("planId", plan.id());
			return "actionplan/manage-objective";
		}
		plans.addObjective(id, form.getTitle());
		plans.changed(id, OffsetDateTime.now(clock));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/actionplan/" + id + "#objectives";
	}

	/** Keeps the plan as it is now as its next approved version and publishes it. */
	@PostMapping("/{id:\\d+}/approve")
	@Transactional
	String approve(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, RedirectAttributes redirect) {
		Plans.Plan plan = plans.own(staff.tenantId(), id);
		int number = plans.approve(id, staff.id(), versions.json(versions.current(plan)), OffsetDateTime.now(clock));
		audit.record("APPROVE", "actionplan-plan", id, "version=" + number);
		redirect.addFlashAttribute("approved", number);
		return "redirect:/actionplan/" + id;
	}
}
