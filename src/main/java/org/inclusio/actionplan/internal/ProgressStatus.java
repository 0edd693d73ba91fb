package org.inclusio.actionplan.internal;

import java.util.Collection;

/**
 * How an action is going, as its latest progress updates say. NOT_STARTED is an action with no update yet; it is
 * never chosen in a progress update.
 */
enum ProgressStatus {

	NOT_STARTED, ON_TRACK, AT_RISK, LATE, DONE;

	static final ProgressStatus[] REPORTABLE = { ON_TRACK, AT_RISK, LATE, DONE };

	/** An action's status from its indicators' latest: done when all are done, else the worst of them. */
	static ProgressStatus ofAction(Collection<ProgressStatus> latest) {
		if (latest.isEmpty() || latest.stream().allMatch(s -> s == NOT_STARTED)) {
			return NOT_STARTED;
		}
		if (latest.stream().allMatch(s -> s == DONE)) {
			return DONE;
		}
		if (latest.contains(LATE)) {
			return LATE;
		}
		if (latest.contains(AT_RISK)) {
			return AT_RISK;
		}
		return ON_TRACK;
	}

	static ProgressStatus parse(String name) {
		for (ProgressStatus status : values()) {
			if (status.name().equals(name)) {
				return status;
			}
		}
		return null;
	}
}
