package org.inclusio.learning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.identity.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A course as a learner will see it, in the page's language (English where a text has no translation, with the
 * learner's note): the course page, each lesson through the same {@link Markdown} sanitiser, the quiz, and its
 * result with the feedback. It shows the draft, or the published version when there is no draft; nothing is saved.
 */
@Controller
@RequestMapping("/learning/manage/{id:\\d+}/preview")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManagePreviewController {

	private final AuthoringCourses authoring;

	private final AuthoringContent content;

	private final Courses courses;

	private final Markdown markdown;

	ManagePreviewController(AuthoringCourses authoring, AuthoringContent content, Courses courses, Markdown markdown) {
		this.authoring = authoring;
		this.content = content;
		this.courses = courses;
		this.markdown = markdown;
	}

	@GetMapping
	String course(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model, Locale locale) {
		Courses.Course course = previewed(author, id, locale, model);
		model.addAttribute("fallback", course.fallback());
		return "learning/manage/preview-course";
	}

	@GetMapping("/lessons/{lessonId:\\d+}")
	String lesson(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId,
			Model model, Locale locale) {
		Courses.Course course = previewed(author, id, locale, model);
		Courses.LessonTitle title = course.lessons()
			.stream()
			.filter(l -> l.id() == lessonId)
			.findFirst()
			.orElseThrow(AuthoringDrafts::notFound);
		Courses.Lesson lesson = courses.lesson(course.versionId(), title.slug(), AuthoringDrafts.language(locale))
			.orElseThrow(AuthoringDrafts::notFound);
		int index = course.lessons().indexOf(title);
		model.addAttribute("lesson", lesson);
		model.addAttribute("bodyHtml", markdown.toHtml(lesson.body().text()));
		model.addAttribute("transcriptHtml",
				lesson.transcript() == null ? null : markdown.toHtml(lesson.transcript().text()));
		model.addAttribute("number", index + 1);
		model.addAttribute("previous", index > 0 ? course.lessons().get(index - 1) : null);
		model.addAttribute("next", index + 1 < course.lessons().size() ? course.lessons().get(index + 1) : null);
		model.addAttribute("fallback", LocalText.anyFallback(course.title()) || lesson.fallback());
		return "learning/manage/preview-lesson";
	}

	@GetMapping("/quiz")
	String quiz(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model, Locale locale) {
		Courses.Course course = previewed(author, id, locale, model);
		return quizPage(course, new QuizAnswers(Map.of()), List.of(), model, locale);
	}

	/** The quiz sent in the preview: marked and shown with its feedback, as a learner would get it, but not saved. */
	@PostMapping("/quiz")
	String submitQuiz(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale) {
		Courses.Course course = previewed(author, id, locale, model);
		List<Courses.Question> questions = courses.quiz(course.versionId(), AuthoringDrafts.language(locale));
		QuizAnswers answers;
		try {
			answers = QuizAnswers.read(course.slug(), form, questions);
		}
		catch (NotInCourse ex) {
			answers = new QuizAnswers(Map.of()); // a changed draft: start the preview's quiz again
		}
		List<Courses.Question> unanswered = answers.unanswered(questions);
		if (!unanswered.isEmpty()) {
			return quizPage(course, answers, unanswered, model, locale);
		}
		java.util.Set<Long> chosen = answers.allChosen();
		QuizAnswers.Mark mark = QuizAnswers.mark(questions, chosen, course.passPercent());
		model.addAttribute("questions", questions);
		model.addAttribute("mark", mark);
		model.addAttribute("chosen", chosen);
		model.addAttribute("right", questions.stream()
			.filter(q -> QuizAnswers.isRight(q, chosen))
			.map(Courses.Question::id)
			.toList());
		model.addAttribute("fallback", LocalText.anyFallback(course.title()) || questions.stream()
			.anyMatch(q -> q.text().fallback() || q.answers().stream()
				.anyMatch(a -> a.text().fallback() || a.feedback().fallback())));
		return "learning/manage/preview-result";
	}

	private String quizPage(Courses.Course course, QuizAnswers answers, List<Courses.Question> unanswered,
			Model model, Locale locale) {
		List<Courses.Question> questions = courses.quiz(course.versionId(), AuthoringDrafts.language(locale));
		model.addAttribute("questions", questions);
		model.addAttribute("answers", answers);
		model.addAttribute("unanswered", unanswered.stream().map(Courses.Question::id).toList());
		model.addAttribute("fieldPrefix", QuizAnswers.FIELD_PREFIX);
		model.addAttribute("fallback", LocalText.anyFallback(course.title()) || questions.stream()
			.anyMatch(q -> q.text().fallback() || q.answers().stream().anyMatch(a -> a.text().fallback())));
		return "learning/manage/preview-quiz";
	}

	/**
	 * The version previewed, read like the learner's pages read it (a draft is not in the learner's catalogue, so
	 * it is read here by its id); its course is the author's own or a shared one.
	 */
	private Courses.Course previewed(SignedInUser author, long id, Locale locale, Model model) {
		AuthoringCourses.Course course = authoring.readable(author.tenantId(), id).orElseThrow(AuthoringDrafts::notFound);
		Long versionId = course.previewVersionId();
		if (versionId == null) {
			throw AuthoringDrafts.notFound();
		}
		String language = AuthoringDrafts.language(locale);
		Courses.Course previewed = content.asLearnerSees(course, versionId, language);
		model.addAttribute("managed", course);
		model.addAttribute("course", previewed);
		model.addAttribute("isDraft", versionId.equals(course.draftVersionId()));
		return previewed;
	}
}
