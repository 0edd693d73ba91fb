package org.inclusio.learning.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * For the authoring pages: a change to something that is no longer a draft leads to a page that says why (a full
 * page, with the menu and language links, which an exception handler's own view would not get).
 */
@ControllerAdvice(assignableTypes = { ManageCourseController.class, ManageLessonController.class,
		ManageQuizController.class })
class ManageAdvice {

	@ExceptionHandler(AuthoringNotDraft.class)
	String notDraft(AuthoringNotDraft ex) {
		return "redirect:/learning/manage/" + ex.courseId() + "/not-a-draft";
	}
}
