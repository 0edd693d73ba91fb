package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.notification.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds everyone with a place (and an email address) two days before a session. Each reminder is claimed and
 * queued in one transaction, so a run that stops half-way, or a second node, never sends one twice; those invited
 * by letter are reminded by the facilitator (their list shows the phone-round).
 */
@Component
class WorkshopReminders {

	private static final Logger log = LoggerFactory.getLogger(WorkshopReminders.class);

	static final Duration AHEAD = Duration.ofHours(48);

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final Invitations invitations;

	private final Mailer mailer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WorkshopReminders(JdbcClient jdbc, SessionStore sessions, Invitations invitations, Mailer mailer,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.invitations = invitations;
		this.mailer = mailer;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${inclusio.codesign.reminders.cron:0 */15 * * * *}")
	@SchedulerLock(name = "codesign.reminders", lockAtMostFor = "PT10M")
	void scheduled() {
		int sent = run();
		if (sent > 0) {
			log.info("Co-design reminders queued: {}", sent);
		}
	}

	/** One pass; as often as wanted. @return the reminders queued */
	int run() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<Long> due = jdbc.sql("""
				select i.id from codesign_invitation i join codesign_session s on s.id = i.session_id
				where s.starts_at > :now and s.starts_at <= :until and s.voting = 'NOT_OPEN'
				  and i.status = 'ATTENDING' and i.email is not null and i.reminded_at is null
				order by i.id
				""")
			.param("now", now)
			.param("until", now.plus(AHEAD))
			.query(Long.class)
			.list();
		int sent = 0;
		for (Long id : due) {
			Boolean done = transactions.execute(status -> {
				int claimed = jdbc.sql("update codesign_invitation set reminded_at = :now where id = :id and reminded_at is null and status = 'ATTENDING'")
					.param("now", now)
					.param("id", id)
					.update();
				if (claimed == 0) {
					return false;
				}
				Invitations.Invitation invitation = invitations.find(id).orElseThrow();
				Session session = sessions.find(invitation.sessionId()).orElseThrow();
				mailer.send(invitation.email(), Locale.forLanguageTag(invitation.language()), "codesign-reminder",
						invitations.mailModel(session, invitation));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				sent++;
			}
		}
		return sent;
	}
}
