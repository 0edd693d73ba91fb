package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.inclusio.InclusioApplication;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two nodes on one database behind an imaginary load balancer: a session started on one is valid on the other,
 * and survives that other node being restarted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionAcrossNodesTest {

	static {
		TestMailServer.server();
	}

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aSessionWorksOnEveryNodeAndSurvivesARestart() {
		HttpSession browser = new HttpSession("http://localhost:" + port);
		HttpResponse<String> signedIn = browser.signIn("admin@sofia.inclusio.eu", "demo-password-2026");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		assertThat(browser.cookie("INCLUSIO_SESSION")).isNotBlank();
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);

		try (ConfigurableApplicationContext second = startSecondNode()) {
			browser.on("http://localhost:" + portOf(second));
			HttpResponse<String> onSecond = browser.get("/admin/users");
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("admin@sofia.inclusio.eu");
		}
		try (ConfigurableApplicationContext restarted = startSecondNode()) {
			browser.on("http://localhost:" + portOf(restarted));
			assertThat(browser.get("/admin/users").statusCode()).isEqualTo(200);
			// signing out on one node ends the session everywhere
			HttpResponse<String> signedOut = browser.submit("/", "/logout", java.util.Map.of());
			assertThat(signedOut.statusCode()).isEqualTo(302);
		}
		browser.on("http://localhost:" + port);
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(302);
	}

	@Test
	void readingPagesWritesNothingToTheSession() {
		HttpSession browser = new HttpSession("http://localhost:" + port);
		browser.signIn("citizen@sofia.inclusio.eu", "demo-password-2026");
		String id = new String(java.util.Base64.getDecoder().decode(browser.cookie("INCLUSIO_SESSION")),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		Long lastAccess = lastAccessOf(id);
		assertThat(lastAccess).isNotNull();

		for (String page : java.util.List.of("/", "/account", "/money", "/account")) {
			assertThat(browser.get(page).statusCode()).isEqualTo(200);
		}
		// the time of last access is kept to the minute: nothing was written for these four pages
		assertThat(lastAccessOf(id)).isEqualTo(lastAccess);
		// and the session still works, on the same cookie
		assertThat(browser.get("/account").body()).contains("/logout");
	}

	private Long lastAccessOf(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private ConfigurableApplicationContext startSecondNode() {
		return new SpringApplicationBuilder(InclusioApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
					"spring.jmx.enabled=false")
			.run();
	}

	private static int portOf(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}
}
