package org.inclusio.learning.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrolments started and courses completed per course and month, made safe to publish: a count from 1 to 4 is
 * shown as "fewer than 5" (primary suppression), and a total is shown only when every count it adds up is shown
 * (else it is hidden too), so that no hidden count can be worked out by subtracting shown ones from a total.
 * The page and the CSV file both show exactly this, never the raw counts.
 */
record StatisticsTable(List<YearMonth> months, List<Course> courses, Course allCourses) {

	/** Counts below this (and above zero) are never shown. */
	static final int THRESHOLD = 5;

	enum Kind {
		COUNT, FEWER_THAN_FIVE, NOT_SHOWN
	}

	/** What one cell shows; {@code count} is 0 unless the kind is COUNT, so a hidden value never leaves here. */
	record Cell(Kind kind, int count) {

		static Cell of(int count) {
			return count > 0 && count < THRESHOLD ? new Cell(Kind.FEWER_THAN_FIVE, 0) : new Cell(Kind.COUNT, count);
		}

		/** A total of cells: shown only when none of them is hidden. */
		static Cell totalOf(List<Cell> parts, int sum) {
			return parts.stream().anyMatch(Cell::hidden) ? new Cell(Kind.NOT_SHOWN, 0) : new Cell(Kind.COUNT, sum);
		}

		public boolean hidden() {
			return kind != Kind.COUNT;
		}
	}

	/** One month of a course (month null: the total of the months). */
	record Line(YearMonth month, Cell started, Cell completed) {
	}

	/** A course's months and their total; {@code slug} and {@code title} are null for the row of all courses. */
	record Course(String slug, LocalText title, List<Line> months, Line total) {
	}

	/** The raw counts of one course, by month index; they stay inside {@link #of}. */
	record Counts(String slug, LocalText title, int[] started, int[] completed) {
	}

	static StatisticsTable of(List<YearMonth> months, List<Counts> raw) {
		int n = months.size();
		List<Course> courses = new ArrayList<>();
		List<List<Cell>> startedByMonth = new ArrayList<>();
		List<List<Cell>> completedByMonth = new ArrayList<>();
		int[] startedSums = new int[n];
		int[] completedSums = new int[n];
		for (int m = 0; m < n; m++) {
			startedByMonth.add(new ArrayList<>());
			completedByMonth.add(new ArrayList<>());
		}
		for (Counts counts : raw) {
			List<Line> lines = new ArrayList<>();
			for (int m = 0; m < n; m++) {
				Cell started = Cell.of(counts.started()[m]);
				Cell completed = Cell.of(counts.completed()[m]);
				lines.add(new Line(months.get(m), started, completed));
				startedByMonth.get(m).add(started);
				completedByMonth.get(m).add(completed);
				startedSums[m] += counts.started()[m];
				completedSums[m] += counts.completed()[m];
			}
			Line total = new Line(null, Cell.totalOf(lines.stream().map(Line::started).toList(), sum(counts.started())),
					Cell.totalOf(lines.stream().map(Line::completed).toList(), sum(counts.completed())));
			courses.add(new Course(counts.slug(), counts.title(), List.copyOf(lines), total));
		}
		List<Line> allMonths = new ArrayList<>();
		for (int m = 0; m < n; m++) {
			allMonths.add(new Line(months.get(m), Cell.totalOf(startedByMonth.get(m), startedSums[m]),
					Cell.totalOf(completedByMonth.get(m), completedSums[m])));
		}
		Line grandTotal = new Line(null,
				Cell.totalOf(startedByMonth.stream().flatMap(List::stream).toList(), sum(startedSums)),
				Cell.totalOf(completedByMonth.stream().flatMap(List::stream).toList(), sum(completedSums)));
		return new StatisticsTable(List.copyOf(months), List.copyOf(courses),
				new Course(null, null, List.copyOf(allMonths), grandTotal));
	}

	boolean anyFallback() {
		return courses.stream().anyMatch(c -> c.title().fallback());
	}

	private static int sum(int[] values) {
		int sum = 0;
		for (int value : values) {
			sum += value;
		}
		return sum;
	}
}
