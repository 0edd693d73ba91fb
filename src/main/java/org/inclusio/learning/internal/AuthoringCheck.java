package org.inclusio.learning.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a draft still needs before learners may get it: an English title and summary, at least one lesson, and a quiz
 * whose every question can be answered right (two answers or more, the right ones marked, exactly one right answer
 * when only one may be chosen). Each problem names the page where the author fixes it.
 */
@Component
class AuthoringCheck {

	private final AuthoringCourses courses;

	private final AuthoringContent content;

	AuthoringCheck(AuthoringCourses courses, AuthoringContent content) {
		this.courses = courses;
		this.content = content;
	}

	/** A message key with its arguments, and the page where it is put right. */
	record Problem(String code, List<String> args, String href) {
	}

	List<Problem> problems(long courseId, long draftId) {
		String base = "/learning/manage/" + courseId;
		List<Problem> problems = new ArrayList<>();
		ManageDetailsForm details = courses.details(draftId);
		if (!details.getTitle().hasEnglish()) {
			problems.add(new Problem("learningmanage.publish.title", List.of(), base + "/details"));
		}
		if (!details.getSummary().hasEnglish()) {
			problems.add(new Problem("learningmanage.publish.summary", List.of(), base + "/details"));
		}
		if (content.lessons(draftId, "en").isEmpty()) {
			problems.add(new Problem("learningmanage.publish.lessons", List.of(), base + "/lessons/new"));
		}
		List<AuthoringContent.QuestionRow> questions = content.questions(draftId, "en");
		if (questions.isEmpty()) {
			problems.add(new Problem("learningmanage.publish.questions", List.of(), base + "/questions/new"));
		}
		for (AuthoringContent.QuestionRow question : questions) {
			String number = String.valueOf(question.position());
			String page = base + "/questions/" + question.id();
			long correct = question.answers().stream().filter(AuthoringContent.AnswerRow::correct).count();
			if (question.answers().size() < 2) {
				problems.add(new Problem("learningmanage.publish.answers", List.of(number), page));
			}
			else if (correct == 0) {
				problems.add(new Problem("learningmanage.publish.correct", List.of(number), page));
			}
			else if (!question.multiple() && correct > 1) {
				problems.add(new Problem("learningmanage.publish.oneCorrect", List.of(number), page));
			}
		}
		return problems;
	}
}
