package org.inclusio.actionplan.internal;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** A progress update of an indicator: the value reached (in the indicator's unit), the status, a comment, the date. */
public class ProgressForm {

	private String value = "";

	private String status = "";

	private String comment = "";

	private String recordedOn = "";

	void check(Errors errors, Unit unit, LocalDate today) {
		if (value.isBlank()) {
			errors.rejectValue("value", "actionplan.error.value.required");
		}
		else {
			unit.problem(value).ifPresent(code -> errors.rejectValue("value", code));
		}
		ProgressStatus chosen = ProgressStatus.parse(status);
		if (chosen == null || chosen == ProgressStatus.NOT_STARTED) {
			errors.rejectValue("status", "actionplan.error.status.required");
		}
		if (comment.strip().length() > 2000) {
			errors.rejectValue("comment", "actionplan.error.tooLong", new Object[] { "2000" }, null);
		}
		if (recordedOn.isBlank()) {
			errors.rejectValue("recordedOn", "actionplan.error.recordedOn.required");
		}
		else if (Dates.invalid(recordedOn)) {
			errors.rejectValue("recordedOn", "actionplan.error.date");
		}
		else if (recordedOn().isAfter(today)) {
			errors.rejectValue("recordedOn", "actionplan.error.recordedOn.future");
		}
	}

	LocalDate recordedOn() {
		return Dates.parse(recordedOn);
	}

	public String getValue() { return value; }
	public void setValue(String value) { this.value = value == null ? "" : value; }
	public String getStatus() { return status; }
	public void setStatus(String status) { this.status = status == null ? "" : status; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment == null ? "" : comment; }
	public String getRecordedOn() { return recordedOn; }
	public void setRecordedOn(String recordedOn) { this.recordedOn = recordedOn == null ? "" : recordedOn; }
}
