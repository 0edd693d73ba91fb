package org.inclusio.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One real SMTP server (GreenMail) for the whole test JVM. Touch {@link #server()} before the application starts. */
public final class TestMailServer {

	private static final GreenMail SERVER = start();

	private TestMailServer() {
	}

	private static GreenMail start() {
		// a free port, so that several test JVMs can run side by side; the application reads spring.mail.port
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		greenMail.start();
		System.setProperty("spring.mail.port", String.valueOf(greenMail.getSmtp().getPort()));
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

	public static GreenMail server() {
		return SERVER;
	}

	/** Waits for the newest email to an address and returns it. */
	public static MimeMessage awaitMessageTo(String address, Duration timeout) {
		return awaitMessagesTo(address, 1, timeout).getLast();
	}

	public static List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
		return awaitMessagesTo(address, null, count, timeout);
	}

	/** Waits until at least {@code count} emails with this subject (any subject if null) have reached the address. */
	public static List<MimeMessage> awaitMessagesTo(String address, String subject, int count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> found = subject == null ? messagesTo(address) : messagesTo(address, subject);
			if (found.size() >= count) {
				return found;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No email " + (subject == null ? "" : "\"" + subject + "\" ") + "to " + address
				+ " within " + timeout);
	}

	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	public static List<MimeMessage> messagesTo(String address, String subject) {
		return messagesTo(address).stream().filter(m -> {
			try {
				return subject.equals(m.getSubject());
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

	public static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			return GreenMailUtil.getBody(message);
		}
	}

	/** The first link in an email that starts with the given path, e.g. "/register/confirm". */
	public static String link(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("https?://[^\\s]*" + Pattern.quote(path) + "[^\\s]*").matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in: " + body(message));
		}
		return matcher.group();
	}
}
