package org.inclusio.support.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How each life area changed between the first and the latest self-assessment, in words a person understands:
 * better, the same or harder. A higher score is better (4 = fine).
 */
record Progress(Assessment earliest, Assessment latest, List<Assessment> assessments, List<Row> rows) {

	/** Columns shown in the table: the most recent assessments, oldest first. */
	static final int COLUMNS = 6;

	enum Change {
		BETTER, SAME, HARDER, FIRST
	}

	record Row(LifeArea area, Integer earlier, Integer latest, Change change, List<Integer> scores) {
	}

	static Progress of(List<Assessment> history) {
		List<Assessment> shown = history.subList(Math.max(0, history.size() - COLUMNS), history.size());
		List<Row> rows = new ArrayList<>();
		Assessment first = history.isEmpty() ? null : history.getFirst();
		Assessment last = history.isEmpty() ? null : history.getLast();
		for (LifeArea area : LifeArea.values()) {
			Integer earlier = history.size() < 2 ? null : first.score(area);
			Integer latest = last == null ? null : last.score(area);
			Change change;
			if (earlier == null || latest == null) {
				change = Change.FIRST;
			}
			else {
				change = latest > earlier ? Change.BETTER : latest < earlier ? Change.HARDER : Change.SAME;
			}
			rows.add(new Row(area, earlier, latest, change, shown.stream().map(a -> a.score(area)).toList()));
		}
		return new Progress(history.size() < 2 ? null : first, last, shown, rows);
	}

}
