package org.inclusio.learning.internal;

import org.springframework.validation.Errors;

/** A draft's title, summary, length and pass mark. Numbers are kept as typed, so a wrong one is shown again. */
public class ManageDetailsForm {

	static final int MAX_TITLE = 200, MAX_SUMMARY = 1000, MAX_MINUTES = 600;

	private ManageText title = new ManageText();

	private ManageText summary = new ManageText();

	private String minutes = "";

	private String passPercent = "";

	void check(Errors errors) {
		ManageChecks.required(errors, "title", title, "learningmanage.error.title.required", MAX_TITLE);
		ManageChecks.required(errors, "summary", summary, "learningmanage.error.summary.required", MAX_SUMMARY);
		ManageChecks.number(errors, "minutes", minutes, 1, MAX_MINUTES, "learningmanage.error.minutes");
		ManageChecks.number(errors, "passPercent", passPercent, 1, 100, "learningmanage.error.passPercent");
	}

	int minutesValue() {
		return Integer.parseInt(minutes.strip());
	}

	int passPercentValue() {
		return Integer.parseInt(passPercent.strip());
	}

	public ManageText getTitle() {
		return title;
	}

	public void setTitle(ManageText title) {
		this.title = title;
	}

	public ManageText getSummary() {
		return summary;
	}

	public void setSummary(ManageText summary) {
		this.summary = summary;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

	public String getPassPercent() {
		return passPercent;
	}

	public void setPassPercent(String passPercent) {
		this.passPercent = passPercent == null ? "" : passPercent;
	}
}
