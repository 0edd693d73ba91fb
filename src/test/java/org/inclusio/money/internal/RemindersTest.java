package org.inclusio.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Due-date reminders and arrears alerts for the demo citizen of Sofia (rent due in 9 days with 120.00 overdue,
 * council tax due in 40 days). The job is run directly, as the schedule would run it; the emails really go through
 * SMTP to the test mail server.
 */
class RemindersTest extends WebTest {

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	static final String RENT = "NAD-2024-0117";

	static final String TAX = "ДДС-774512";

	@Autowired
	Reminders reminders;

	@Autowired
	ApplicationContext context;

	long citizen;

	long rentLink;

	long taxLink;

	LocalDate taxDue;

	OffsetDateTime started;

	@BeforeEach
	void freshStart() {
		citizen = userId(CITIZEN);
		rentLink = link(RENT);
		taxLink = link(TAX);
		taxDue = jdbc.sql("select next_due_date from account_record where reference = :r").param("r", TAX)
			.query(LocalDate.class).single();
		forgetReminders();
		started = OffsetDateTime.now(ZoneOffset.UTC);
	}

	@AfterEach
	void restore() {
		jdbc.sql("update account_record set arrears = 120.00 where reference = :r").param("r", RENT).update();
		jdbc.sql("update account_record set next_due_date = :d where reference = :r").param("d", taxDue).param("r", TAX).update();
		jdbc.sql("update identity_user set preferred_language = 'bg' where id = :c").param("c", citizen).update();
		forgetReminders();
	}

	private void forgetReminders() {
		jdbc.sql("delete from money_reminder_sent where link_id in (:l)").param("l", List.of(rentLink, taxLink)).update();
		jdbc.sql("delete from money_arrears_seen where link_id in (:l)").param("l", List.of(rentLink, taxLink)).update();
		jdbc.sql("delete from money_notice where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_preference where citizen_id = :c").param("c", citizen).update();
	}

