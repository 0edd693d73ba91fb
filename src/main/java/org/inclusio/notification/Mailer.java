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
}
