package org.inclusio.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data made the way people make it: the administrator adds a provider and its staff member, the staff
 * member makes an API key and gives link codes, the demo citizen links each reference with consent.
 */
abstract class ProviderDataTestSupport extends WebTest {

	static final String STAFF = "provider@sofia.inclusio.eu";

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern LINK_CODE = Pattern.compile("class=\"code\">([A-Z0-9-]{14})<");

	private static final Pattern API_KEY = Pattern.compile("value=\"(inc_[0-9A-Za-z]{40})\" data-api-key");

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private HttpSession admin;

	private HttpSession staff;

	private HttpSession citizen;

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	HttpSession admin() {
		return admin == null ? admin = signedIn("admin@sofia.inclusio.eu") : admin;
	}

	HttpSession staff() {
		return staff == null ? staff = signedIn(STAFF) : staff;
	}

	HttpSession citizen() {
		return citizen == null ? citizen = signedIn(CITIZEN) : citizen;
	}

	/** The administrator adds a provider and makes the demo provider staff member act for it. */
	long newProvider() {
		var created = admin().submit("/admin/providers", "/admin/providers",
				Map.of("name", unique("Test provider"), "kind", "LANDLORD"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		var member = admin().submit("/admin/providers/" + id, "/admin/providers/" + id + "/members", Map.of("email", STAFF));
		assertThat(member.statusCode()).isEqualTo(302);
		return id;
	}

	/** The staff member makes an API key on the keys page; it is shown once. */
	String newKey(long provider) {
		var page = staff().submit("/provider/" + provider + "/api-keys", "/provider/" + provider + "/api-keys",
				Map.of("label", "Billing system"));
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		Matcher key = API_KEY.matcher(page.body());
		assertThat(key.find()).as(page.body()).isTrue();
		return key.group(1);
	}

	/** The staff member prints a link code for the reference; the demo citizen links it, agreeing. */
	void link(long provider, String reference) {
		var letter = staff().submit("/provider/" + provider, "/provider/" + provider + "/link-codes",
				Map.of("reference", reference));
		Matcher code = LINK_CODE.matcher(letter.body());
		assertThat(code.find()).as(letter.body()).isTrue();
		var linked = citizen().submit("/account/link", "/account/link/confirm",
				Map.of("provider", String.valueOf(provider), "code", code.group(1), "agree", "true"));
		assertThat(linked.headers().firstValue("Location")).as(linked.body()).hasValue("/account");
	}

	/** The demo citizen stops sharing the account with the provider. */
	void revokeLink(long provider, String reference) {
		long link = jdbc.sql("select id from account_link where provider_id = :p and reference = :r and status = 'ACTIVE'")
			.param("p", provider).param("r", reference).query(Long.class).single();
		var revoked = citizen().submit("/account/links", "/account/links/" + link + "/revoke", Map.of());
		assertThat(revoked.headers().firstValue("Location")).hasValue("/account/links");
	}

	int count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Integer.class).single();
	}

	// ---- the API over real HTTP ----

	record Answer(int status, JsonNode json, HttpResponse<String> response) {

		String code() {
			return json.path("code").asString();
		}

		JsonNode error(int i) {
			return json.path("errors").get(i);
		}
	}

	Answer post(String key, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/providers/v1" + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return send(request);
	}

	Answer get(String key, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/providers/v1" + path)).GET();
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		return send(request);
	}

	Answer send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
			return new Answer(response.statusCode(), json, response);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String accounts(String... rows) {
		return "{\"accounts\":[" + String.join(",", rows) + "]}";
	}

	static String account(String reference, String balance, String arrears) {
		return "{\"reference\":\"%s\",\"kind\":\"RENT\",\"currency\":\"BGN\",\"balance\":%s,\"arrears\":%s,\"nextDueDate\":null,\"nextDueAmount\":null}"
			.formatted(reference, balance, arrears);
	}

	static String transactions(String... rows) {
		return "{\"transactions\":[" + String.join(",", rows) + "]}";
	}

	static String transaction(String reference, String externalId, String date, String amount, String description) {
		return "{\"reference\":\"%s\",\"externalId\":\"%s\",\"date\":\"%s\",\"amount\":%s,\"description\":\"%s\"}"
			.formatted(reference, externalId, date, amount, description);
	}

	// ---- the CSV upload in the browser ----

	/** Posts a multipart form as a browser does, with the session's cookies and the form page's CSRF token. */
	HttpResponse<String> upload(HttpSession session, long provider, String dataset, String fileName, byte[] content) {
		String form = session.get("/provider/" + provider + "/upload").body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).as(form).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf.group(1));
		if (dataset != null) {
			fields.put("dataset", dataset);
		}
		String boundary = "----inclusio" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		StringBuilder cookies = new StringBuilder("INCLUSIO_SESSION=" + session.cookie("INCLUSIO_SESSION"));
		if (session.cookie("INCLUSIO_LANG") != null) {
			cookies.append("; INCLUSIO_LANG=").append(session.cookie("INCLUSIO_LANG"));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/provider/" + provider + "/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookies.toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
				.build().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
