package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

class PasswordResetTest extends WebTest {

	@Test
	void aForgottenPasswordIsResetFromTheEmailedLinkOnce() throws Exception {
		HttpSession browser = browser();
		var asked = browser.submit("/password/forgot", "/password/forgot", Map.of("email", "citizen@tvarditsa.inclusio.eu"));
		assertThat(asked.headers().firstValue("Location")).hasValue("/password/sent");

		MimeMessage email = TestMailServer.awaitMessageTo("citizen@tvarditsa.inclusio.eu", Duration.ofSeconds(20));
		assertThat(email.getSubject()).isEqualTo("Изберете нова парола за Inclusio");
		URI link = URI.create(TestMailServer.link(email, "/password/reset"));
		String resetPath = link.getPath() + "?" + link.getRawQuery();
		String token = link.getRawQuery().substring("token=".length());

		var weak = browser.submit(resetPath, "/password/reset",
				Map.of("token", token, "password", "qwerty123456", "confirmation", "qwerty123456"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("This password is too common").doesNotContain("qwerty123456");

		var mismatch = browser.submit(resetPath, "/password/reset",
				Map.of("token", token, "password", "a new long passphrase", "confirmation", "another one entirely"));
		assertThat(mismatch.body()).contains("The two passwords are not the same");

		var done = browser.submit(resetPath, "/password/reset",
				Map.of("token", token, "password", "a new long passphrase", "confirmation", "a new long passphrase"));
		assertThat(done.headers().firstValue("Location")).hasValue("/login?reset");

		assertThat(browser().get(resetPath).body()).contains("This link does not work");
		assertThat(browser().signIn("citizen@tvarditsa.inclusio.eu", "a new long passphrase").headers()
			.firstValue("Location")).hasValue("/");
		// other tests in this JVM sign in with the demo password: give it back
		jdbc.sql("""
				update identity_user set password_hash = (select password_hash from identity_user
				  where email_normalized = 'admin@tvarditsa.inclusio.eu')
				where email_normalized = 'citizen@tvarditsa.inclusio.eu'
				""").update();
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoEmail() {
		var asked = browser().submit("/password/forgot", "/password/forgot", Map.of("email", "unknown-person@example.org"));
		assertThat(asked.headers().firstValue("Location")).hasValue("/password/sent");
		assertThat(TestMailServer.messagesTo("unknown-person@example.org")).isEmpty();
	}

	@Test
	void aMissingEmailIsExplained() {
		var asked = browser().submit("/password/forgot?lang=lv", "/password/forgot", Map.of("email", ""));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Ievadiet e-pasta adresi");
	}
}
