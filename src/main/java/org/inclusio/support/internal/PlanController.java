package org.inclusio.support.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inclusio.account.CaseworkerAccess;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.inclusio.learning.CourseCatalogue;
import org.inclusio.learning.CourseProgress;
import org.inclusio.learning.LearningProgress;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one support plan of a citizen, which the citizen ({@code /support/plan}) and a caseworker
 * ({@code /support/citizens/{id}/plan}, only while the citizen lets caseworkers see their situation) both read and
 * add to. Every staff read and write is in the audit log.
 */
@Controller
class PlanController {

	private final SupportPlans plans;

	private final Referrals referrals;

	private final Directory directory;

	private final CourseCatalogue courses;

	private final LearningProgress learning;

	private final People people;

	private final CaseworkerAccess caseworkerAccess;

	private final AuditLog audit;

	PlanController(SupportPlans plans, Referrals referrals, Directory directory, CourseCatalogue courses,
			LearningProgress learning, People people, CaseworkerAccess caseworkerAccess, AuditLog audit) {
		this.plans = plans;
		this.referrals = referrals;
		this.directory = directory;
		this.courses = courses;
		this.learning = learning;
		this.people = people;
		this.caseworkerAccess = caseworkerAccess;
		this.audit = audit;
	}

	/** Which citizen's plan, seen by whom, and where its forms post to. */
	record Subject(People.Person citizen, boolean asCaseworker, String base) {
	}

	@GetMapping("/support/plan")
	@PreAuthorize("hasRole('CITIZEN')")
	String mine(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale) {
		return show(own(citizen), model, locale, null);
	}

	@PostMapping("/support/plan/{part}")
	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional
	String addToMine(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String part,
			@ModelAttribute("form") PlanForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect) {
		return add(citizen, own(citizen), part, form, errors, model, locale, redirect);
	}

	@PostMapping("/support/plan/actions/{action}/done")
	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional
	String doneMine(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long action,
			@RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
		return markDone(citizen, own(citizen), action, done, redirect);
	}

	@GetMapping("/support/citizens/{id}/plan")
	@PreAuthorize("hasRole('CASEWORKER')")
	String theirs(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id, Model model, Locale locale,
			HttpServletResponse response) {
		Subject subject = theirs(caseworker, id, model, response);
		if (subject == null) {
			return "support/not-shared";
		}
		audit.record("READ", "support-plan", id);
		return show(subject, model, locale, null);
	}

	@PostMapping("/support/citizens/{id}/plan/{part}")
	@PreAuthorize("hasRole('CASEWORKER')")
	@Transactional
	String addToTheirs(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id,
			@PathVariable String part, @ModelAttribute("form") PlanForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Subject subject = theirs(caseworker, id, model, response);
		if (subject == null) {
			return "support/not-shared";
		}
		return add(caseworker, subject, part, form, errors, model, locale, redirect);
	}

	@PostMapping("/support/citizens/{id}/plan/actions/{action}/done")
	@PreAuthorize("hasRole('CASEWORKER')")
	@Transactional
	String doneTheirs(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id,
			@PathVariable long action, @RequestParam(defaultValue = "true") boolean done, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Subject subject = theirs(caseworker, id, model, response);
		if (subject == null) {
			return "support/not-shared";
		}
		return markDone(caseworker, subject, action, done, redirect);
	}

