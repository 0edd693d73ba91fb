package org.inclusio.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo citizen of Sofia stops reminder emails with the link in one, without signing in: the email really goes
 * through SMTP to the test mail server, the link is followed by a browser with no session, and a mail program's
 * RFC 8058 one-click POST does the same.
 */
class UnsubscribeTest extends WebTest {

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	static final String RENT = "NAD-2024-0117";

	static final String DUE_SOON = "A payment is due soon";

	static final Pattern LINK = Pattern.compile("http://localhost:8080(/money/unsubscribe\\?token=([A-Za-z0-9_-]{43})&lang=en)");

	@Autowired
	Reminders reminders;

	long citizen;

	long rentLink;

	LocalDate rentDue;

	@BeforeEach
	void remindersByEmailTwoWeeksAhead() {
		citizen = userId(CITIZEN);
		rentLink = jdbc.sql("select id from account_link where reference = :r and status = 'ACTIVE' and citizen_id = :c")
			.param("r", RENT).param("c", citizen).query(Long.class).single();
		rentDue = jdbc.sql("select next_due_date from account_record where reference = :r").param("r", RENT)
			.query(LocalDate.class).single();
		forget();
		jdbc.sql("update identity_user set preferred_language = 'en' where id = :c").param("c", citizen).update();
		jdbc.sql("""
				insert into money_preference (citizen_id, tenant_id, email_enabled, in_app_enabled, days_before, updated_at)
				select id, tenant_id, true, true, 14, now() from identity_user where id = :c
				""").param("c", citizen).update();
	}

	@AfterEach
	void restore() {
		jdbc.sql("update account_record set arrears = 120.00, next_due_date = :d where reference = :r")
			.param("d", rentDue).param("r", RENT).update();
		jdbc.sql("update identity_user set preferred_language = 'bg' where id = :c").param("c", citizen).update();
		forget();
	}

	private void forget() {
		jdbc.sql("delete from money_reminder_sent where link_id = :l").param("l", rentLink).update();
		jdbc.sql("delete from money_arrears_seen where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_notice where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_preference where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_unsubscribe where citizen_id = :c").param("c", citizen).update();
	}

	@Test
	void theLinkInAReminderStopsReminderEmailsWithoutSigningInAfterAConfirmation() throws Exception {
		int before = received(DUE_SOON).size();
		assertThat(reminders.run().reminders()).isEqualTo(1);
		MimeMessage email = awaitReceived(DUE_SOON, before + 1).getLast();

		// the link: in the text and in the List-Unsubscribe header, with nothing about the person in it
		String body = TestMailServer.body(email).replace("\r\n", "\n");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as(body).isTrue();
		String path = link.group(1);
		String token = link.group(2);
		assertThat(body).contains("To stop them, open this link (you do not need to sign in):\n" + link.group())
			.contains("http://localhost:8080/money/settings");
		assertThat(email.getHeader("List-Unsubscribe")).containsExactly("<" + link.group() + ">");
		assertThat(email.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(jdbc.sql("select count(*) from money_unsubscribe where citizen_id = :c").param("c", citizen)
			.query(Integer.class).single()).as("one token for the one email").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from money_unsubscribe where token_hash = :t or token_hash like :p")
			.param("t", token).param("p", "%" + token + "%").query(Integer.class).single()).as("only a hash is kept").isZero();
		awaitSent();
		assertThat(jdbc.sql("""
				select count(*) from notification_email
				where recipient = :e and (list_unsubscribe is not null or body_text like '%token=%')
				""").param("e", CITIZEN).query(Integer.class).single()).as("a sent email keeps no link").isZero();

		// opening the link (as a mail scanner or link preview would) only asks, and starts no session
		HttpSession stranger = browser();
		for (int i = 0; i < 2; i++) {
			var asked = stranger.get(path);
			assertThat(asked.statusCode()).isEqualTo(200);
			assertThat(asked.body()).contains("<h1>Stop reminder emails?</h1>")
				.contains("You will still see reminders on your budget page in Inclusio.")
				.contains("action=\"/money/unsubscribe\"").contains("name=\"token\" value=\"" + token + "\"")
				.contains("Stop reminder emails</button>").doesNotContain("_csrf");
		}
		assertThat(stranger.cookie("INCLUSIO_SESSION")).isNull();
		assertThat(emailOn()).as("a GET changes nothing").isTrue();

		// the button: without a session, without a CSRF token
		var stopped = stranger.post("/money/unsubscribe", Map.of("token", token, "lang", "en"));
		assertThat(stopped.statusCode()).isEqualTo(200);
		assertThat(stopped.body()).contains("<h1>Reminder emails are stopped</h1>")
			.contains("To turn reminder emails on again, sign in and go to:").contains("href=\"/money/settings\"");
		assertThat(emailOn()).isFalse();
		assertThat(jdbc.sql("select in_app_enabled and days_before = 14 from money_preference where citizen_id = :c")
			.param("c", citizen).query(Boolean.class).single()).as("the rest is as it was").isTrue();
		assertThat(auditedStops()).isEqualTo(1);

		// the mail program's one-click POST (as multipart/form-data, which RFC 8058 prefers, or as a plain form), and
		// opening the link again: the same, nothing more
		for (boolean multipart : new boolean[] { true, false }) {
			var oneClick = oneClick(path, multipart);
			assertThat(oneClick.statusCode()).isEqualTo(200);
			assertThat(oneClick.body()).contains("Reminder emails are stopped");
		}
		assertThat(auditedStops()).as("stopping twice is stopping once").isEqualTo(1);
		assertThat(browser().get(path).body()).contains("<h1>Reminder emails are already stopped</h1>")
			.doesNotContain("<form method=\"post\" action=\"/money/unsubscribe\"");

		// no further reminder or alert by email, only in the app
		OffsetDateTime stoppedAt = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.sql("update account_record set next_due_date = current_date + 2, arrears = 150.00 where reference = :r")
			.param("r", RENT).update();
		Reminders.Outcome outcome = reminders.run();
		assertThat(outcome.reminders()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notification_email where recipient = :e and created_at >= :t")
			.param("e", CITIZEN).param("t", stoppedAt).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from money_notice where citizen_id = :c and created_at >= :t")
			.param("c", citizen).param("t", stoppedAt).query(Integer.class).single()).isPositive();
		Thread.sleep(1500);
		assertThat(received(DUE_SOON)).hasSize(before + 1);
	}

