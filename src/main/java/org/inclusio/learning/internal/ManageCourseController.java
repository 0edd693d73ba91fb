package org.inclusio.learning.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Course authoring for a municipality's ADMIN and FACILITATOR staff: the list of courses, a new course, a course's
 * page (its draft's lessons and quiz, or its published version), the draft's details, a new draft from the published
 * version, and publishing. One thing per page, plain forms, a redirect after each change.
 */
@Controller
@RequestMapping("/learning/manage")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManageCourseController {

	private final AuthoringCourses courses;

	private final AuthoringContent content;

	private final AuthoringDrafts drafts;

	private final AuthoringCheck check;

	private final AuditLog audit;

	private final Clock clock;

	ManageCourseController(AuthoringCourses courses, AuthoringContent content, AuthoringDrafts drafts,
			AuthoringCheck check, AuditLog audit, Clock clock) {
		this.courses = courses;
		this.content = content;
		this.drafts = drafts;
		this.check = check;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser author, Model model, Locale locale) {
		String language = AuthoringDrafts.language(locale);
		model.addAttribute("own", courses.own(author.tenantId(), language));
		model.addAttribute("shared", courses.shared(language));
		return "learning/manage/list";
	}

	@GetMapping("/new")
	String newCourse(Model model) {
		model.addAttribute("course", new ManageCourseForm());
		return newCoursePage(model);
	}

	private String newCoursePage(Model model) {
		model.addAttribute("categories", Category.values());
		return "learning/manage/new";
	}

	@PostMapping("/new")
	@Transactional
	String create(@AuthenticationPrincipal SignedInUser author, @ModelAttribute("course") ManageCourseForm form,
			BindingResult errors, Model model) {
		form.check(errors);
		if (!errors.hasFieldErrors("slug") && courses.slugTaken(author.tenantId(), form.slug())) {
			errors.rejectValue("slug", "learningmanage.error.slug.taken");
		}
		if (errors.hasErrors()) {
			return newCoursePage(model);
		}
		long id = courses.create(author.tenantId(), author.id(), form, OffsetDateTime.now(clock));
		audit.record("CREATE", "learning-course", id, "slug=" + form.slug());
		return "redirect:/learning/manage/" + id;
	}

	@GetMapping("/{id:\\d+}")
	@Transactional(readOnly = true)
	String course(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model, Locale locale) {
		AuthoringCourses.Course course = courses.readable(author.tenantId(), id).orElseThrow(AuthoringDrafts::notFound);
		return coursePage(course, List.of(), model, locale);
	}

	private String coursePage(AuthoringCourses.Course course, List<AuthoringCheck.Problem> problems, Model model,
			Locale locale) {
		String language = AuthoringDrafts.language(locale);
		Long shown = course.previewVersionId();
		model.addAttribute("course", course);
		model.addAttribute("editable", !course.shared() && course.draftVersionId() != null);
		model.addAttribute("published", course.currentVersionId() == null ? null
				: courses.version(course.id(), course.currentVersionId()).orElse(null));
		model.addAttribute("draft", course.draftVersionId() == null ? null
				: courses.version(course.id(), course.draftVersionId()).orElse(null));
		ManageDetailsForm details = courses.details(shown);
		String title = details.getTitle().in(language);
		model.addAttribute("details", details);
		model.addAttribute("courseTitle", title.isBlank() ? new LocalText(details.getTitle().getEn(), true) : new LocalText(title, false));
		model.addAttribute("lessons", content.lessons(shown, language));
		model.addAttribute("questions", content.questions(shown, language));
		model.addAttribute("problems", problems);
		return "learning/manage/course";
	}

	/** "Edit" on a published course: a new draft, a copy; the published version stays as learners have it. */
	@PostMapping("/{id:\\d+}/draft")
	@Transactional
	String newDraft(@AuthenticationPrincipal SignedInUser author, @PathVariable long id) {
		AuthoringCourses.Course course = drafts.own(author, id);
		if (course.draftVersionId() == null && course.currentVersionId() != null) {
			long draft = courses.copyToDraft(id, course.currentVersionId(), author.id(), OffsetDateTime.now(clock));
			audit.record("CREATE", "learning-course-version", draft, "course=" + id);
		}
		return "redirect:/learning/manage/" + id;
	}

	@GetMapping("/{id:\\d+}/details")
	@Transactional(readOnly = true)
	String details(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		model.addAttribute("details", courses.details(drafts.draft(course)));
		model.addAttribute("course", course);
		return "learning/manage/details";
	}

	@PostMapping("/{id:\\d+}/details")
	@Transactional
	String saveDetails(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@ModelAttribute("details") ManageDetailsForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		long draft = drafts.draft(course);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("course", course);
			return "learning/manage/details";
		}
		courses.saveDetails(draft, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id;
	}

	/** Checks the draft, then makes it the version new learners get; those who started keep theirs. */
	@PostMapping("/{id:\\d+}/publish")
	@Transactional
	String publish(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@RequestParam(name = "version", required = false) Long version, Model model, Locale locale,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		long draft = drafts.draft(course);
		if (version == null || version != draft) {
			throw new AuthoringNotDraft(id); // the page showed another draft, since published by someone else
		}
		List<AuthoringCheck.Problem> problems = check.problems(id, draft);
		if (!problems.isEmpty()) {
			return coursePage(course, problems, model, locale);
		}
		courses.publish(id, draft, OffsetDateTime.now(clock));
		int number = courses.version(id, draft).orElseThrow().number();
		audit.record("PUBLISH", "learning-course", id, "slug=" + course.slug() + ",version=" + number);
		redirect.addFlashAttribute("publishedNow", true);
		return "redirect:/learning/manage/" + id;
	}

	@GetMapping("/{id:\\d+}/not-a-draft")
	String notADraft(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model,
			HttpServletResponse response) {
		courses.readable(author.tenantId(), id).orElseThrow(AuthoringDrafts::notFound);
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("courseId", id);
		return "learning/manage/not-draft";
	}
}
