package org.inclusio.actionplan.internal;

import org.springframework.validation.Errors;

/** A new objective of a plan. */
public class ObjectiveForm {

	private String title = "";

	void check(Errors errors) {
		if (title.isBlank()) {
			errors.rejectValue("title", "actionplan.error.objectiveTitle.required");
		}
		else if (title.strip().length() > 300) {
			errors.rejectValue("title", "actionplan.error.tooLong", new Object[] { "300" }, null);
		}
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title == null ? "" : title; }
}
