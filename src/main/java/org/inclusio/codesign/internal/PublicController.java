package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.codesign.internal.SeriesStore.Series;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.identity.People;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of the workshops, readable without signing in: what each series is deciding, when and where its
 * sessions are (with accessibility), how to join, the results and decisions of past sessions, and calendar files.
 * They name nobody: counts only, never a participant.
 */
@Controller
class PublicController {

	/** A session as the public sees it, with its results once it is closed. */
	record PublicSession(Session session, boolean upcoming, boolean open, List<Ideas.Idea> ideas,
			List<Ideas.Decision> decisions, Voting.Split split, int attending) {
	}

	private final SeriesStore series;

	private final SessionStore sessions;

	private final Ideas ideas;

	private final Voting voting;

	private final Invitations invitations;

	private final Calendars calendars;

	private final People people;

	private final Clock clock;

	PublicController(SeriesStore series, SessionStore sessions, Ideas ideas, Voting voting, Invitations invitations,
			Calendars calendars, People people, Clock clock) {
		this.series = series;
		this.sessions = sessions;
		this.ideas = ideas;
		this.voting = voting;
		this.invitations = invitations;
		this.calendars = calendars;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/workshops")
	String index(Locale locale, Model model) {
		List<Series> all = series.all(locale);
		Map<Long, String> municipalities = new LinkedHashMap<>();
		all.forEach(s -> municipalities.computeIfAbsent(s.tenantId(),
				t -> people.municipalityName(t, locale).orElse("")));
		model.addAttribute("allSeries", all);
		model.addAttribute("municipalities", municipalities);
		return "codesign/public-index";
	}

	@GetMapping("/workshops/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		Series s = series.find(id, locale).orElseThrow(StaffController.NotFound::new);
		ZonedDateTime now = ZonedDateTime.now(clock);
		List<PublicSession> all = sessions.ofSeries(id).stream().map(session -> {
			boolean upcoming = session.endsAt().isAfter(now) && !session.closed();
			return new PublicSession(session, upcoming, now.isBefore(session.rsvpDeadline()),
					session.closed() ? ideas.of(session.id()) : List.of(), ideas.decisions(session.id()),
					voting.split(session.id()), invitations.attending(session.id()));
		}).toList();
		model.addAttribute("series", s);
		model.addAttribute("municipality", people.municipalityName(s.tenantId(), locale).orElse(""));
		model.addAttribute("upcoming", all.stream().filter(PublicSession::upcoming).toList());
		model.addAttribute("past", all.stream().filter(p -> !p.upcoming()).toList().reversed());
		return "codesign/public-series";
	}

	@GetMapping("/workshops/{id}/calendar.ics")
	ResponseEntity<byte[]> feed(@PathVariable long id, Locale locale) {
		Series s = series.find(id, locale).orElseThrow(StaffController.NotFound::new);
		return ics(calendars.of(s.title(), s.title(), sessions.ofSeries(id)), "workshops-" + id);
	}

	@GetMapping("/workshops/sessions/{id}/calendar.ics")
	ResponseEntity<byte[]> session(@PathVariable long id, Locale locale) {
		Session session = sessions.find(id).orElseThrow(StaffController.NotFound::new);
		String title = series.find(session.seriesId(), locale).orElseThrow().title();
		return ics(calendars.of(session.title(), title, List.of(session)), "session-" + id);
	}

	static ResponseEntity<byte[]> ics(String text, String name) {
		return ResponseEntity.ok()
			.contentType(RsvpController.calendarType())
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".ics").build().toString())
			.body(RsvpController.utf8(text));
	}
}
