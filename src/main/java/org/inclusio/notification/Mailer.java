package org.inclusio.notification;

import java.util.Locale;
import java.util.Map;

/**
 * Sends an email in the recipient's language. The message is stored in the caller's transaction and delivered
 * after it commits (and retried until it goes through), so an email is sent exactly when what it speaks of was
 * saved.
 */
public interface Mailer {

	/**
	 * @param template the name of a text template under {@code templates/email/}; its subject is the message
	 * {@code email.<template>.subject}
	 */
	void send(String to, Locale locale, String template, Map<String, Object> model);

	/**
	 * Sends an email the recipient can stop with one click, for emails they did not ask for one by one (reminders,
	 * alerts, digests). The address goes into the {@code List-Unsubscribe} header (RFC 2369) with
	 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058), so that mail programs can offer their own
	 * "unsubscribe" button; the template should show the same address to the reader.
	 * @param unsubscribeLink an absolute http(s) address that shows a confirmation page on GET and stops these emails
	 * on POST, without signing in and without a CSRF token
	 */
	void send(String to, Locale locale, String template, Map<String, Object> model, String unsubscribeLink);
}
