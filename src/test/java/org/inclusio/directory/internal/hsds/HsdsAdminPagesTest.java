package org.inclusio.directory.internal.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;

/** The administrator's import and export pages over HTTP: preview, commit once, language, municipality. */
class HsdsAdminPagesTest extends HsdsTestSupport {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void anAdministratorPreviewsCommitsOnceAndExports() throws IOException {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		admin.get("/admin/directory/import?lang=bg");
		String p = prefix();
		var uploaded = upload(admin, "directory.json", fixture(p).getBytes(StandardCharsets.UTF_8), "en");
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(preview).matches("/admin/directory/import/[0-9a-f-]{36}");
		String page = admin.get(preview).body();
		assertThat(page).contains("Проверка преди внасяне").contains("Файлът е верен. Нови записи: 28, променени: 0, непроменени: 0.")
			.contains("Услуги").doesNotContain("error-summary");
		assertThat(count("select count(*) from directory_service where id like ?", p + "%")).as("a preview writes nothing").isZero();

		var committed = admin.submit(preview, preview + "/commit", Map.of());
		assertThat(committed.headers().firstValue("Location")).hasValue(preview);
		assertThat(admin.get(preview).body()).contains("Внесено. Нови записи: 28, променени: 0, непроменени: 0.")
			.contains("Този файл е внесен.");
		assertThat(count("select count(*) from directory_service where id like ? and tenant_id = ?", p + "%", sofia())).isEqualTo(2);
		assertThat(count("select count(*) from identity_audit_log where action = 'HSDS_IMPORT' and details like ?",
				"upload " + preview.substring(preview.lastIndexOf('/') + 1) + "%")).isOne();
		// a second click changes nothing
		admin.submit(preview, preview + "/commit", Map.of());
		assertThat(admin.get(preview).body()).contains("Този файл вече беше внесен. Нищо не е променено.");
		assertThat(count("select count(*) from identity_audit_log where action = 'HSDS_IMPORT' and details like ?",
				"upload " + preview.substring(preview.lastIndexOf('/') + 1) + "%")).isOne();

		// the export has it, in a file to download
		var json = admin.get("/admin/directory/export/file?format=json&language=lv");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".json");
		assertThat(json.body()).contains(p + "-service-1").contains("\"name\" : \"Nodarbinātības klubs\"");
		assertThat(admin.get("/admin/directory/export?lang=lv").body()).contains("Kataloga eksportēšana");

		// another municipality's administrator sees neither the upload nor Sofia's services in their export
		HttpSession other = signedIn("admin@tvarditsa.inclusio.eu");
		assertThat(other.get(preview).statusCode()).isEqualTo(404);
		assertThat(other.get("/admin/directory/export/file?format=json").body()).doesNotContain(p + "-service-1");
		// and cannot take Sofia's records over by importing them
		other.get("/admin/directory/import?lang=en");
		var takeover = upload(other, "directory.json", fixture(p).getBytes(StandardCharsets.UTF_8), "en");
		String takeoverPage = other.get(takeover.headers().firstValue("Location").orElseThrow()).body();
		assertThat(takeoverPage).contains("There is a problem")
			.contains("This id belongs to the directory of another municipality").doesNotContain("/commit");
		// a citizen or anonymous visitor has no access
		assertThat(signedIn("citizen@sofia.inclusio.eu").get("/admin/directory/import").statusCode()).isEqualTo(403);
	}

	@Test
	void anUnreadableFileIsExplainedOnTheFormInTheLanguageOfThePage() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		admin.get("/admin/directory/import?lang=lv");
		var broken = upload(admin, "directory.json", "[{\"id\": ".getBytes(StandardCharsets.UTF_8), "en");
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(broken.body()).contains("Radusies problēma").contains("Fails nav derīgs JSON (1. rinda");
		var latin = upload(admin, "directory.json", "[{\"name\": \"Клуб\"}]".getBytes(java.nio.charset.Charset.forName("windows-1251")), "en");
		assertThat(latin.body()).contains("Fails nav UTF-8 kodējumā");
		var none = upload(admin, "", new byte[0], "en");
		assertThat(none.body()).contains("Izvēlieties failu augšupielādei").contains("href=\"#file\"");
	}

	HttpResponse<String> upload(HttpSession session, String fileName, byte[] content, String language) {
		String form = session.get("/admin/directory/import").body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).as(form).isTrue();
		String boundary = "----hsds" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1) + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\n" + language + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/json\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		StringBuilder cookies = new StringBuilder("INCLUSIO_SESSION=" + session.cookie("INCLUSIO_SESSION"));
		if (session.cookie("INCLUSIO_LANG") != null) {
			cookies.append("; INCLUSIO_LANG=").append(session.cookie("INCLUSIO_LANG"));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/directory/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookies.toString())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		try {
			return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
				.send(request, HttpResponse.BodyHandlers.ofString());
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
