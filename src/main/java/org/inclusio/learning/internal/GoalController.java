package org.inclusio.learning.internal;

import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.inclusio.learning.LearningProgress;
import org.inclusio.learning.WeeklyGoal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's own goal of lessons per week: set, change or remove it. The catalogue shows how they are doing.
 * A plain form post followed by a redirect; a mistake brings the form back with what was typed.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class GoalController {

	private final Goals goals;

	private final LearningProgress progress;

	private final AuditLog audit;

	GoalController(Goals goals, LearningProgress progress, AuditLog audit) {
		this.goals = goals;
		this.progress = progress;
		this.audit = audit;
	}

	@GetMapping("/learning/goal")
	String form(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		GoalForm form = new GoalForm();
		goals.of(citizen.tenantId(), citizen.id()).ifPresent(g -> form.setLessonsPerWeek(String.valueOf(g)));
		model.addAttribute("goalForm", form);
		model.addAttribute("weekly", progress.goal(citizen.tenantId(), citizen.id()));
		return "learning/goal/goal";
	}

	@PostMapping("/learning/goal")
	@Transactional
	String save(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("goalForm") GoalForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		String typed = form.getLessonsPerWeek() == null ? "" : form.getLessonsPerWeek().strip();
		if (typed.isEmpty()) {
			boolean removed = goals.remove(citizen.tenantId(), citizen.id());
			if (removed) {
				audit.record("DELETE", "learning-goal", citizen.id());
			}
			redirect.addFlashAttribute("goalSaved", "removed");
			return "redirect:/learning";
		}
		Integer perWeek = typed.matches("\\d{1,2}") ? Integer.valueOf(typed) : null;
		if (perWeek == null || perWeek < WeeklyGoal.MIN || perWeek > WeeklyGoal.MAX) {
			errors.rejectValue("lessonsPerWeek", "learning.goal.invalid", new Object[] { WeeklyGoal.MIN, WeeklyGoal.MAX },
					null);
			model.addAttribute("weekly", progress.goal(citizen.tenantId(), citizen.id()));
			return "learning/goal/goal";
		}
		goals.set(citizen.tenantId(), citizen.id(), perWeek);
		audit.record("UPDATE", "learning-goal", citizen.id(), "perWeek=" + perWeek);
		redirect.addFlashAttribute("goalSaved", "set");
		return "redirect:/learning";
	}
}
