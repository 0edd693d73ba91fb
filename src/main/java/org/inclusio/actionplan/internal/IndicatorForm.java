package org.inclusio.actionplan.internal;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** An indicator of an action: what is counted, in which unit, from which baseline to which target, by when. */
public class IndicatorForm {

	private String name = "";

	private String unit = "";

	private String baseline = "";

	private String target = "";

	private String targetDate = "";

	void check(Errors errors) {
		if (name.isBlank()) {
			errors.rejectValue("name", "actionplan.error.indicatorName.required");
		}
		else if (name.strip().length() > 300) {
			errors.rejectValue("name", "actionplan.error.tooLong", new Object[] { "300" }, null);
		}
		Unit chosen = Unit.of(unit).orElse(null);
		if (chosen == null) {
			errors.rejectValue("unit", "actionplan.error.unit.required");
		}
		value(errors, "baseline", baseline, chosen);
		value(errors, "target", target, chosen);
		if (chosen != null && !errors.hasFieldErrors("baseline") && !errors.hasFieldErrors("target")
				&& chosen.parse(baseline).compareTo(chosen.parse(target)) == 0) {
			errors.rejectValue("target", "actionplan.error.targetIsBaseline");
		}
		if (targetDate.isBlank()) {
			errors.rejectValue("targetDate", "actionplan.error.targetDate.required");
		}
		else if (Dates.invalid(targetDate)) {
			errors.rejectValue("targetDate", "actionplan.error.date");
		}
	}

	private static void value(Errors errors, String field, String typed, Unit unit) {
		if (typed.isBlank()) {
			errors.rejectValue(field, "actionplan.error." + field + ".required");
		}
		else if (unit != null) {
			unit.problem(typed).ifPresent(code -> errors.rejectValue(field, code));
		}
	}

	LocalDate targetDate() {
		return Dates.parse(targetDate);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name == null ? "" : name; }
	public String getUnit() { return unit; }
	public void setUnit(String unit) { this.unit = unit == null ? "" : unit; }
	public String getBaseline() { return baseline; }
	public void setBaseline(String baseline) { this.baseline = baseline == null ? "" : baseline; }
	public String getTarget() { return target; }
	public void setTarget(String target) { this.target = target == null ? "" : target; }
	public String getTargetDate() { return targetDate; }
	public void setTargetDate(String targetDate) { this.targetDate = targetDate == null ? "" : targetDate; }
}
