package org.inclusio.learning.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.inclusio.learning.LearningProgress;
import org.inclusio.shared.web.Languages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A citizen's courses: the catalogue, a course with its lessons, a lesson, the quiz and its result. Plain links and
 * form posts followed by a redirect, so it all works without JavaScript. A citizen starts a course (and so keeps
 * its version) with the first thing they do in it: marking a lesson done or sending the quiz.
 */
@Controller
@RequestMapping("/learning")
@PreAuthorize("hasRole('CITIZEN')")
class LearningController {

	private final Courses courses;

	private final Enrolments enrolments;

	private final PublishedContent content;

	private final AuditLog audit;

	private final LearningProgress progress;

	private final CertificateIssuer certificates;

	LearningController(Courses courses, Enrolments enrolments, PublishedContent content, AuditLog audit,
			LearningProgress progress, CertificateIssuer certificates) {
		this.courses = courses;
		this.enrolments = enrolments;
		this.content = content;
		this.audit = audit;
		this.progress = progress;
		this.certificates = certificates;
	}

	record Group(Category category, List<Courses.Entry> entries) {
	}

	/** Where the course page's main button leads: start, continue with a lesson or the quiz, or go over it again. */
	record NextStep(String label, String href) {
	}

	@GetMapping
	String catalogue(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale) {
		List<Courses.Entry> entries = courses.catalogue(citizen.tenantId(), citizen.id(), language(locale));
		List<Group> groups = new ArrayList<>();
		for (Category category : Category.values()) {
			List<Courses.Entry> inCategory = entries.stream().filter(e -> e.category() == category).toList();
			if (!inCategory.isEmpty()) {
				groups.add(new Group(category, inCategory));
			}
		}
		model.addAttribute("groups", groups);
		model.addAttribute("fallback", entries.stream().anyMatch(Courses.Entry::fallback));
		model.addAttribute("goal", progress.goal(citizen.tenantId(), citizen.id()));
		return "learning/catalogue";
	}

	@GetMapping("/{slug}")
	String course(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug, Model model,
			Locale locale) {
		Taking taking = taking(citizen, slug, locale);
		Courses.Course course = taking.course();
		Set<Long> done = taking.done();
		boolean quizPassed = taking.enrolment().map(e -> enrolments.quizPassed(e.id())).orElse(false);
		model.addAttribute("course", course);
		model.addAttribute("done", done);
		model.addAttribute("doneCount", course.lessons().stream().filter(l -> done.contains(l.id())).count());
		model.addAttribute("started", taking.enrolment().isPresent());
		model.addAttribute("completed", taking.enrolment().map(Enrolments.Enrolment::completed).orElse(false));
		model.addAttribute("quizPassed", quizPassed);
		model.addAttribute("next", nextStep(taking, quizPassed));
		model.addAttribute("fallback", course.fallback());
		return "learning/course";
	}

	private static NextStep nextStep(Taking taking, boolean quizPassed) {
		Courses.Course course = taking.course();
		String first = lessonPath(course, course.lessons().getFirst());
		if (taking.enrolment().isEmpty()) {
			return new NextStep("learning.course.start", first);
		}
		if (taking.enrolment().get().completed()) {
			return new NextStep("learning.course.again", first);
		}
		Optional<Courses.LessonTitle> unfinished = course.lessons()
			.stream()
			.filter(l -> !taking.done().contains(l.id()))
			.findFirst();
		if (unfinished.isPresent()) {
			return new NextStep("learning.course.continue", lessonPath(course, unfinished.get()));
		}
		return quizPassed ? new NextStep("learning.course.again", first)
				: new NextStep("learning.course.continueQuiz", "/learning/" + course.slug() + "/quiz");
	}

