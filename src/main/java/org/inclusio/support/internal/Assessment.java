package org.inclusio.support.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One self-assessment: for each life area a score from 1 (very hard, I need help now) to 4 (fine). Areas scored 1
 * or 2 are where the citizen asks for help.
 */
record Assessment(long id, long tenantId, long citizenId, OffsetDateTime takenAt, Map<LifeArea, Integer> scores) {

	static final int MIN = 1;

	static final int MAX = 4;

	static final int NEEDS_HELP_UP_TO = 2;

	Assessment {
		scores = scores.isEmpty() ? Map.of() : new EnumMap<>(scores);
	}

	public Integer score(LifeArea area) {
		return scores.get(area);
	}

	/** The areas where help is wanted, the hardest first. */
	List<LifeArea> needsHelp() {
		return scores.entrySet().stream()
			.filter(e -> e.getValue() <= NEEDS_HELP_UP_TO)
			.sorted(Map.Entry.<LifeArea, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}
}
