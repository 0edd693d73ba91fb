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

/** The lessons of a course's draft: add, edit, move up or down, delete (after asking). */
@Controller
@RequestMapping("/learning/manage/{id:\\d+}/lessons")
@PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
class ManageLessonController {

	private final AuthoringContent content;

	private final AuthoringDrafts drafts;

	ManageLessonController(AuthoringContent content, AuthoringDrafts drafts) {
		this.content = content;
		this.drafts = drafts;
	}

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String newLesson(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.draft(course);
		model.addAttribute("lesson", new ManageLessonForm());
		return page(course, null, model);
	}

	@PostMapping("/new")
	@Transactional
	String add(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@ModelAttribute("lesson") ManageLessonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		long draft = drafts.draft(course);
		form.check(errors);
		if (errors.hasErrors()) {
			return page(course, null, model);
		}
		content.addLesson(draft, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "#lessons";
	}

	@GetMapping("/{lessonId:\\d+}")
	@Transactional(readOnly = true)
	String edit(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId,
			Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.inDraft(course, content.lesson(id, lessonId));
		model.addAttribute("lesson", content.lessonForm(lessonId));
		return page(course, lessonId, model);
	}

	@PostMapping("/{lessonId:\\d+}")
	@Transactional
	String save(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId,
			@ModelAttribute("lesson") ManageLessonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		AuthoringContent.Part lesson = drafts.inDraft(course, content.lesson(id, lessonId));
		form.check(errors);
		if (errors.hasErrors()) {
			return page(course, lessonId, model);
		}
		content.saveLesson(lesson.versionId(), lessonId, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/learning/manage/" + id + "#lessons";
	}

	@PostMapping("/{lessonId:\\d+}/up")
	@Transactional
	String up(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId) {
		return move(author, id, lessonId, -1);
	}

	@PostMapping("/{lessonId:\\d+}/down")
	@Transactional
	String down(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId) {
		return move(author, id, lessonId, 1);
	}

	private String move(SignedInUser author, long id, long lessonId, int direction) {
		AuthoringCourses.Course course = drafts.own(author, id);
		AuthoringContent.Part lesson = drafts.inDraft(course, content.lesson(id, lessonId));
		content.moveLesson(lesson.versionId(), lesson, direction);
		return "redirect:/learning/manage/" + id + "#lesson-" + lessonId;
	}

	@GetMapping("/{lessonId:\\d+}/delete")
	@Transactional(readOnly = true)
	String confirmDelete(@AuthenticationPrincipal SignedInUser author, @PathVariable long id,
			@PathVariable long lessonId, Model model) {
		AuthoringCourses.Course course = drafts.ownToRead(author, id);
		drafts.inDraft(course, content.lesson(id, lessonId));
		model.addAttribute("course", course);
		model.addAttribute("what", "learningmanage.delete.lesson");
		model.addAttribute("name", content.lessonForm(lessonId).getTitle().getEn());
		model.addAttribute("action", "/learning/manage/" + id + "/lessons/" + lessonId + "/delete");
		return "learning/manage/delete";
	}

	@PostMapping("/{lessonId:\\d+}/delete")
	@Transactional
	String delete(@AuthenticationPrincipal SignedInUser author, @PathVariable long id, @PathVariable long lessonId,
			RedirectAttributes redirect) {
		AuthoringCourses.Course course = drafts.own(author, id);
		AuthoringContent.Part lesson = drafts.inDraft(course, content.lesson(id, lessonId));
		content.deleteLesson(lesson.versionId(), lesson);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/learning/manage/" + id + "#lessons";
	}

	private static String page(AuthoringCourses.Course course, Long lessonId, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("lessonId", lessonId);
		return "learning/manage/lesson";
	}
}
