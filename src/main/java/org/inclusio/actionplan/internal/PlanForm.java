package org.inclusio.actionplan.internal;

import org.springframework.validation.Errors;

/** A plan's theme, main language, currency, and title and vision in each language. */
public class PlanForm {

	static final int MAX_TITLE = 300;

	private String theme = "";

	private String language = "";

	private String currency = "";

	private String titleBg = "";

	private String titleLv = "";

	private String titleEn = "";

	private String visionBg = "";

	private String visionLv = "";

	private String visionEn = "";

	static PlanForm of(Plans.Plan plan) {
		PlanForm form = new PlanForm();
		form.theme = plan.theme();
		form.language = plan.language();
		form.currency = plan.currency();
		form.titleBg = plan.title().bg();
		form.titleLv = plan.title().lv();
		form.titleEn = plan.title().en();
		form.visionBg = plan.vision().bg();
		form.visionLv = plan.vision().lv();
		form.visionEn = plan.vision().en();
		return form;
	}

	void check(Errors errors) {
		if (theme.isBlank()) {
			errors.rejectValue("theme", "actionplan.error.theme.required");
		}
		else if (theme.strip().length() > 200) {
			errors.rejectValue("theme", "actionplan.error.tooLong", new Object[] { "200" }, null);
		}
		if (!Texts.LANGUAGES.contains(language)) {
			errors.rejectValue("language", "actionplan.error.language.required");
		}
		if (!"EUR".equals(currency) && !"BGN".equals(currency)) {
			errors.rejectValue("currency", "actionplan.error.currency.required");
		}
		for (String field : new String[] { "titleBg", "titleLv", "titleEn" }) {
			if (value(field).strip().length() > MAX_TITLE) {
				errors.rejectValue(field, "actionplan.error.tooLong", new Object[] { String.valueOf(MAX_TITLE) }, null);
			}
		}
		if (Texts.LANGUAGES.contains(language)) {
			String titleField = "title" + Character.toUpperCase(language.charAt(0)) + language.charAt(1);
			if (value(titleField).isBlank() && !errors.hasFieldErrors(titleField)) {
				errors.rejectValue(titleField, "actionplan.error.title.mainLanguage");
			}
		}
	}

	private String value(String field) {
		return switch (field) {
			case "titleBg" -> titleBg;
			case "titleLv" -> titleLv;
			default -> titleEn;
		};
	}

	public String getTheme() { return theme; }
	public void setTheme(String theme) { this.theme = theme == null ? "" : theme; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language == null ? "" : language; }
	public String getCurrency() { return currency; }
	public void setCurrency(String currency) { this.currency = currency == null ? "" : currency; }
	public String getTitleBg() { return titleBg; }
	public void setTitleBg(String titleBg) { this.titleBg = titleBg == null ? "" : titleBg; }
	public String getTitleLv() { return titleLv; }
	public void setTitleLv(String titleLv) { this.titleLv = titleLv == null ? "" : titleLv; }
	public String getTitleEn() { return titleEn; }
	public void setTitleEn(String titleEn) { this.titleEn = titleEn == null ? "" : titleEn; }
	public String getVisionBg() { return visionBg; }
	public void setVisionBg(String visionBg) { this.visionBg = visionBg == null ? "" : visionBg; }
	public String getVisionLv() { return visionLv; }
	public void setVisionLv(String visionLv) { this.visionLv = visionLv == null ? "" : visionLv; }
	public String getVisionEn() { return visionEn; }
	public void setVisionEn(String visionEn) { this.visionEn = visionEn == null ? "" : visionEn; }
}
