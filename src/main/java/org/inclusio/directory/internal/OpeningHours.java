package org.inclusio.directory.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opening hours as HSDS schedules: one weekly schedule per weekday (byday "MO", opens_at, closes_at), which is
 * what the manage form edits and the "open now" filter reads. Also reads the short form of the demo data,
 * "MO-FR 08:30-17:00; SA 09:00-13:00".
 */
final class OpeningHours {

	static final String[] DAYS = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

	private OpeningHours() {
	}

	/** One day's opening. */
	record Opening(String day, LocalTime opens, LocalTime closes) {

		DayOfWeek dayOfWeek() {
			return DayOfWeek.of(indexOf(day) + 1);
		}
	}

	static List<Opening> parse(String text) {
		List<Opening> openings = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return openings;
		}
		for (String part : text.split(";")) {
			String[] dayAndTime = part.trim().split("\\s+");
			String[] days = dayAndTime[0].split("-");
			String[] times = dayAndTime[1].split("-");
			int from = indexOf(days[0]);
			int to = days.length > 1 ? indexOf(days[1]) : from;
			for (int day = from; day <= to; day++) {
				openings.add(new Opening(DAYS[day], LocalTime.parse(times[0]), LocalTime.parse(times[1])));
			}
		}
		return openings;
	}

	static int indexOf(String day) {
		for (int i = 0; i < DAYS.length; i++) {
			if (DAYS[i].equalsIgnoreCase(day)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Not a weekday: " + day);
	}

	/** A schedule row for one day of a service. */
	static Schedule schedule(DirectoryService service, Opening opening) {
		Schedule schedule = new Schedule();
		schedule.setService(service);
		schedule.setFreq("WEEKLY");
		schedule.setInterval(1);
		schedule.setWkst("MO");
		schedule.setByday(opening.day());
		schedule.setOpensAt(opening.opens());
		schedule.setClosesAt(opening.closes());
		schedule.setTimezone("Europe/Sofia");
		return schedule;
	}

	/** The days of a schedule's byday, e.g. "MO,TU" → [MO, TU]; an unknown code is skipped. */
	static List<String> days(Schedule schedule) {
		List<String> days = new ArrayList<>();
		if (schedule.getByday() == null) {
			return days;
		}
		for (String day : schedule.getByday().split(",")) {
			String code = day.trim().toUpperCase(Locale.ROOT);
			// an RRULE may prefix a position, e.g. "1MO"; opening hours use plain weekdays
			code = code.replaceAll("^[+-]?\\d+", "");
			if (List.of(DAYS).contains(code)) {
				days.add(code);
			}
		}
		return days;
	}
}
