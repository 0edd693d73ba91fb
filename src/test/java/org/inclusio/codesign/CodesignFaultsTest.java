package org.inclusio.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong: a second reply, a reply after the deadline or to a full session (waiting list, then a place when
 * someone cancels), a second ballot, too many dots, a ballot after voting closed, a ballot from someone without a
 * place, bad form input. Each gets a clear message in the person's language and leaves nothing half-written.
 */
class CodesignFaultsTest extends CodesignSupport {

	@Test
	void aSecondReplyIsRefusedAndChangesNothing() {
		HttpSession staff = signedIn(FACILITATOR);
		long session = createSession(staff, createSeries(staff, "Faults " + System.nanoTime(), 3), 5, "en");
		String code = inviteByLetter(staff, session, "Ivan", "SERVICE_USER");
		HttpSession person = browser();
		person.get("/rsvp?lang=bg");
		assertThat(reply(person, code, true, "CHILDCARE").statusCode()).isEqualTo(302);
		HttpResponse<String> again = reply(person, code, false);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Има проблем", "Вече сте отговорили");
		assertThat(jdbc.sql("select status || ':' || access_needs from codesign_invitation where code = :c").param("c", code)
			.query(String.class).single()).isEqualTo("ATTENDING:CHILDCARE");
	}

	@Test
	void aReplyAfterTheDeadlineIsRefused() {
		HttpSession staff = signedIn(FACILITATOR);
		long session = createSession(staff, createSeries(staff, "Late " + System.nanoTime(), 3), 5, "en");
		String code = inviteByLetter(staff, session, "Late Person", "PROVIDER");
		jdbc.sql("update codesign_session set rsvp_deadline = now() - interval '1 hour' where id = :s").param("s", session).update();
		HttpSession person = browser();
		person.get("/rsvp?lang=lv");
		assertThat(person.get("/rsvp/" + code).body()).contains("Atbildes uz šo tikšanos vairs netiek pieņemtas");
		HttpResponse<String> late = postRaw(person, "/rsvp/" + code + "/reply",
				"_csrf=" + enc(csrf(person.get("/rsvp").body())) + "&answer=yes");
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("Radusies problēma", "Atbildes uz šo tikšanos vairs netiek pieņemtas");
		assertThat(jdbc.sql("select status from codesign_invitation where code = :c").param("c", code).query(String.class)
			.single()).isEqualTo("INVITED");
	}

	@Test
	void aFullSessionHasAWaitingListAndTheFirstWaitingGetsAFreedPlace() {
		HttpSession staff = signedIn(FACILITATOR);
		long session = createSession(staff, createSeries(staff, "Full " + System.nanoTime(), 3), 2, "en");
		String first = inviteByLetter(staff, session, "First", "SERVICE_USER");
		String second = inviteByLetter(staff, session, "Second", "PROVIDER");
		String email = "waiting." + System.nanoTime() + "@example.org";
		staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/invitations",
				Map.of("name", "Third", "side", "SERVICE_USER", "email", email, "language", "en"));
		String third = CODE.matcher(TestMailServer.body(TestMailServer.awaitMessageTo(email, Duration.ofSeconds(30))))
			.results().findFirst().orElseThrow().group(1);
		String fourth = inviteByLetter(staff, session, "Fourth", "EXPERT");
		HttpSession a = browser();
		HttpSession b = browser();
		HttpSession c = browser();
		HttpSession d = browser();
		reply(a, first, true);
		reply(b, second, true);
		HttpResponse<String> waiting = reply(c, third, true, "TRANSPORT");
		assertThat(c.get(waiting.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
			.contains("you are on the waiting list");
		reply(d, fourth, true);
		assertThat(statuses(session)).containsExactly("First:ATTENDING", "Fourth:WAITING", "Second:ATTENDING", "Third:WAITING");
		// the first in line moves up when someone cancels, and is told by email
		HttpResponse<String> cancelled = postRaw(a, "/rsvp/" + first + "/cancel", "_csrf=" + enc(csrf(a.get("/rsvp/" + first).body())));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(statuses(session)).containsExactly("First:CANCELLED", "Fourth:WAITING", "Second:ATTENDING", "Third:ATTENDING");
		assertThat(TestMailServer.awaitMessagesTo(email, 2, Duration.ofSeconds(30)))
			.anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("A place is free for you"));
		// a waiting participant cannot vote
		addIdea(c, third, "Problem", "Measure " + System.nanoTime());
		voting(staff, session, "open");
		long idea = jdbc.sql("select id from codesign_idea where session_id = :s").param("s", session).query(Long.class).single();
		HttpResponse<String> refused = vote(d, fourth, idea);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Only people with a place in this session can vote.");
		assertThat(votes(session)).isZero();
	}

	private List<String> statuses(long session) {
		return jdbc.sql("select name || ':' || status from codesign_invitation where session_id = :s order by name")
			.param("s", session).query(String.class).list();
	}

	private int votes(long session) {
		return jdbc.sql("select count(*) from codesign_vote where session_id = :s").param("s", session).query(Integer.class).single();
	}

