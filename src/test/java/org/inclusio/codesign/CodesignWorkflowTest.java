package org.inclusio.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole workshop cycle through the pages: series and support group, a session, invitations by email and by letter,
 * replies with access needs, ideas, equal-voice dot voting from both sides, a paper ballot, closing, decisions,
 * minutes (HTML and PDF, parsed), calendar files (parsed), the public page without names, and the public API.
 */
class CodesignWorkflowTest extends CodesignSupport {

	@Autowired
	Workshops workshops;

	@Test
	void aWholeWorkshopCycle() throws Exception {
		HttpSession staff = signedIn(FACILITATOR);
		long series = createSeries(staff, "Home care " + System.nanoTime(), 2);
		HttpResponse<String> member = staff.submit("/codesign/series/" + series, "/codesign/series/" + series + "/members",
				Map.of("name", "Dimitar Support", "side", "NGO", "organisation", "Red Cross", "email", ""));
		assertThat(member.statusCode()).isEqualTo(302);
		long session = createSession(staff, series, 10, "bg");

		// by email: the message carries the code and the link
		String email = "invitee." + System.nanoTime() + "@example.org";
		HttpResponse<String> invited = staff.submit("/codesign/sessions/" + session,
				"/codesign/sessions/" + session + "/invitations",
				Map.of("name", "Мария Иванова", "side", "SERVICE_USER", "email", email, "language", "bg"));
		assertThat(invited.statusCode()).isEqualTo(302);
		MimeMessage message = TestMailServer.awaitMessageTo(email, Duration.ofSeconds(30));
		assertThat(message.getSubject()).isEqualTo("Покана за работилница");
		Matcher link = CODE.matcher(TestMailServer.body(message));
		assertThat(link.find()).isTrue();
		String userCode = link.group(1);
		// by letter, and the whole support group
		String providerCode = inviteByLetter(staff, session, "Elena Provider", "PROVIDER");
		assertThat(staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/invite-members", Map.of())
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from codesign_invitation where session_id = :s and name = 'Dimitar Support' and channel = 'LETTER'")
			.param("s", session).query(Integer.class).single()).isEqualTo(1);

		// replies by code, no account: one with access needs
		HttpSession user = browser();
		HttpSession provider = browser();
		assertThat(user.submit("/rsvp", "/rsvp", Map.of("code", userCode.substring(0, 4) + "-" + userCode.substring(4).toLowerCase(Locale.ROOT)))
			.headers().firstValue("Location").orElseThrow()).endsWith("/rsvp/" + userCode);
		assertThat(reply(user, userCode, true, "SIGN_LANGUAGE", "STEP_FREE").statusCode()).isEqualTo(302);
		assertThat(reply(provider, providerCode, true).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select access_needs from codesign_invitation where code = :c").param("c", userCode)
			.query(String.class).single()).isEqualTo("SIGN_LANGUAGE,STEP_FREE");
		String staffPage = staff.get("/codesign/sessions/" + session).body();
		assertThat(staffPage).contains("Мария Иванова", "Elena Provider");

		// ideas from both sides, one written down from paper by the facilitator
		long lunch = addIdea(user, userCode, "I skip lunch", "Hot lunch delivered at home");
		long transport = addIdea(provider, providerCode, "No one drives them to the doctor", "Social transport on request");
		HttpResponse<String> proxy = staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/ideas",
				Map.of("author", "", "problem", "Lonely days", "measure", "Daily phone call"));
		assertThat(proxy.statusCode()).isEqualTo(302);
		long call = jdbc.sql("select id from codesign_idea where session_id = :s and proxy").param("s", session)
			.query(Long.class).single();
		HttpResponse<String> comment = user.submit("/rsvp/" + userCode, "/rsvp/" + userCode + "/comments",
				Map.of("commentIdea", String.valueOf(transport), "commentBody", "Twice a week would help"));
		assertThat(comment.statusCode()).isEqualTo(302);
		// themes
		staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/themes", Map.of("themeName", "Care at home"));
		long theme = jdbc.sql("select id from codesign_theme where session_id = :s").param("s", session).query(Long.class).single();
		staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/grouping",
				Map.of("theme-" + lunch, String.valueOf(theme)));
		assertThat(jdbc.sql("select theme_id from codesign_idea where id = :i").param("i", lunch).query(Long.class).single())
			.isEqualTo(theme);

		// equal-voice voting: both sides have 2 dots
		voting(staff, session, "open");
		assertThat(vote(user, userCode, lunch, transport).statusCode()).isEqualTo(302);
		assertThat(vote(provider, providerCode, lunch, call).statusCode()).isEqualTo(302);
		// a walk-in without an account votes on paper, entered by the facilitator
		staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/walk-ins",
				Map.of("walkInName", "Paper Person", "walkInSide", "SERVICE_USER"));
		long walkIn = jdbc.sql("select id from codesign_invitation where session_id = :s and channel = 'PAPER'")
			.param("s", session).query(Long.class).single();
		HttpResponse<String> paper = staff.submit("/codesign/sessions/" + session,
				"/codesign/sessions/" + session + "/paper-ballots",
				Map.of("voter", String.valueOf(walkIn), "ballotIdeas", String.valueOf(call)));
		assertThat(paper.statusCode()).as(paper.body()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from codesign_vote where session_id = :s and proxy").param("s", session)
			.query(Integer.class).single()).isEqualTo(1);
		voting(staff, session, "close");

		long userInvitation = jdbc.sql("select id from codesign_invitation where code = :c").param("c", userCode).query(Long.class).single();
		long providerInvitation = jdbc.sql("select id from codesign_invitation where code = :c").param("c", providerCode).query(Long.class).single();
		String token = csrf(staff.get("/codesign/sessions/" + session).body());
		assertThat(postRaw(staff, "/codesign/sessions/" + session + "/attendance", "_csrf=" + enc(token) + "&present="
				+ userInvitation + "&present=" + providerInvitation).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from codesign_invitation where session_id = :s and attended").param("s", session)
			.query(Integer.class).single()).isEqualTo(2);

		// decisions with rationale, next steps
		HttpResponse<String> decision = staff.submit("/codesign/sessions/" + session,
				"/codesign/sessions/" + session + "/decisions", Map.of("decisionText", "Start hot lunches in March",
						"rationale", "Most dots from both sides", "decisionIdeas", String.valueOf(lunch)));
		assertThat(decision.statusCode()).isEqualTo(302);
		staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/next-steps",
				Map.of("nextSteps", "The municipality prices the lunches"));

		// results: the split between users and providers
		String results = user.get("/rsvp/" + userCode).body();
		assertThat(results).contains("5 dots in all: 3 from 2 service users, 2 from 1 providers.");

		// minutes: HTML in the session's language, names only with consent
		jdbc.sql("update codesign_invitation set name_consent = false where code = :c").param("c", providerCode).update();
		String minutes = staff.get("/codesign/sessions/" + session + "/minutes").body();
		assertThat(minutes).contains("Протокол", "Мария Иванова", "Hot lunch delivered at home", "Start hot lunches in March",
				"Most dots from both sides", "The municipality prices the lunches", "записано от водещия от хартия")
			.doesNotContain("Elena Provider");
		byte[] pdf = bytes(staff, "/codesign/sessions/" + session + "/minutes.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Протокол", "Мария Иванова", "Потребител на услуги", "Доставчик на услуги",
					"участник", "Hot lunch delivered at home", "Start hot lunches in March", "Most dots from both sides",
					"1. Welcome", "The municipality prices the lunches")
				.doesNotContain("Elena Provider");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("bg");
		}

		// calendar files, parsed back
		List<Map<String, String>> one = events(new String(bytes(browser(), "/rsvp/" + userCode + "/calendar.ics"),
				java.nio.charset.StandardCharsets.UTF_8));
		assertThat(one).hasSize(1);
		Instant starts = jdbc.sql("select starts_at from codesign_session where id = :s").param("s", session)
			.query(java.time.OffsetDateTime.class).single().toInstant();
		assertThat(one.get(0).get("DTSTART"))
			.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(starts));
		assertThat(one.get(0).get("UID")).isEqualTo("codesign-session-" + session + "@inclusio");
		assertThat(unescape(one.get(0).get("LOCATION"))).isEqualTo("Читалище „Пробуда“, Sofia");
		assertThat(unescape(one.get(0).get("DESCRIPTION"))).contains("1. Welcome\n2. Ideas", "Step-free entrance; hearing loop");
		long second = createSession(staff, series, 5, "en");
		List<Map<String, String>> feed = events(browser().get("/workshops/" + series + "/calendar.ics").body());
		assertThat(feed).extracting(e -> e.get("UID"))
			.containsExactlyInAnyOrder("codesign-session-" + session + "@inclusio", "codesign-session-" + second + "@inclusio");

		// the public page: what, when, results and decisions, but nobody's name
		HttpResponse<String> page = browser().get("/workshops/" + series);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("What we decide about", "Start hot lunches in March", "Step-free entrance",
				"/rsvp/join/" + second, "decision-")
			.doesNotContain("Мария Иванова", "Elena Provider", "Paper Person", "Dimitar Support", userCode, providerCode,
					email);
		assertThat(browser().get("/workshops").body()).contains("Home care");

		// the public API for the action plan
		long decisionId = jdbc.sql("select id from codesign_decision where session_id = :s").param("s", session)
			.query(Long.class).single();
		DecisionRef ref = workshops.decision(decisionId, Locale.ENGLISH).orElseThrow();
		assertThat(ref.text()).isEqualTo("Start hot lunches in March");
		assertThat(ref.seriesTitle()).startsWith("Home care");
		assertThat(ref.ideas()).extracting(IdeaRef::measure).containsExactly("Hot lunch delivered at home");
		assertThat(ref.publicPath()).isEqualTo("/workshops/" + series + "#decision-" + decisionId);
		assertThat(workshops.decisions(ref.tenantId(), Locale.forLanguageTag("bg"))).extracting(DecisionRef::id)
			.contains(decisionId);
		assertThat(workshops.decision(decisionId, Locale.forLanguageTag("bg")).orElseThrow().seriesTitle()).endsWith("(bg)");
		// staff reads of the participants are audited
		assertThat(jdbc.sql("select count(*) from identity_audit_log where subject_type = 'codesign-invitations' and subject_id = :s")
			.param("s", String.valueOf(session)).query(Integer.class).single()).isPositive();
	}

	@Test
	void demoSeriesIsThereWithAPastAndAComingSession() {
		long series = jdbc.sql("select id from codesign_series where title->>'en' = 'Services for elderly people living alone'")
			.query(Long.class).single();
		String page = browser().get("/workshops/" + series + "?lang=lv").body();
		assertThat(page).contains("Pakalpojumi vientuļiem vecāka gadagājuma cilvēkiem", "Топъл обяд у дома",
				"Как да изпробваме мерките").doesNotContain("Мария Иванова");
		assertThat(workshops.decisionsOfSeries(series, Locale.ENGLISH)).hasSize(2);
		// a signed-in participant finds their invitation without the code; someone not invited is told to sign up
		long coming = jdbc.sql("select id from codesign_session where series_id = :s and voting = 'NOT_OPEN'").param("s", series)
			.query(Long.class).single();
		HttpResponse<String> mine = signedIn("citizen@sofia.inclusio.eu").get("/rsvp/session/" + coming);
		assertThat(mine.statusCode()).isEqualTo(302);
		assertThat(mine.headers().firstValue("Location").orElseThrow()).matches(".*/rsvp/[A-Z2-9]{8}");
		HttpResponse<String> notMine = signedIn("caseworker@sofia.inclusio.eu").get("/rsvp/session/" + coming);
		assertThat(notMine.statusCode()).isEqualTo(200);
		assertThat(notMine.body()).contains("/rsvp/join/" + coming);
	}

	@Test
	void anotherMunicipalityCannotSeeTheSession() {
		HttpSession staff = signedIn(FACILITATOR);
		long series = createSeries(staff, "Isolation " + System.nanoTime(), 3);
		long session = createSession(staff, series, 5, "en");
		HttpSession other = signedIn("admin@tvarditsa.inclusio.eu");
		assertThat(other.get("/codesign/sessions/" + session).statusCode()).isEqualTo(404);
		assertThat(other.get("/codesign/series/" + series).statusCode()).isEqualTo(404);
		assertThat(other.get("/codesign/sessions/" + session + "/minutes.pdf").statusCode()).isEqualTo(404);
		assertThat(signedIn("citizen@sofia.inclusio.eu").get("/codesign/sessions/" + session).statusCode()).isEqualTo(403);
	}
}
