package org.inclusio.codesign.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) text for one session or a whole series (a feed calendar programs subscribe to). Times are
 * written in UTC, so no time-zone definitions are needed; text is escaped and lines are folded at 75 octets without
 * splitting a UTF-8 character. Nothing personal goes in: what is public on the series' page.
 */
@Component
class Calendars {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private final Clock clock;

	private final String baseUrl;

	Calendars(Clock clock, @Value("${inclusio.base-url}") String baseUrl) {
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String of(String calendarName, String seriesTitle, List<Session> sessions) {
		StringBuilder ics = new StringBuilder(1024);
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Inclusio//Co-design workshops//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + text(calendarName));
		String stamp = utc(ZonedDateTime.now(clock));
		for (Session s : sessions) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:codesign-session-" + s.id() + "@inclusio");
			line(ics, "DTSTAMP:" + stamp);
			line(ics, "DTSTART:" + utc(s.startsAt()));
			line(ics, "DTEND:" + utc(s.endsAt()));
			line(ics, "SUMMARY:" + text(s.title() + " – " + seriesTitle));
			String where = s.place() != null ? s.place() : s.onlineLink();
			line(ics, "LOCATION:" + text(where));
			StringBuilder description = new StringBuilder(s.agenda());
			if (s.accessibility() != null) {
				description.append("\n\n").append(s.accessibility());
			}
			if (s.onlineLink() != null) {
				description.append("\n\n").append(s.onlineLink());
			}
			line(ics, "DESCRIPTION:" + text(description.toString()));
			line(ics, "URL:" + baseUrl + "/workshops/" + s.seriesId());
			line(ics, "STATUS:CONFIRMED");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String utc(ZonedDateTime at) {
		return at.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
	}

	/** TEXT value escaping (RFC 5545 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
			.replace("\r", "\n").replace("\n", "\\n");
	}

	/** Appends a content line folded at 75 octets (RFC 5545 3.1), ending with CRLF. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}
}
