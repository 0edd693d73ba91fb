package org.inclusio.learning;

import java.util.List;

/**
 * What a citizen's dashboard says about their learning: the courses they are taking (most recently used first), how
 * many they have completed, and their weekly goal with its streak.
 */
public record LearningSummary(List<CourseProgress> inProgress, int completed, WeeklyGoal goal) {

	public LearningSummary {
		inProgress = List.copyOf(inProgress);
	}

	/** Nothing started and no goal: the dashboard invites the citizen to the courses instead. */
	public boolean isEmpty() {
		return inProgress.isEmpty() && completed == 0 && !goal.isSet();
	}
}
