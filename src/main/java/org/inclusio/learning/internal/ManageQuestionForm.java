package org.inclusio.learning.internal;

import org.springframework.validation.Errors;

/** A quiz question of a draft: its text in each language, and whether one or several answers are right. */
public class ManageQuestionForm {

	static final int MAX_TEXT = 500;

	private ManageText text = new ManageText();

	/** "ONE" or "SEVERAL", from two radio buttons. */
	private String kind = "ONE";

	void check(Errors errors) {
		ManageChecks.required(errors, "text", text, "learningmanage.error.question.required", MAX_TEXT);
		if (!kind.equals("ONE") && !kind.equals("SEVERAL")) {
			errors.rejectValue("kind", "learningmanage.error.kind");
		}
	}

	boolean multiple() {
		return kind.equals("SEVERAL");
	}

	public ManageText getText() {
		return text;
	}

	public void setText(ManageText text) {
		this.text = text;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}
}