	@Test
	void aWrongOrGarbledLinkSaysSoInThePersonsLanguageAndChangesNothing() {
		String unknown = "/money/unsubscribe?token=" + "A".repeat(43);
		HttpSession stranger = browser();

		var bg = stranger.get(unknown + "&lang=bg");
		assertThat(bg.statusCode()).isEqualTo(404);
		assertThat(bg.body()).contains("<h1>Тази връзка не работи</h1>").contains("Нищо не е променено.")
			.contains("href=\"/money/settings\"").doesNotContain("<form method=\"post\" action=\"/money/unsubscribe\"");
		var lv = stranger.get("/money/unsubscribe?token=abc%3Cscript%3E%27&lang=lv");
		assertThat(lv.statusCode()).isEqualTo(404);
		assertThat(lv.body()).contains("<h1>Šī saite nedarbojas</h1>").contains("Nekas nav mainīts.")
			.doesNotContain("<script>");
		assertThat(stranger.get("/money/unsubscribe?lang=en").body()).contains("<h1>This link does not work</h1>");
		assertThat(stranger.get("/money/unsubscribe?token=" + "x".repeat(5000) + "&lang=en").statusCode()).isEqualTo(404);

		// a POST with a wrong token, a cut-off one, or none: refused, in the language, nothing changed
		var posted = stranger.post("/money/unsubscribe", Map.of("token", "A".repeat(43), "lang", "en"));
		assertThat(posted.statusCode()).isEqualTo(404);
		assertThat(posted.body()).contains("This link does not work").contains("Nothing has been changed.");
		assertThat(oneClick("/money/unsubscribe?token=" + "B".repeat(42) + "&lang=lv").statusCode()).isEqualTo(404);
		assertThat(oneClick("/money/unsubscribe?lang=lv").statusCode()).isEqualTo(404);
		assertThat(emailOn()).isTrue();
		assertThat(auditedStops()).isZero();

		// an expired link works no more
		int before = received(DUE_SOON).size();
		reminders.run();
		MimeMessage email = awaitReceived(DUE_SOON, before + 1).getLast();
		Matcher link = LINK.matcher(TestMailServer.body(email));
		assertThat(link.find()).isTrue();
		jdbc.sql("update money_unsubscribe set expires_at = now() - interval '1 minute' where citizen_id = :c")
			.param("c", citizen).update();
		assertThat(browser().get(link.group(1)).body()).contains("This link does not work");
		assertThat(oneClick(link.group(1)).statusCode()).isEqualTo(404);
		assertThat(emailOn()).isTrue();
	}

	private void awaitSent() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.sql("select count(*) from notification_email where recipient = :e and sent_at is null")
			.param("e", CITIZEN).query(Integer.class).single() > 0) {
			assertThat(System.nanoTime()).as("emails to the citizen sent").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private boolean emailOn() {
		return jdbc.sql("select email_enabled from money_preference where citizen_id = :c").param("c", citizen)
			.query(Boolean.class).optional().orElse(true);
	}

	private int auditedStops() {
		return jdbc.sql("""
				select count(*) from identity_audit_log
				where action = 'UPDATE' and subject_type = 'money-preference' and subject_id = :c
				  and details = 'email=false,via=unsubscribe-link' and actor_user_id is null
				""").param("c", String.valueOf(citizen)).query(Integer.class).single();
	}

	private HttpResponse<String> oneClick(String path) {
		return oneClick(path, false);
	}

	/** What a mail program sends for RFC 8058 one-click: a POST to the List-Unsubscribe address, no cookies. */
	private HttpResponse<String> oneClick(String path, boolean multipart) {
		String boundary = "oneclick" + System.nanoTime();
		String type = multipart ? "multipart/form-data; boundary=" + boundary : "application/x-www-form-urlencoded";
		String body = multipart ? "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
				+ "One-Click\r\n--" + boundary + "--\r\n" : "List-Unsubscribe=One-Click";
		try {
			return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("Content-Type", type)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<MimeMessage> received(String subject) {
		return TestMailServer.messagesTo(CITIZEN, subject);
	}

	private static List<MimeMessage> awaitReceived(String subject, int count) {
		return TestMailServer.awaitMessagesTo(CITIZEN, subject, count, Duration.ofSeconds(20));
	}
}
