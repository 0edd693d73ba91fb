package org.inclusio.notification.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.inclusio.notification.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@Service
class OutboxMailer implements Mailer {

	/** An absolute http(s) address that cannot break out of its header (no spaces, angle brackets or line breaks). */
	private static final Pattern HEADER_SAFE_LINK = Pattern.compile("https?://[\\x21-\\x7e&&[^<>\"]]{1,480}");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ITemplateEngine emailTemplates;

	private final EmailDelivery delivery;

	private final Clock clock;

	OutboxMailer(JdbcClient jdbc, MessageSource messages, EmailTemplates emailTemplates, EmailDelivery delivery,
			Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.emailTemplates = emailTemplates.engine();
		this.delivery = delivery;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(String to, Locale locale, String template, Map<String, Object> model) {
		send(to, locale, template, model, null);
	}

	@Override
	@Transactional
	public void send(String to, Locale locale, String template, Map<String, Object> model, String unsubscribeLink) {
		if (unsubscribeLink != null && !HEADER_SAFE_LINK.matcher(unsubscribeLink).matches()) {
			throw new IllegalArgumentException("Not an address for List-Unsubscribe: " + unsubscribeLink);
		}
		String subject = messages.getMessage("email." + template + ".subject", null, locale);
		String body = emailTemplates.process(template, new Context(locale, model));
		long id = jdbc.sql("""
				insert into notification_email (recipient, subject, body_text, list_unsubscribe, created_at)
				values (:to, :subject, :body, :unsubscribe, :now) returning id
				""")
			.param("to", to)
			.param("subject", subject)
			.param("body", body)
			.param("unsubscribe", unsubscribeLink)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delivery.deliverSoon(id);
			}
		});
	}
}
