package org.inclusio.codesign;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision taken in a workshop session, with the ideas it came from; public information (it names nobody).
 * @param seriesTitle the series' title in the language asked for (or the nearest one written)
 * @param date the session's day in its municipality's time zone
 */
public record DecisionRef(long id, long tenantId, long seriesId, String seriesTitle, long sessionId, String sessionTitle,
		LocalDate date, String text, String rationale, List<IdeaRef> ideas) {

	/** Where anyone, without signing in, can read this decision in its series. */
	public String publicPath() {
		return "/workshops/" + seriesId + "#decision-" + id;
	}
}
