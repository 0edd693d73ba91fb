package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.inclusio.learning.internal.StatisticsTable.Cell;
import org.inclusio.learning.internal.StatisticsTable.Kind;
import org.inclusio.learning.internal.StatisticsTable.Line;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The suppression rule on many random tables: nothing from 1 to 4 shows, and no shown total gives a hidden count away. */
class LearningStatisticsTableTest {

	private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));

	@Test
	void smallCountsAreHiddenZeroAndFiveAreShown() {
		assertThat(Cell.of(0)).isEqualTo(new Cell(Kind.COUNT, 0));
		for (int small = 1; small <= 4; small++) {
			assertThat(Cell.of(small)).isEqualTo(new Cell(Kind.FEWER_THAN_FIVE, 0));
		}
		assertThat(Cell.of(5)).isEqualTo(new Cell(Kind.COUNT, 5));
	}

	@Test
	void aTotalWithAHiddenPartIsNotShown() {
		StatisticsTable table = StatisticsTable.of(MONTHS, List.of(
				counts("a", new int[] { 7, 5, 0 }, new int[] { 3, 5, 0 }),
				counts("b", new int[] { 2, 6, 0 }, new int[] { 0, 0, 0 })));
		Line a = table.courses().get(0).total();
		assertThat(a.started()).isEqualTo(new Cell(Kind.COUNT, 12));
		assertThat(a.completed().kind()).isEqualTo(Kind.NOT_SHOWN);
		assertThat(table.allCourses().months().get(0).started().kind()).isEqualTo(Kind.NOT_SHOWN);
		assertThat(table.allCourses().months().get(1).started()).isEqualTo(new Cell(Kind.COUNT, 11));
		assertThat(table.allCourses().months().get(1).completed()).isEqualTo(new Cell(Kind.COUNT, 5));
		assertThat(table.allCourses().total().started().kind()).isEqualTo(Kind.NOT_SHOWN);
	}

	@RepeatedTest(200)
	void noRandomTableShowsASmallCountOrATotalOfHiddenParts() {
		Random random = new Random();
		List<StatisticsTable.Counts> raw = new ArrayList<>();
		for (int c = 0; c < 1 + random.nextInt(4); c++) {
			raw.add(counts("c" + c, randomCounts(random), randomCounts(random)));
		}
		StatisticsTable table = StatisticsTable.of(MONTHS, raw);
		for (Function<Line, Cell> measure : List.<Function<Line, Cell>>of(Line::started, Line::completed)) {
			List<List<Cell>> columns = new ArrayList<>();
			for (int m = 0; m < MONTHS.size(); m++) {
				columns.add(new ArrayList<>());
			}
			for (StatisticsTable.Course course : table.courses()) {
				List<Cell> cells = course.months().stream().map(measure).toList();
				cells.forEach(cell -> assertThat(cell.count() >= 1 && cell.count() <= 4).isFalse());
				assertShownOnlyIfAllPartsShown(measure.apply(course.total()), cells);
				for (int m = 0; m < MONTHS.size(); m++) {
					columns.get(m).add(cells.get(m));
				}
			}
			for (int m = 0; m < MONTHS.size(); m++) {
				assertShownOnlyIfAllPartsShown(measure.apply(table.allCourses().months().get(m)), columns.get(m));
			}
			assertShownOnlyIfAllPartsShown(measure.apply(table.allCourses().total()),
					columns.stream().flatMap(List::stream).toList());
		}
	}

	private static void assertShownOnlyIfAllPartsShown(Cell total, List<Cell> parts) {
		boolean anyHidden = parts.stream().anyMatch(Cell::hidden);
		assertThat(total.hidden()).isEqualTo(anyHidden);
		if (!anyHidden) {
			assertThat(total.count()).isEqualTo(parts.stream().mapToInt(Cell::count).sum());
		}
		assertThat(total.count() >= 1 && total.count() <= 4).isFalse();
	}

	private static int[] randomCounts(Random random) {
		int[] counts = new int[MONTHS.size()];
		for (int m = 0; m < counts.length; m++) {
			counts[m] = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
		}
		return counts;
	}

	private static StatisticsTable.Counts counts(String slug, int[] started, int[] completed) {
		return new StatisticsTable.Counts(slug, new LocalText(slug, false), started, completed);
	}
}