	private Subject own(SignedInUser citizen) {
		People.Person person = people.find(citizen.tenantId(), citizen.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Subject(person, false, "/support/plan");
	}

	/** The citizen's plan for a caseworker, or null (refusal recorded, 403) when they do not share with caseworkers. */
	private Subject theirs(SignedInUser caseworker, long id, Model model, HttpServletResponse response) {
		People.Person citizen = people.find(caseworker.tenantId(), id).filter(p -> p.has(Role.CITIZEN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!caseworkerAccess.allowed(caseworker.tenantId(), id)) {
			audit.record("READ_REFUSED", "support-plan", id, "no-consent");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("person", citizen);
			return null;
		}
		return new Subject(citizen, true, "/support/citizens/" + id + "/plan");
	}

	private String add(SignedInUser user, Subject subject, String part, PlanForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		long tenant = subject.citizen().tenantId();
		long citizen = subject.citizen().id();
		String text = form.getText() == null ? "" : form.getText().strip();
		switch (part) {
			case "goals" -> {
				checkText(text, PlanForm.TEXT_MAX, "support.plan.goal", errors);
				if (!errors.hasErrors()) {
					plans.addGoal(tenant, citizen, text, user.id());
				}
			}
			case "actions" -> {
				checkText(text, PlanForm.TEXT_MAX, "support.plan.action", errors);
				SupportPlans.Owner owner = null;
				try {
					owner = SupportPlans.Owner.valueOf(form.getOwner() == null ? "" : form.getOwner());
				}
				catch (IllegalArgumentException ex) {
					errors.rejectValue("owner", "support.plan.owner.required");
				}
				LocalDate due = null;
				if (form.getDue() != null && !form.getDue().isBlank()) {
					try {
						due = LocalDate.parse(form.getDue().strip());
					}
					catch (DateTimeParseException ex) {
						errors.rejectValue("due", "support.plan.due.invalid");
					}
				}
				if (!errors.hasErrors()) {
					plans.addAction(tenant, citizen, text, owner, due, user.id());
				}
			}
			case "notes" -> {
				checkText(text, PlanForm.NOTE_MAX, "support.plan.note", errors);
				if (!errors.hasErrors()) {
					plans.addNote(tenant, citizen, text, user.id());
				}
			}
			case "courses" -> {
				boolean known = form.getCourse() != null && courses.published(tenant, null, locale).stream()
					.anyMatch(c -> c.slug().equals(form.getCourse()));
				if (!known) {
					errors.rejectValue("course", "support.plan.course.required");
				}
				else {
					plans.addCourse(tenant, citizen, form.getCourse(), user.id());
				}
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (errors.hasErrors()) {
			return show(subject, model, locale, part);
		}
		if (subject.asCaseworker()) {
			audit.record("UPDATE", "support-plan", citizen, "added:" + part);
		}
		redirect.addFlashAttribute("added", part);
		return "redirect:" + subject.base() + "#" + part;
	}

	private String markDone(SignedInUser user, Subject subject, long action, boolean done,
			RedirectAttributes redirect) {
		if (!plans.markDone(subject.citizen().tenantId(), subject.citizen().id(), action, done)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (subject.asCaseworker()) {
			audit.record("UPDATE", "support-plan", subject.citizen().id(), "action-done:" + done);
		}
		redirect.addFlashAttribute("added", done ? "done" : "undone");
		return "redirect:" + subject.base() + "#actions";
	}

	private static void checkText(String text, int max, String what, BindingResult errors) {
		if (text.isEmpty()) {
			errors.rejectValue("text", what + ".required");
		}
		else if (text.length() > max) {
			errors.rejectValue("text", what + ".long", new Object[] { max }, null);
		}
	}

	/** A linked course with how far the citizen got (null if not started). */
	record LinkedCourse(CourseCatalogue.CourseLink course, CourseProgress progress) {
	}

	private String show(Subject subject, Model model, Locale locale, String failedPart) {
		long tenant = subject.citizen().tenantId();
		long citizen = subject.citizen().id();
		SupportPlans.Plan plan = plans.of(tenant, citizen);
		Map<String, CourseCatalogue.CourseLink> published = courses.published(tenant, null, locale).stream()
			.collect(Collectors.toMap(CourseCatalogue.CourseLink::slug, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		Map<String, CourseProgress> progress = learning.of(tenant, citizen, locale).stream()
			.collect(Collectors.toMap(CourseProgress::courseSlug, Function.identity(), (a, b) -> a));
		model.addAttribute("subject", subject);
		model.addAttribute("plan", plan);
		model.addAttribute("linkedCourses", plan.courseSlugs().stream().filter(published::containsKey)
			.map(slug -> new LinkedCourse(published.get(slug), progress.get(slug))).toList());
		model.addAttribute("courseOptions", published.values().stream()
			.filter(c -> !plan.courseSlugs().contains(c.slug())).toList());
		Map<String, String> serviceNames = new HashMap<>();
		model.addAttribute("referralRows", referrals.ofCitizen(tenant, citizen).stream()
			.map(r -> new ReferralController.Row(r, serviceNames.computeIfAbsent(r.serviceId(),
					sid -> directory.service(sid, locale).map(ServiceSummary::name).orElse(sid)), null, false))
			.toList());
		Map<Long, String> authors = new HashMap<>();
		plan.notes().forEach(n -> authors.computeIfAbsent(n.authorId(),
				a -> people.find(tenant, a).map(People.Person::displayName).orElse("")));
		model.addAttribute("authors", authors);
		model.addAttribute("owners", SupportPlans.Owner.values());
		model.addAttribute("failedPart", failedPart);
		if (failedPart == null) {
			model.addAttribute("form", new PlanForm());
		}
		return "support/plan";
	}
}
