package org.inclusio.learning;

import java.time.Instant;

/**
 * How far a citizen got with one course they started: for a dashboard or a caseworker's view. The title is in the
 * language asked for, or English when the course has no translation yet.
 */
public record CourseProgress(String courseSlug, String title, String titleLanguage, int lessonsDone, int lessons,
		boolean quizPassed, Instant startedAt, Instant completedAt) {

	public boolean completed() {
		return completedAt != null;
	}
}
