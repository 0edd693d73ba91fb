package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * An action as typed. Dates and the cost stay text until checked, so that what was typed comes back on the form.
 * {@code version} is the version of the action the form was filled from (optimistic locking).
 */
public class ActionForm {

	private String objectiveId = "";

	private String title = "";

	private String description = "";

	private String responsibleBody = "";

	private String partners = "";

	private String startDate = "";

	private String endDate = "";

	private String cost = "";

	private String fundingSource = "";

	private String risks = "";

	private int version;

	private List<Long> decisionIds = new ArrayList<>();

	private List<Long> ideaIds = new ArrayList<>();

	static ActionForm of(Actions.Action action) {
		ActionForm form = new ActionForm();
		form.objectiveId = String.valueOf(action.objectiveId());
		form.title = action.title();
		form.description = action.description();
		form.responsibleBody = action.responsibleBody();
		form.partners = action.partners();
		form.startDate = Dates.format(action.startDate());
		form.endDate = Dates.format(action.endDate());
		form.cost = action.costAmount() == null ? "" : action.costAmount().toPlainString();
		form.fundingSource = action.fundingSource() == null ? "" : action.fundingSource();
		form.risks = action.risks();
		form.version = action.version();
		return form;
	}

	void check(Errors errors, Set<Long> objectives) {
		if (!objectiveId.matches("\\d{1,18}") || !objectives.contains(Long.valueOf(objectiveId))) {
			errors.rejectValue("objectiveId", "actionplan.error.objective.required");
		}
		required(errors, "title", title, 300);
		if (description.strip().length() > 5000) {
			errors.rejectValue("description", "actionplan.error.tooLong", new Object[] { "5000" }, null);
		}
		required(errors, "responsibleBody", responsibleBody, 300);
		if (partners.strip().length() > 1000) {
			errors.rejectValue("partners", "actionplan.error.tooLong", new Object[] { "1000" }, null);
		}
		if (Dates.invalid(startDate)) {
			errors.rejectValue("startDate", "actionplan.error.date");
		}
		if (Dates.invalid(endDate)) {
			errors.rejectValue("endDate", "actionplan.error.date");
		}
		if (startDate() != null && endDate() != null && endDate().isBefore(startDate())) {
			errors.rejectValue("endDate", "actionplan.error.endBeforeStart");
		}
		if (!cost.isBlank() && Unit.EUR.problem(cost).isPresent()) {
			errors.rejectValue("cost", "actionplan.error.cost");
		}
		if (!fundingSource.isBlank() && Arrays.stream(Funding.values()).noneMatch(f -> f.name().equals(fundingSource))) {
			errors.rejectValue("fundingSource", "actionplan.error.funding");
		}
		if (risks.strip().length() > 5000) {
			errors.rejectValue("risks", "actionplan.error.tooLong", new Object[] { "5000" }, null);
		}
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value.isBlank()) {
			errors.rejectValue(field, "actionplan.error." + field + ".required");
		}
		else if (value.strip().length() > max) {
			errors.rejectValue(field, "actionplan.error.tooLong", new Object[] { String.valueOf(max) }, null);
		}
	}

	LocalDate startDate() {
		return Dates.parse(startDate);
	}

	LocalDate endDate() {
		return Dates.parse(endDate);
	}

	BigDecimal cost() {
		return cost.isBlank() ? null : Unit.EUR.parse(cost);
	}

	public String getObjectiveId() { return objectiveId; }
	public void setObjectiveId(String objectiveId) { this.objectiveId = objectiveId == null ? "" : objectiveId.strip(); }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title == null ? "" : title; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description == null ? "" : description; }
	public String getResponsibleBody() { return responsibleBody; }
	public void setResponsibleBody(String responsibleBody) { this.responsibleBody = responsibleBody == null ? "" : responsibleBody; }
	public String getPartners() { return partners; }
	public void setPartners(String partners) { this.partners = partners == null ? "" : partners; }
	public String getStartDate() { return startDate; }
	public void setStartDate(String startDate) { this.startDate = startDate == null ? "" : startDate; }
	public String getEndDate() { return endDate; }
	public void setEndDate(String endDate) { this.endDate = endDate == null ? "" : endDate; }
	public String getCost() { return cost; }
	public void setCost(String cost) { this.cost = cost == null ? "" : cost; }
	public String getFundingSource() { return fundingSource; }
	public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource == null ? "" : fundingSource; }
	public String getRisks() { return risks; }
	public void setRisks(String risks) { this.risks = risks == null ? "" : risks; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
	public List<Long> getDecisionIds() { return decisionIds; }
	public void setDecisionIds(List<Long> decisionIds) { this.decisionIds = decisionIds == null ? new ArrayList<>() : decisionIds; }
	public List<Long> getIdeaIds() { return ideaIds; }
	public void setIdeaIds(List<Long> ideaIds) { this.ideaIds = ideaIds == null ? new ArrayList<>() : ideaIds; }
}
