package org.inclusio.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

class WebBasicsTest extends WebTest {

	@Test
	void everyPageCarriesStrictSecurityHeaders() {
		HttpResponse<String> home = browser().get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> login = browser().get("/login");
		String cookie = login.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("INCLUSIO_SESSION=")).findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void behindAnHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
		var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=31536000");
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("INCLUSIO_SESSION=").contains("Secure").contains("HttpOnly"));
		assertThat(browser().get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void scheduledJobsTakeALockInTheDatabaseSoOneNodeRunsEach() throws Exception {
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from shedlock where name = 'notification.email-retry'")
			.query(Integer.class).single() == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("select locked_by from shedlock where name = 'notification.email-retry'")
			.query(String.class).single()).isNotBlank();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		HttpResponse<String> forged = browser().post("/register", Map.of("displayName", "X", "email", "x@example.org"));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void errorPagesSpeakThePersonsLanguageAndGiveAReference() {
		HttpSession browser = signedIn("caseworker@sofia.inclusio.eu");
		Map<String, String> notFound = Map.of("en", "Page not found", "bg", "Страницата не е намерена", "lv", "Lapa nav atrasta");
		notFound.forEach((language, title) -> {
			HttpResponse<String> response = browser.get("/no/such/page?lang=" + language);
			assertThat(response.statusCode()).isEqualTo(404);
			String reference = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(response.body()).contains(title).contains(reference).doesNotContain("Whitelabel")
				.doesNotContain("Exception");
		});
		HttpResponse<String> forbidden = browser.get("/admin/audit?lang=lv");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Jums nav piekļuves šai lapai");
	}

	@Test
	void aWrongMethodAndABadRequestGetTheFriendlyPage() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		HttpResponse<String> response = admin.submit("/admin/users?lang=bg", "/admin/users/" + userId("admin@sofia.inclusio.eu"), Map.of());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("Това действие не е възможно");
		HttpResponse<String> bad = admin.get("/admin/audit?page=abc&lang=bg");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Не можахме да разберем заявката");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreForAdmins() {
		assertThat(browser().get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(browser().get("/actuator/health/readiness").body()).contains("UP");
		assertThat(browser().get("/actuator/health/liveness").body()).contains("UP");
		assertThat(browser().get("/actuator/metrics").statusCode()).isEqualTo(302);
		assertThat(signedIn("facilitator@sofia.inclusio.eu").get("/actuator/metrics").statusCode()).isEqualTo(403);
		assertThat(signedIn("admin@sofia.inclusio.eu").get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void theLanguageComesFromTheBrowserThenTheSwitcherThenTheAccount() {
		HttpSession browser = browser();
		assertThat(browser.get("/").body()).contains("lang=\"en\"");
		assertThat(browser.get("/?lang=lv").body()).contains("lang=\"lv\"").contains("Palīdzība ar naudu");
		assertThat(browser.get("/").body()).as("remembered").contains("lang=\"lv\"");
		assertThat(browser.get("/?lang=xx").body()).as("unknown language ignored").contains("lang=\"lv\"");

		HttpSession person = signedIn("provider@sofia.inclusio.eu");
		person.get("/?lang=bg");
		// another device: after sign-in the account's language is used
		HttpSession otherDevice = signedIn("provider@sofia.inclusio.eu");
		assertThat(otherDevice.get("/").body()).contains("lang=\"bg\"");
		otherDevice.get("/?lang=en");
	}
}
