package org.inclusio.support.internal;

import java.util.List;
import java.util.Optional;
import org.inclusio.learning.CourseCatalogue.Topic;

/**
 * The parts of life the self-assessment asks about, with the directory's need categories that can help in each and
 * the courses that fit (computer skills for digital access, money courses for debt and income).
 */
enum LifeArea {

	HOUSING(List.of("housing"), null),
	INCOME(List.of("income-benefits", "social-assistance"), Topic.MONEY),
	DEBT(List.of("debt-advice"), Topic.MONEY),
	WORK(List.of("employment"), null),
	EDUCATION(List.of("education"), null),
	HEALTH(List.of("health", "disability"), null),
	FAMILY(List.of("family-care", "elderly-care"), null),
	DIGITAL(List.of("digital-access"), Topic.DIGITAL);

	private final List<String> needCodes;

	private final Topic courseTopic;

	LifeArea(List<String> needCodes, Topic courseTopic) {
		this.needCodes = needCodes;
		this.courseTopic = courseTopic;
	}

	List<String> needCodes() {
		return needCodes;
	}

	Optional<Topic> courseTopic() {
		return Optional.ofNullable(courseTopic);
	}

	/** The message key prefix, e.g. support.area.HOUSING. */
	public String key() {
		return "support.area." + name();
	}
}
