package org.inclusio.learning.internal;

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

/** The quiz of a course's draft: questions (one or several right answers) and their answers with feedback. */
@Controller
@RequestMapping("/learning/manage/{id:\\d+}/questions")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManageQuizController {

	private final AuthoringContent content;

	private final AuthoringDrafts drafts;

	ManageQuizController(AuthoringContent content, AuthoringDrafts drafts) {
		this.content = content;
		this.drafts = drafts;
	}

	// --- questions

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String newQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.draft(course);
		model.addAttribute("question", new ManageQuestionForm());
		return questionPage(course, null, model);
	}

	/** A new question goes straight to its own page, where its answers are added. */
	@PostMapping("/new")
	@Transactional
	String addQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@ModelAttribute("question") ManageQuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		long draft = drafts.draft(course);
		form.check(errors);
		if (errors.hasErrors()) {
			return questionPage(course, null, model);
		}
		long question = content.addQuestion(draft, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "/questions/" + question;
	}

	@GetMapping("/{questionId:\\d+}")
	@Transactional(readOnly = true)
	String editQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.inDraft(course, content.question(id, questionId));
		model.addAttribute("question", content.questionForm(questionId));
		return questionPage(course, questionId, model);
	}

	@PostMapping("/{questionId:\\d+}")
	@Transactional
	String saveQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @ModelAttribute("question") ManageQuestionForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		AuthoringContent.Part question = drafts.inDraft(course, content.question(id, questionId));
		form.check(errors);
		if (errors.hasErrors()) {
			return questionPage(course, questionId, model);
		}
		content.saveQuestion(question.versionId(), questionId, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "#quiz";
	}

	private String questionPage(AuthoringCourses.Course course, Long questionId, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("questionId", questionId);
		model.addAttribute("answers", questionId == null ? java.util.List.of()
				: content.questions(course.draftVersionId(), "en")
					.stream()
					.filter(q -> q.id() == questionId)
					.findFirst()
					.map(AuthoringContent.QuestionRow::answers)
					.orElse(java.util.List.of()));
		return "learning/manage/question";
	}

	@GetMapping("/{questionId:\\d+}/delete")
	@Transactional(readOnly = true)
	String confirmDeleteQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.inDraft(course, content.question(id, questionId));
		return confirm(course, "learningmanage.delete.question", content.questionForm(questionId).getText().getEn(),
				"/learning/manage/" + id + "/questions/" + questionId + "/delete", model);
	}

	@PostMapping("/{questionId:\\d+}/delete")
	@Transactional
	String deleteQuestion(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		AuthoringContent.Part question = drafts.inDraft(course, content.question(id, questionId));
		content.deleteQuestion(question.versionId(), question);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/learning/manage/" + id + "#quiz";
	}

	// --- answers

	@GetMapping("/{questionId:\\d+}/answers/new")
	@Transactional(readOnly = true)
	String newAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.inDraft(course, content.question(id, questionId));
		model.addAttribute("answer", new ManageAnswerForm());
		return answerPage(course, questionId, null, model);
	}

	@PostMapping("/{questionId:\\d+}/answers/new")
	@Transactional
	String addAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @ModelAttribute("answer") ManageAnswerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		drafts.inDraft(course, content.question(id, questionId));
		form.check(errors);
		if (errors.hasErrors()) {
			return answerPage(course, questionId, null, model);
		}
		content.addAnswer(questionId, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "/questions/" + questionId + "#answers";
	}

	@GetMapping("/{questionId:\\d+}/answers/{answerId:\\d+}")
	@Transactional(readOnly = true)
	String editAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @PathVariable long answerId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		answerOf(course, questionId, answerId);
		model.addAttribute("answer", content.answerForm(answerId));
		return answerPage(course, questionId, answerId, model);
	}

	@PostMapping("/{questionId:\\d+}/answers/{answerId:\\d+}")
	@Transactional
	String saveAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @PathVariable long answerId, @ModelAttribute("answer") ManageAnswerForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		answerOf(course, questionId, answerId);
		form.check(errors);
		if (errors.hasErrors()) {
			return answerPage(course, questionId, answerId, model);
		}
		content.saveAnswer(answerId, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "/questions/" + questionId + "#answers";
	}

	@GetMapping("/{questionId:\\d+}/answers/{answerId:\\d+}/delete")
	@Transactional(readOnly = true)
	String confirmDeleteAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @PathVariable long answerId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		answerOf(course, questionId, answerId);
		return confirm(course, "learningmanage.delete.answer", content.answerForm(answerId).getText().getEn(),
				"/learning/manage/" + id + "/questions/" + questionId + "/answers/" + answerId + "/delete", model);
	}

	@PostMapping("/{questionId:\\d+}/answers/{answerId:\\d+}/delete")
	@Transactional
	String deleteAnswer(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long questionId, @PathVariable long answerId, RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		content.deleteAnswer(answerOf(course, questionId, answerId));
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/learning/manage/" + id + "/questions/" + questionId + "#answers";
	}

	private AuthoringContent.Part answerOf(AuthoringCourses.Course course, long questionId, long answerId) {
		AuthoringContent.Part answer = drafts.inDraft(course, content.answer(course.id(), answerId));
		if (answer.questionId() != questionId) {
			throw AuthoringDrafts.notFound();
		}
		return answer;
	}

	private String answerPage(AuthoringCourses.Course course, long questionId, Long answerId, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("questionId", questionId);
		model.addAttribute("answerId", answerId);
		model.addAttribute("questionText", content.questionForm(questionId).getText().getEn());
		return "learning/manage/answer";
	}

	private static String confirm(AuthoringCourses.Course course, String what, String name, String action,
			Model model) {
		model.addAttribute("course", course);
		model.addAttribute("what", what);
		model.addAttribute("name", name);
		model.addAttribute("action", action);
		return "learning/manage/delete";
	}
}
