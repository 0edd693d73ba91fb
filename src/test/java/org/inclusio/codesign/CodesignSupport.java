package org.inclusio.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;

/** Steps the co-design tests share: a series and a session made through the facilitator's pages, codes, files. */
abstract class CodesignSupport extends WebTest {

	static final String FACILITATOR = "facilitator@sofia.inclusio.eu";

	static final Pattern CODE = Pattern.compile("/rsvp/([A-Z2-9]{8})");

	static final Pattern LETTER_CODE = Pattern.compile("class=\"codesign-code\">([A-Z2-9]{4})-([A-Z2-9]{4})<");

	static long idFrom(HttpResponse<String> response, String prefix) {
		assertThat(response.statusCode()).as("redirect, body: %s", response.body().length() > 3000
				? response.body().substring(0, 3000) : response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(location);
		assertThat(m.find()).as("location %s", location).isTrue();
		return Long.parseLong(m.group(1));
	}

	long createSeries(HttpSession staff, String title, int votes) {
		return idFrom(staff.submit("/codesign/series/new", "/codesign/series",
				Map.of("title_en", title, "title_bg", title + " (bg)", "purpose_en", "What we decide about " + title,
						"votes", String.valueOf(votes))),
				"/codesign/series/");
	}

	long createSession(HttpSession staff, long series, int capacity, String language) {
		String date = java.time.LocalDate.now().plusDays(10).toString();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Session " + System.nanoTime());
		fields.put("date", date);
		fields.put("start", "10:00");
		fields.put("end", "12:00");
		fields.put("place", "Читалище „Пробуда“, Sofia");
		fields.put("accessibility", "Step-free entrance; hearing loop");
		fields.put("onlineLink", "");
		fields.put("agenda", "1. Welcome\n2. Ideas\n3. Dot voting");
		fields.put("capacity", String.valueOf(capacity));
		fields.put("deadline", java.time.LocalDate.now().plusDays(8).toString());
		fields.put("language", language);
		return idFrom(staff.submit("/codesign/series/" + series + "/sessions/new",
				"/codesign/series/" + series + "/sessions", fields), "/codesign/sessions/");
	}

	/** Invites by letter (no email); returns the code printed on the letter. */
	String inviteByLetter(HttpSession staff, long session, String name, String side) {
		HttpResponse<String> invited = staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session
				+ "/invitations", Map.of("name", name, "side", side, "email", "", "language", "en"));
		long invitation = idFrom(invited, "/codesign/invitations/");
		String letter = staff.get("/codesign/invitations/" + invitation + "/letter").body();
		Matcher m = LETTER_CODE.matcher(letter);
		assertThat(m.find()).as("code on the letter").isTrue();
		return m.group(1) + m.group(2);
	}

	HttpResponse<String> reply(HttpSession browser, String code, boolean attend, String... needs) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("answer", attend ? "yes" : "no");
		fields.put("nameConsent", "true");
		HttpResponse<String> page = browser.get("/rsvp/" + code);
		String csrf = csrf(page.body());
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrf) + "&answer=" + (attend ? "yes" : "no")
				+ "&nameConsent=true&accessNote=");
		for (String need : needs) {
			body.append("&needs=").append(need);
		}
		return postRaw(browser, "/rsvp/" + code + "/reply", body.toString());
	}

	HttpResponse<String> vote(HttpSession browser, String code, long... ideas) {
		// the code page has no form once the session is closed: take the token from the code form
		String csrf = csrf(browser.get("/rsvp").body());
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrf));
		for (long idea : ideas) {
			body.append("&ideas=").append(idea);
		}
		return postRaw(browser, "/rsvp/" + code + "/ballot", body.toString());
	}

	long addIdea(HttpSession browser, String code, String problem, String measure) {
		HttpResponse<String> added = browser.submit("/rsvp/" + code, "/rsvp/" + code + "/ideas",
				Map.of("problem", problem, "measure", measure));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		return jdbc.sql("select max(id) from codesign_idea where measure = :m").param("m", measure).query(Long.class).single();
	}

	void voting(HttpSession staff, long session, String action) {
		HttpResponse<String> r = staff.submit("/codesign/sessions/" + session, "/codesign/sessions/" + session + "/voting",
				Map.of("action", action));
		assertThat(r.statusCode()).isEqualTo(302);
	}

	static String csrf(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		return m.find() ? m.group(1) : "";
	}

	static String enc(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	HttpResponse<String> postRaw(HttpSession browser, String path, String body) {
		return send(browser, HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
	}

	byte[] bytes(HttpSession browser, String path) {
		HttpResponse<byte[]> response = send(browser, HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static <T> HttpResponse<T> send(HttpSession browser, HttpRequest.Builder request,
			HttpResponse.BodyHandler<T> handler) {
		List<String> cookies = new ArrayList<>();
		for (String name : List.of("INCLUSIO_SESSION", "INCLUSIO_LANG")) {
			if (browser.cookie(name) != null) {
				cookies.add(name + "=" + browser.cookie(name));
			}
		}
		if (!cookies.isEmpty()) {
			request.header("Cookie", String.join("; ", cookies));
		}
		try {
			return CLIENT.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The properties of the VEVENTs of an iCalendar text, after unfolding (RFC 5545 3.1). */
	static List<Map<String, String>> events(String ics) {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("folded line").isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : unfolded.split("\r\n")) {
			if (line.equals("BEGIN:VEVENT")) {
				current = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(current);
				current = null;
			}
			else if (current != null) {
				int colon = line.indexOf(':');
				current.put(line.substring(0, colon), line.substring(colon + 1));
			}
		}
		return events;
	}

	static String unescape(String text) {
		return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
	}
}
