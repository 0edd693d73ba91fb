package org.inclusio.learning.internal;

import org.springframework.validation.Errors;

/** An answer to a quiz question: its text, whether it is right, and the feedback a learner reads after the quiz. */
public class ManageAnswerForm {

	static final int MAX_TEXT = 300, MAX_FEEDBACK = 1000;

	private ManageText text = new ManageText();

	private boolean correct;

	private ManageText feedback = new ManageText();

	void check(Errors errors) {
		ManageChecks.required(errors, "text", text, "learningmanage.error.answer.required", MAX_TEXT);
		ManageChecks.required(errors, "feedback", feedback, "learningmanage.error.feedback.required", MAX_FEEDBACK);
	}

	public ManageText getText() {
		return text;
	}

	public void setText(ManageText text) {
		this.text = text;
	}

	public boolean isCorrect() {
		return correct;
	}

	public void setCorrect(boolean correct) {
		this.correct = correct;
	}

	public ManageText getFeedback() {
		return feedback;
	}

	public void setFeedback(ManageText feedback) {
		this.feedback = feedback;
	}
}
