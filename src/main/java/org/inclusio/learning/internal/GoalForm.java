package org.inclusio.learning.internal;

/**
 * The goal form as typed: kept as text, so that whatever was typed comes back on the page with the error. Empty
 * means "no goal".
 */
public class GoalForm {

	private String lessonsPerWeek;

	public String getLessonsPerWeek() {
		return lessonsPerWeek;
	}

	public void setLessonsPerWeek(String lessonsPerWeek) {
		this.lessonsPerWeek = lessonsPerWeek;
	}
}
