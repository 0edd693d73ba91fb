package org.inclusio.codesign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import org.inclusio.support.TestMailServer;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders go to everyone with a place and an email address, once, two days before the session. */
class CodesignRemindersTest extends WebTest {

	@Autowired
	SeriesStore series;

	@Autowired
	SessionStore sessions;

	@Autowired
	Invitations invitations;

	@Autowired
	WorkshopReminders reminders;

	@Test
	void remindsThoseWithAPlaceOnce() {
		long tenant = jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
		long seriesId = series.create(tenant, Map.of("en", "Reminders " + System.nanoTime()), Map.of("en", "Purpose"), 3, null);
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Sofia")).plusHours(30);
		long id = sessions.create(seriesId, tenant, new SessionStore.NewSession("Soon", start, start.plusHours(2), "Hall",
				"Step-free", null, "1. Talk", 10, start.minusHours(1), "en"));
		SessionStore.Session session = sessions.find(id).orElseThrow();
		String coming = "coming." + System.nanoTime() + "@example.org";
		String notComing = "declined." + System.nanoTime() + "@example.org";
		Invitations.Invitation yes = invitations.invite(session,
				new Invitations.Invitee("Yes", Side.SERVICE_USER, coming, "en", null, null));
		Invitations.Invitation no = invitations.invite(session,
				new Invitations.Invitee("No", Side.PROVIDER, notComing, "en", null, null));
		invitations.reply(yes.code(), true, Set.of(AccessNeed.LARGE_PRINT), null, false);
		invitations.reply(no.code(), false, Set.of(), null, false);

		assertThat(reminders.run()).isGreaterThanOrEqualTo(1);
		assertThat(reminders.run()).isZero();
		assertThat(TestMailServer.awaitMessagesTo(coming, "Reminder: workshop soon", 1, Duration.ofSeconds(30))).hasSize(1);
		assertThat(TestMailServer.messagesTo(notComing, "Reminder: workshop soon")).isEmpty();
	}
}