	@Test
	void votingTwiceTooManyDotsNotRegisteredAndAfterClosingAreRefused() throws Exception {
		HttpSession staff = signedIn(FACILITATOR);
		long session = createSession(staff, createSeries(staff, "Votes " + System.nanoTime(), 2), 10, "en");
		String user = inviteByLetter(staff, session, "User", "SERVICE_USER");
		String silent = inviteByLetter(staff, session, "Silent", "PROVIDER");
		HttpSession browser = browser();
		reply(browser, user, true);
		long a = addIdea(browser, user, "P1", "M1 " + System.nanoTime());
		long b = addIdea(browser, user, "P2", "M2 " + System.nanoTime());
		long c = addIdea(browser, user, "P3", "M3 " + System.nanoTime());

		// before voting opens
		HttpResponse<String> early = vote(browser, user, a);
		assertThat(early.body()).contains("Voting has not started yet.");
		voting(staff, session, "open");
		// three dots where two are allowed: nothing stored
		HttpResponse<String> tooMany = vote(browser, user, a, b, c);
		assertThat(tooMany.statusCode()).isEqualTo(200);
		assertThat(tooMany.body()).contains("There is a problem", "Choose at most 2 ideas");
		assertThat(votes(session)).isZero();
		// an idea of another session
		long foreign = jdbc.sql("select min(id) from codesign_idea where session_id <> :s").param("s", session).query(Long.class).single();
		assertThat(vote(browser, user, a, foreign).body()).contains("This idea is not part of this session.");
		assertThat(votes(session)).isZero();
		// invited but never replied: no place, no vote
		assertThat(vote(browser(), silent, a).body()).contains("Only people with a place in this session can vote.");
		// the same ballot sent eight times at once: stored exactly once
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			String token = csrf(browser.get("/rsvp/" + user).body());
			List<Callable<Integer>> attempts = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				attempts.add(() -> postRaw(browser, "/rsvp/" + user + "/ballot", "_csrf=" + enc(token) + "&ideas=" + a + "&ideas=" + b)
					.statusCode());
			}
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(attempts)) {
				codes.add(f.get());
			}
			assertThat(codes).containsOnlyOnce(302);
		}
		finally {
			pool.shutdown();
		}
		assertThat(votes(session)).isEqualTo(2);
		// voting twice
		HttpResponse<String> twice = vote(browser, user, c);
		assertThat(twice.body()).contains("You have voted already");
		assertThat(votes(session)).isEqualTo(2);
		// after closing: neither votes nor ideas
		voting(staff, session, "close");
		HttpSession walkIn = browser();
		assertThat(vote(walkIn, silent, c).body()).contains("Voting is closed");
		HttpResponse<String> lateIdea = postRaw(browser, "/rsvp/" + user + "/ideas",
				"_csrf=" + enc(csrf(browser.get("/rsvp").body())) + "&problem=late&measure=late");
		assertThat(lateIdea.body()).contains("This session is closed");
		assertThat(jdbc.sql("select count(*) from codesign_idea where session_id = :s").param("s", session).query(Integer.class)
			.single()).isEqualTo(3);
		HttpResponse<String> paper = staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/paper-ballots",
				Map.of("voter", "", "ballotIdeas", String.valueOf(a)));
		assertThat(paper.statusCode()).isEqualTo(200);
		assertThat(votes(session)).isEqualTo(2);
		// closing twice is refused with a message
		HttpResponse<String> closeAgain = staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/voting",
				Map.of("action", "close"));
		assertThat(closeAgain.statusCode()).isEqualTo(302);
	}

	@Test
	void badFormsComeBackWithTheirErrorsAndWriteNothing() {
		HttpSession staff = signedIn(FACILITATOR);
		staff.get("/codesign?lang=en");
		int before = jdbc.sql("select count(*) from codesign_series").query(Integer.class).single();
		HttpResponse<String> series = staff.submit("/codesign/series/new", "/codesign/series",
				Map.of("title_en", "", "purpose_en", "", "votes", "0"));
		assertThat(series.statusCode()).isEqualTo(200);
		assertThat(series.body()).contains("There is a problem", "Enter the theme in at least one language",
				"Enter a whole number from 1 to 10", "href=\"#title_en\"");
		assertThat(jdbc.sql("select count(*) from codesign_series").query(Integer.class).single()).isEqualTo(before);
		long id = createSeries(staff, "Forms " + System.nanoTime(), 3);
		HttpResponse<String> session = staff.submit("/codesign/series/" + id + "/sessions/new", "/codesign/series/" + id + "/sessions",
				Map.of("title", "Kept title", "date", "2027-02-30", "start", "12:00", "end", "11:00", "place", "",
						"onlineLink", "ftp://x", "agenda", "", "capacity", "many", "deadline", "", "language", "en"));
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("value=\"Kept title\"", "Enter a date", "The end must be after the start",
				"Enter an address starting with https://", "Enter a whole number from 1 to 10000");
		assertThat(jdbc.sql("select count(*) from codesign_session where series_id = :s").param("s", id).query(Integer.class)
			.single()).isZero();
		HttpResponse<String> unknown = browser().submit("/rsvp", "/rsvp", Map.of("code", "ZZZZ-ZZZZ"));
		assertThat(unknown.body()).contains("We do not know this code");
		staff.get("/codesign?lang=bg");
	}
}
