package org.inclusio.learning;

/**
 * A citizen's goal of lessons per week and how they are doing: the lessons done this week and the streak, the
 * number of weeks in a row in which they met the goal (this week counts once it is met, so a week that is not over
 * yet never breaks a streak). Weeks start on Monday in the municipality's time zone. No goal: {@code lessonsPerWeek}
 * is null and the streak 0.
 */
public record WeeklyGoal(Integer lessonsPerWeek, int doneThisWeek, int streakWeeks) {

	public static final int MIN = 1;

	public static final int MAX = 7;

	public boolean isSet() {
		return lessonsPerWeek != null;
	}

	public boolean metThisWeek() {
		return lessonsPerWeek != null && doneThisWeek >= lessonsPerWeek;
	}
}
