package org.inclusio.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser over real HTTP: keeps cookies, fills in CSRF tokens, does not follow redirects. */
public class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String baseUrl;

	public HttpSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Points this browser at another node behind the same load balancer; cookies stay. */
	public HttpSession on(String otherBaseUrl) {
		this.baseUrl = otherBaseUrl;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
	}

	/** Loads the form page to get its CSRF token, then posts the fields. */
	public HttpResponse<String> submit(String formPath, String actionPath, Map<String, String> fields) {
		String page = get(formPath).body();
		Matcher matcher = CSRF.matcher(page);
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (matcher.find()) {
			all.put("_csrf", matcher.group(1));
		}
		return post(actionPath, all);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> signIn(String email, String password) {
		return submit("/login", "/login", Map.of("email", email, "password", password));
	}

	public String cookie(String name) {
		return cookies.get(name);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(header -> {
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String value = pair.substring(eq + 1);
				if (value.isEmpty() || header.contains("Max-Age=0")) {
					cookies.remove(pair.substring(0, eq));
				}
				else {
					cookies.put(pair.substring(0, eq), value);
				}
			});
			return response;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
