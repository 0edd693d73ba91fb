package org.inclusio.notification.internal;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers stored emails over SMTP: right after they are saved, and again by a job (on one node) for any that
 * failed. A row is locked while it is sent, so no two nodes send the same email. Once sent, the body and the
 * unsubscribe address are cleared: they may hold a one-time link and are not needed any more.
 */
@Component
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final JavaMailSender sender;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	EmailDelivery(JdbcClient jdbc, JavaMailSender sender, TransactionTemplate transactions, Clock clock,
			@Value("${inclusio.mail.from}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	void deliverSoon(long id) {
		executor.submit(() -> deliver(id));
	}

	@Scheduled(fixedDelayString = "${inclusio.mail.retry-every:PT15S}", initialDelayString = "PT5S")
	@SchedulerLock(name = "notification.email-retry", lockAtMostFor = "PT5M")
	void retryUnsent() {
		List<Long> ids = jdbc.sql("""
				select id from notification_email
				where sent_at is null and attempts < :max order by created_at limit 100
				""")
			.param("max", MAX_ATTEMPTS)
			.query(Long.class)
			.list();
		ids.forEach(this::deliver);
	}

	void deliver(long id) {
		transactions.executeWithoutResult(status -> {
			record Pending(String recipient, String subject, String body, String unsubscribe) {
			}
			var pending = jdbc.sql("""
					select recipient, subject, body_text, list_unsubscribe from notification_email
					where id = :id and sent_at is null for update skip locked
					""")
				.param("id", id)
				.query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
				.optional();
			if (pending.isEmpty()) {
				return;
			}
			try {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(new InternetAddress(from, true));
				helper.setTo(pending.get().recipient());
				helper.setSubject(pending.get().subject());
				helper.setText(pending.get().body(), false);
				if (pending.get().unsubscribe() != null) {
					// RFC 8058: mail programs POST "List-Unsubscribe=One-Click" to the address, without cookies
					message.setHeader("List-Unsubscribe", "<" + pending.get().unsubscribe() + ">");
					message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
				}
				sender.send(message);
				jdbc.sql("""
						update notification_email set sent_at = :now, body_text = '', list_unsubscribe = null,
						  attempts = attempts + 1
						where id = :id
						""")
					.param("now", clock.instant().atOffset(ZoneOffset.UTC))
					.param("id", id)
					.update();
			}
			catch (Exception ex) {
				log.warn("Email {} not sent yet: {}", id, ex.getClass().getSimpleName());
				jdbc.sql("update notification_email set attempts = attempts + 1, last_error = :error where id = :id")
					.param("error", ex.getClass().getSimpleName())
					.param("id", id)
					.update();
			}
		});
	}
}