	@GetMapping("/{slug}/lessons/{lessonSlug}")
	String lesson(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug,
			@PathVariable String lessonSlug, Model model, Locale locale) {
		Taking taking = taking(citizen, slug, locale);
		Courses.Course course = taking.course();
		PublishedContent.LessonPage page = content.lesson(course, lessonSlug, language(locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Courses.Lesson lesson = page.lesson();
		int index = lesson.position() - 1;
		List<Courses.LessonTitle> lessons = course.lessons();
		model.addAttribute("course", course);
		model.addAttribute("lesson", lesson);
		model.addAttribute("bodyHtml", page.bodyHtml());
		model.addAttribute("transcriptHtml", page.transcriptHtml());
		model.addAttribute("previous", index > 0 ? lessons.get(index - 1) : null);
		model.addAttribute("next", index + 1 < lessons.size() ? lessons.get(index + 1) : null);
		model.addAttribute("done", taking.done().contains(lesson.id()));
		model.addAttribute("fallback", LocalText.anyFallback(course.title()) || lesson.fallback());
		return "learning/lesson";
	}

	/** "Mark as done and continue": to the next lesson, or to the quiz after the last one. */
	@PostMapping("/{slug}/lessons/done")
	@Transactional
	String markDone(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug,
			@RequestParam(name = "lesson", required = false) String lessonParam, Model model, Locale locale,
			HttpServletResponse response) {
		long courseId = courses.courseId(citizen.tenantId(), slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Enrolments.Enrolment> enrolment = enrolments.of(citizen.tenantId(), citizen.id(), courseId);
		Optional<Long> lessonId = number(lessonParam);
		Optional<Long> version = lessonId.flatMap(courses::versionOfLesson);
		boolean belongs = version.isPresent() && (enrolment.isPresent()
				? enrolment.get().versionId() == version.get() : courses.isStartable(courseId, version.get()));
		if (!belongs) {
			return notInCourse(slug, model, response);
		}
		Enrolments.Enrolment taken = enrolment.orElseGet(() -> start(citizen, courseId, version.get()));
		enrolments.markDone(taken.id(), lessonId.get());
		if (enrolments.completeIfDone(taken.id())) {
			certificates.issueIfCompleted(citizen, taken.id(), locale);
		}
		Courses.Course course = courses.course(citizen.tenantId(), slug, taken.versionId(), language(locale)).orElseThrow();
		List<Courses.LessonTitle> lessons = course.lessons();
		for (int i = 0; i < lessons.size() - 1; i++) {
			if (lessons.get(i).id() == lessonId.get()) {
				return "redirect:" + lessonPath(course, lessons.get(i + 1));
			}
		}
		return "redirect:/learning/" + slug + "/quiz";
	}

	/** The language switcher on a page shown after a post links here. */
	@GetMapping("/{slug}/lessons/done")
	String afterMarkDone(@PathVariable String slug) {
		return "redirect:/learning/" + slug;
	}

	@GetMapping("/{slug}/quiz")
	String quiz(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug, Model model, Locale locale) {
		Taking taking = taking(citizen, slug, locale);
		return quizPage(taking, new QuizAnswers(java.util.Map.of()), List.of(), model, locale);
	}

	private String quizPage(Taking taking, QuizAnswers answers, List<Courses.Question> unanswered, Model model,
			Locale locale) {
		List<Courses.Question> questions = courses.quiz(taking.course().versionId(), language(locale));
		model.addAttribute("course", taking.course());
		model.addAttribute("questions", questions);
		model.addAttribute("answers", answers);
		model.addAttribute("unanswered", unanswered.stream().map(Courses.Question::id).toList());
		model.addAttribute("fieldPrefix", QuizAnswers.FIELD_PREFIX);
		model.addAttribute("fallback", LocalText.anyFallback(taking.course().title()) || questions.stream()
			.anyMatch(q -> q.text().fallback() || q.answers().stream().anyMatch(a -> a.text().fallback())));
		return "learning/quiz";
	}

	@PostMapping("/{slug}/quiz")
	@Transactional
	String submitQuiz(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		long courseId = courses.courseId(citizen.tenantId(), slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Enrolments.Enrolment> enrolment = enrolments.of(citizen.tenantId(), citizen.id(), courseId);
		Optional<Long> version = number(form.getFirst("version"));
		boolean belongs = version.isPresent() && (enrolment.isPresent()
				? enrolment.get().versionId() == version.get() : courses.isStartable(courseId, version.get()));
		if (!belongs) {
			return notInCourse(slug, model, response);
		}
		Courses.Course course = courses.course(citizen.tenantId(), slug, version.get(), language(locale)).orElseThrow();
		List<Courses.Question> questions = courses.quiz(version.get(), language(locale));
		QuizAnswers answers;
		try {
			answers = QuizAnswers.read(slug, form, questions);
		}
		catch (NotInCourse ex) {
			return notInCourse(slug, model, response);
		}
		List<Courses.Question> unanswered = answers.unanswered(questions);
		if (!unanswered.isEmpty()) {
			Set<Long> done = enrolment.map(e -> enrolments.lessonsDone(e.id())).orElse(Set.of());
			return quizPage(new Taking(course, enrolment, done), answers, unanswered, model, locale);
		}
		Enrolments.Enrolment taken = enrolment.orElseGet(() -> start(citizen, courseId, version.get()));
		QuizAnswers.Mark mark = QuizAnswers.mark(questions, answers.allChosen(), course.passPercent());
		long attempt = enrolments.saveAttempt(taken.id(), mark.score(), mark.outOf(), mark.passed(), answers.allChosen());
		if (enrolments.completeIfDone(taken.id())) {
			certificates.issueIfCompleted(citizen, taken.id(), locale);
		}
		audit.record("CREATE", "learning-quiz-attempt", attempt,
				"course=" + slug + ",score=" + mark.score() + "/" + mark.outOf());
		return "redirect:/learning/" + slug + "/quiz/result";
	}

	@GetMapping("/{slug}/quiz/result")
	String result(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String slug, Model model,
			Locale locale) {
		Taking taking = taking(citizen, slug, locale);
		Optional<Enrolments.Attempt> attempt = taking.enrolment().flatMap(e -> enrolments.latestAttempt(e.id()));
		if (attempt.isEmpty()) {
			return "redirect:/learning/" + slug + "/quiz";
		}
		Courses.Course course = taking.course();
		List<Courses.Question> questions = courses.quiz(course.versionId(), language(locale));
		Set<Long> chosen = attempt.get().chosen();
		model.addAttribute("course", course);
		model.addAttribute("questions", questions);
		model.addAttribute("attempt", attempt.get());
		model.addAttribute("chosen", chosen);
		model.addAttribute("right", questions.stream()
			.filter(q -> QuizAnswers.isRight(q, chosen))
			.map(Courses.Question::id)
			.toList());
		model.addAttribute("completed", taking.enrolment().get().completed());
		List<Courses.LessonTitle> lessonsLeft = course.lessons().stream().filter(l -> !taking.done().contains(l.id())).toList();
		model.addAttribute("lessonsLeft", lessonsLeft);
		model.addAttribute("fallback", LocalText.anyFallback(course.title()) || questions.stream()
			.anyMatch(q -> q.text().fallback() || q.answers().stream()
				.anyMatch(a -> a.text().fallback() || a.feedback().fallback())));
		return "learning/result";
	}

	/** A course as this citizen takes it: the version they started (else the current one) and what they have done. */
	private record Taking(Courses.Course course, Optional<Enrolments.Enrolment> enrolment, Set<Long> done) {
	}

	private Taking taking(SignedInUser citizen, String slug, Locale locale) {
		Courses.Visible visible = courses.visible(citizen.tenantId(), slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Optional<Enrolments.Taken> taken = enrolments.taken(citizen.tenantId(), citizen.id(), visible.id());
		Optional<Enrolments.Enrolment> enrolment = taken.map(Enrolments.Taken::enrolment);
		long version = enrolment.map(Enrolments.Enrolment::versionId).orElse(visible.currentVersionId());
		Courses.Course course = content.course(visible.id(), slug, version, language(locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Taking(course, enrolment, taken.map(Enrolments.Taken::done).orElse(Set.of()));
	}

	private Enrolments.Enrolment start(SignedInUser citizen, long courseId, long versionId) {
		Enrolments.Enrolment enrolment = enrolments.start(citizen.tenantId(), citizen.id(), courseId, versionId);
		audit.record("CREATE", "learning-enrolment", enrolment.id(), "course=" + courseId + ",version=" + versionId);
		return enrolment;
	}

	private String notInCourse(String slug, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("courseSlug", slug);
		return "learning/not-in-course";
	}

	static String lessonPath(Courses.Course course, Courses.LessonTitle lesson) {
		return "/learning/" + course.slug() + "/lessons/" + lesson.slug();
	}

	private static Optional<Long> number(String value) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(value.strip()));
	}

	private static String language(Locale locale) {
		Locale supported = Languages.of(locale.getLanguage());
		return (supported == null ? Languages.FALLBACK : supported).getLanguage();
	}
}