	@Test
	void aReminderComesOnceInThePersonsLanguageByEmailAndInTheApp() {
		jdbc.sql("update identity_user set preferred_language = 'lv' where id = :c").param("c", citizen).update();
		HttpSession browser = signedIn(CITIZEN);
		// rent is due in 9 days: with the default of 3 days nothing is due yet
		reminders.run();
		assertThat(sentToCitizen("Drīz jāveic maksājums")).isZero();

		var saved = browser.submit("/money/settings", "/money/settings",
				Map.of("email", "true", "inApp", "true", "daysBefore", "10"));
		assertThat(saved.headers().firstValue("Location")).hasValue("/money/settings");
		int before = received("Drīz jāveic maksājums").size();

		assertThat(reminders.run().reminders()).isEqualTo(1);
		MimeMessage email = awaitReceived("Drīz jāveic maksājums", before + 1).getLast();
		long days = ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), rentDue());
		String body = TestMailServer.body(email);
		assertThat(body).contains("Labdien, Мария Петрова!")
			.contains("Jums jāveic maksājums pēc " + days + " dienām:")
			.contains("Īre – Жилищно дружество „Надежда“: jāsamaksā 120,00\u00a0лв. Termiņš: ")
			.contains("Šajā kontā jums ir arī nokavēts maksājums: 120,00\u00a0лв.")
			.contains("http://localhost:8080/money/settings")
			.contains("http://localhost:8080/money/advice");

		// the job runs again (on this node or another): nothing is sent twice for the same due date
		assertThat(reminders.run().reminders()).isZero();
		pause();
		assertThat(received("Drīz jāveic maksājums")).hasSize(before + 1);
		assertThat(jdbc.sql("select count(*) from money_reminder_sent where link_id = :l").param("l", rentLink)
			.query(Integer.class).single()).isEqualTo(1);

		// and in the app, in the language of the page
		String page = browser.get("/money?lang=en").body();
		assertThat(page).contains("New reminders: 1").contains("Rent – Жилищно дружество „Надежда“: pay 120.00\u00a0лв by ");
		long notice = jdbc.sql("select id from money_notice where citizen_id = :c").param("c", citizen).query(Long.class).single();
		var read = browser.submit("/money", "/money/notices/" + notice + "/read", Map.of());
		assertThat(read.headers().firstValue("Location")).hasValue("/money#reminders");
		assertThat(browser.get("/money").body()).doesNotContain("New reminders");
		assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'SEND_REMINDER' and subject_id = :l")
			.param("l", String.valueOf(rentLink)).query(Integer.class).single()).isPositive();
	}

	@Test
	void anAlertComesWhenArrearsGrowNotWhenTheyShrink() {
		reminders.run(); // the first look is the starting point: no alert for what the citizen already sees
		assertThat(sentToCitizen("Просрочената сума се увеличи")).isZero();
		int before = received("Просрочената сума се увеличи").size();

		jdbc.sql("update account_record set arrears = 200.00 where reference = :r").param("r", RENT).update();
		assertThat(reminders.run().alerts()).isEqualTo(1);
		String body = TestMailServer.body(awaitReceived("Просрочената сума се увеличи", before + 1).getLast());
		assertThat(body).contains("Здравейте, Мария Петрова,")
			.contains("Наем – Жилищно дружество „Надежда“: просрочената сума се увеличи от 120,00\u00a0лв на 200,00\u00a0лв.")
			.contains("http://localhost:8080/money/advice")
			.contains("http://localhost:8080/money/settings");

		assertThat(reminders.run().alerts()).isZero();
		jdbc.sql("update account_record set arrears = 150.00 where reference = :r").param("r", RENT).update();
		assertThat(reminders.run().alerts()).as("less overdue is no alert").isZero();
		jdbc.sql("update account_record set arrears = 180.00 where reference = :r").param("r", RENT).update();
		assertThat(reminders.run().alerts()).as("up again from 150.00").isEqualTo(1);
		awaitReceived("Просрочената сума се увеличи", before + 2);
		pause();
		assertThat(received("Просрочената сума се увеличи")).hasSize(before + 2);

		HttpSession browser = signedIn(CITIZEN);
		assertThat(browser.get("/money?lang=en").body()).contains("New reminders: 2")
			.contains("Rent – Жилищно дружество „Надежда“: the overdue amount went up from 150.00\u00a0лв to 180.00\u00a0лв.")
			.contains("went up from 120.00\u00a0лв to 200.00\u00a0лв.");
		browser.submit("/money", "/money/notices/read", Map.of());
		assertThat(browser.get("/money").body()).doesNotContain("New reminders");
	}

	@Test
	void turningEmailsOffStopsThemAndTurningEverythingOffStopsAll() {
		HttpSession browser = signedIn(CITIZEN);
		browser.submit("/money/settings", "/money/settings", Map.of("inApp", "true", "daysBefore", "3"));
		jdbc.sql("update account_record set next_due_date = current_date + 2 where reference = :r").param("r", TAX).update();

		assertThat(reminders.run().reminders()).isEqualTo(1);
		assertThat(outbox()).as("no email, not even queued").isZero();
		assertThat(jdbc.sql("select count(*) from money_notice where citizen_id = :c and kind = 'DUE_SOON' and link_id = :l")
			.param("c", citizen).param("l", taxLink).query(Integer.class).single()).isEqualTo(1);

		browser.submit("/money/settings", "/money/settings", Map.of("daysBefore", "3"));
		jdbc.sql("update account_record set next_due_date = current_date + 1 where reference = :r").param("r", TAX).update();
		jdbc.sql("update account_record set arrears = 300.00 where reference = :r").param("r", RENT).update();
		reminders.run();
		assertThat(outbox()).isZero();
		assertThat(jdbc.sql("select count(*) from money_notice where citizen_id = :c").param("c", citizen)
			.query(Integer.class).single()).as("nothing new in the app either").isEqualTo(1);

		// every reminder email says how to stop them: the settings page, after signing in
		assertThat(browser.get("/money/settings?lang=en").body()).contains("By email").contains("id=\"email\"");
	}

	@Test
	void theJobIsScheduled() {
		assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.map(task -> task.getTask())
			.filter(task -> task instanceof CronTask)
			.map(Object::toString))
			.anyMatch(name -> name.contains("Reminders.scheduled"));
	}

	private long link(String reference) {
		return jdbc.sql("select id from account_link where reference = :r and status = 'ACTIVE' and citizen_id = :c")
			.param("r", reference).param("c", citizen).query(Long.class).single();
	}

	private LocalDate rentDue() {
		return jdbc.sql("select next_due_date from account_record where reference = :r").param("r", RENT)
			.query(LocalDate.class).single();
	}

	/** Emails to the citizen put into the outbox since the test started. */
	private int outbox() {
		return jdbc.sql("select count(*) from notification_email where recipient = :e and created_at >= :t")
			.param("e", CITIZEN).param("t", started).query(Integer.class).single();
	}

	private int sentToCitizen(String subject) {
		return jdbc.sql("select count(*) from notification_email where recipient = :e and subject = :s and created_at >= :t")
			.param("e", CITIZEN).param("s", subject).param("t", started).query(Integer.class).single();
	}

	private static List<MimeMessage> received(String subject) {
		return TestMailServer.messagesTo(CITIZEN, subject);
	}

	private static List<MimeMessage> awaitReceived(String subject, int count) {
		return TestMailServer.awaitMessagesTo(CITIZEN, subject, count, Duration.ofSeconds(20));
	}

	/** Long enough for an email that should not exist to have arrived. */
	private static void pause() {
		pause(1500);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
