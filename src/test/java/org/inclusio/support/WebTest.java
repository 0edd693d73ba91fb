package org.inclusio.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on a random port with its embedded PostgreSQL and the test SMTP server; one context for all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WebTest {

	public static final String DEMO_PASSWORD = "demo-password-2026";

	static {
		TestMailServer.server();
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** A new browser with no cookies. */
	protected HttpSession browser() {
		return new HttpSession(baseUrl());
	}

	protected HttpSession signedIn(String email) {
		HttpSession browser = browser();
		var response = browser.signIn(email, DEMO_PASSWORD);
		if (response.statusCode() != 302 || !"/".equals(response.headers().firstValue("Location").orElse(""))) {
			throw new AssertionError("Could not sign in as " + email + ": " + response.statusCode() + " " + response.headers().map());
		}
		return browser;
	}

	protected long userId(String email) {
		return jdbc.sql("select id from identity_user where email_normalized = :e").param("e", email)
			.query(Long.class).single();
	}
}
