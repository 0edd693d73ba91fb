package org.inclusio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/**
 * A resident who completes a course gets one certificate: a badge on their page, a PDF only they can download, and
 * a code anyone can check without signing in, which shows the name, course, date and municipality and nothing else.
 */
class LearningCertificateTest extends WebTest {

	static final String COURSE = "test-passwords";

	static final String NAME = "Zoë Žukova-Ķēniņa";

	static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{12}");

	@Test
	void completingACourseIssuesExactlyOneCertificateEvenWhenTheQuizIsPassedAgain() {
		String email = "learning.cert.once@example.org";
		HttpSession citizen = newCitizen(email);
		assertThat(citizen.get("/learning").body()).contains("href=\"/learning/certificates\"")
			.contains("Your certificates and badges");
		assertThat(citizen.get("/learning/certificates").body()).contains("You have no certificates yet.");

		markAllLessonsDone(citizen);
		assertThat(certificates(email)).as("lessons alone do not complete the course").isZero();
		passQuiz(citizen);
		assertThat(certificates(email)).isEqualTo(1);
		assertThat(citizen.get("/learning/" + COURSE + "/quiz/result").body())
			.contains("Completed! Download your certificate").contains("href=\"/learning/certificates\"");

		passQuiz(citizen);
		markDone(citizen, "why-passwords");
		assertThat(certificates(email)).isEqualTo(1);

		Map<String, Object> row = jdbc.sql("""
				select code, person_name, course_title->>'bg' as bg, municipality_name->>'en' as municipality, language
				from learning_certificate where citizen_id = :c
				""").param("c", userId(email)).query().singleRow();
		assertThat((String) row.get("code")).matches(CODE);
		assertThat(row.get("person_name")).isEqualTo(NAME);
		assertThat(row.get("bg")).isEqualTo("Тест: силни пароли");
		assertThat(row.get("municipality")).isEqualTo("Sofia");
		assertThat(row.get("language")).isEqualTo("en");

		String page = citizen.get("/learning/certificates").body();
		assertThat(page).contains("Test: strong passwords").contains("Course completed")
			.contains(display((String) row.get("code"))).contains("aria-hidden=\"true\"")
			.contains("href=\"/learning/certificates/" + certificateId(email) + ".pdf\"");
		assertThat(citizen.get("/learning/certificates?lang=lv").body()).contains("Jūsu apliecības un nozīmītes")
			.contains("Tests: stipras paroles").contains("Kurss pabeigts");
	}

	@Test
	void theCertificatePdfDownloadsForItsOwnerOnly() throws IOException {
		String email = "learning.cert.pdf@example.org";
		HttpSession citizen = newCitizen(email);
		markAllLessonsDone(citizen);
		passQuiz(citizen);
		long id = certificateId(email);
		String code = display(code(email));

		HttpResponse<byte[]> download = bytes(citizen, "/learning/certificates/" + id + ".pdf");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"certificate-" + code + ".pdf\"");
		String english = text(download.body());
		assertThat(english).contains(NAME).contains("Test: strong passwords").contains(code)
			.contains("Certificate of completion").contains("Sofia")
			.contains("http://localhost:8080/certificates/verify/" + code);

		String bulgarian = text(bytes(citizen, "/learning/certificates/" + id + ".pdf?lang=bg").body());
		assertThat(bulgarian).contains(NAME).contains("Тест: силни пароли").contains(code)
			.contains("Удостоверение за завършен курс").contains("Столична община (София)");

		HttpSession other = newCitizen("learning.cert.other@example.org");
		assertThat(bytes(other, "/learning/certificates/" + id + ".pdf").statusCode()).isEqualTo(404);
		assertThat(bytes(citizen, "/learning/certificates/abc.pdf").statusCode()).isEqualTo(404);
		assertThat(bytes(citizen, "/learning/certificates/99999999.pdf").statusCode()).isEqualTo(404);
		assertThat(other.get("/learning/certificates").body()).doesNotContain(code);
		assertThat(browser().get("/learning/certificates/" + id + ".pdf").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void anyoneChecksACertificateByItsCodeWithoutSigningIn() {
		String email = "learning.cert.verify@example.org";
		HttpSession citizen = newCitizen(email);
		markAllLessonsDone(citizen);
		passQuiz(citizen);
		String code = code(email);
		long citizenId = userId(email);
		long id = certificateId(email);

		HttpSession anyone = browser();
		var verified = anyone.get("/certificates/verify/" + code.toLowerCase(Locale.ROOT) + "?lang=en");
		assertThat(verified.statusCode()).isEqualTo(200);
		assertThat(verified.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(v -> assertThat(v).contains("noindex"));
		String page = verified.body();
		assertThat(page).contains("This certificate is genuine").contains(NAME).contains("Test: strong passwords")
			.contains("Sofia").contains(display(code));
		assertThat(Pattern.compile("<dd").matcher(page).results().count()).as("name, course, date, municipality").isEqualTo(4);
		assertThat(page).doesNotContain(email).doesNotContain("@example.org")
			.doesNotContain("/learning/certificates/" + id).doesNotContain("user/" + citizenId);

		assertThat(anyone.get("/certificates/verify/" + display(code) + "?lang=bg").body())
			.contains("Това удостоверение е истинско").contains("Тест: силни пароли").contains("Столична община (София)");
		assertThat(anyone.get("/certificates/verify/" + code + "?lang=lv").body())
			.contains("Šī apliecība ir īsta").contains("Tests: stipras paroles").contains("Sofija");

		// the form: any case, dashes and spaces ignored; then the certificate's own address
		var typed = anyone.get("/certificates/verify?code=" + URLEncoder.encode(" " + code.substring(0, 4).toLowerCase(Locale.ROOT)
				+ " - " + code.substring(4, 8) + " " + code.substring(8).toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
		assertThat(typed.statusCode()).isEqualTo(302);
		assertThat(typed.headers().firstValue("Location")).hasValue("/certificates/verify/" + display(code));

		assertThat(jdbc.sql("""
				select count(*) from identity_audit_log
				where subject_type = 'learning-certificate' and action = 'READ' and subject_id = :id and actor_user_id is null
				""").param("id", String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anEmptyOrMalformedCodeGetsAnErrorAndAnUnknownCodeANotFoundPage() {
		HttpSession anyone = browser();
		var form = anyone.get("/certificates/verify?lang=en");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Check a certificate").doesNotContain("There is a problem");

		var empty = anyone.get("/certificates/verify?code=+&lang=en");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("There is a problem").contains("href=\"#code\"")
			.contains("Enter the code from the certificate").contains("aria-invalid=\"true\"");

		var malformed = anyone.get("/certificates/verify?code=" + URLEncoder.encode("K7QH-2M9X-<b>", StandardCharsets.UTF_8));
		assertThat(malformed.body()).contains("There is a problem").contains("12 letters and numbers")
			.contains("value=\"K7QH-2M9X-&lt;b&gt;\"").doesNotContain("<b>");
		assertThat(anyone.get("/certificates/verify?code=K7QH-2M9X-PA4O").body()).as("an O is not in the alphabet")
			.contains("There is a problem");
		assertThat(anyone.get("/certificates/verify?code=" + URLEncoder.encode("гр", StandardCharsets.UTF_8) + "&lang=bg").body())
			.contains("Има проблем").contains("Въведете кода така, както е отпечатан");

		for (String[] language : new String[][] { { "en", "No certificate has this code" },
				{ "bg", "Няма удостоверение с този код" }, { "lv", "Nav apliecības ar šo kodu" } }) {
			var unknown = anyone.get("/certificates/verify/ABCD-EFGH-JKMN?lang=" + language[0]);
			assertThat(unknown.statusCode()).isEqualTo(404);
			assertThat(unknown.body()).contains(language[1]).contains("ABCD-EFGH-JKMN").contains("name=\"code\"");
		}
		var nonsense = anyone.get("/certificates/verify/" + "x".repeat(200) + "?lang=en");
		assertThat(nonsense.statusCode()).isEqualTo(404);
		String main = nonsense.body().substring(nonsense.body().indexOf("<main"));
		assertThat(main).as("the page repeats a long code shortened").contains("No certificate has this code")
			.contains("x".repeat(40) + "…").doesNotContain("x".repeat(41));
	}

	// --- helpers

	HttpSession newCitizen(String email) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", NAME, "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		browser.get("/?lang=en");
		return browser;
	}

	void markAllLessonsDone(HttpSession citizen) {
		for (String lesson : List.of("why-passwords", "three-words", "never-share")) {
			markDone(citizen, lesson);
		}
	}

	void markDone(HttpSession citizen, String lessonSlug) {
		long lesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_course c on c.current_version_id = l.version_id
				where c.slug = :c and l.slug = :l
				""").param("c", COURSE).param("l", lessonSlug).query(Long.class).single();
		var response = citizen.submit("/learning/" + COURSE + "/lessons/" + lessonSlug,
				"/learning/" + COURSE + "/lessons/done", Map.of("lesson", String.valueOf(lesson)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** Sends the quiz with every right answer (a multiple-choice question repeats its field name). */
	void passQuiz(HttpSession citizen) {
		Matcher csrf = CSRF.matcher(citizen.get("/learning/" + COURSE + "/quiz").body());
		assertThat(csrf.find()).isTrue();
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "version", String.valueOf(jdbc.sql("select current_version_id from learning_course where slug = :s")
			.param("s", COURSE).query(Long.class).single()) });
		jdbc.sql("""
				select q.id, a.id from learning_answer a join learning_question q on q.id = a.question_id
				join learning_course c on c.current_version_id = q.version_id
				where c.slug = :slug and a.correct order by q.position, a.position
				""").param("slug", COURSE).query((rs, n) -> new String[] { "q" + rs.getLong(1), String.valueOf(rs.getLong(2)) })
			.list().forEach(fields::add);
		fields.add(new String[] { "_csrf", csrf.group(1) });
		String body = fields.stream()
			.map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/learning/" + COURSE + "/quiz"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies(citizen))
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response.statusCode()).isEqualTo(302);
	}

	HttpResponse<byte[]> bytes(HttpSession session, String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookies(session)).GET());
	}

	private static String cookies(HttpSession session) {
		String sessionCookie = session.cookie("INCLUSIO_SESSION");
		return (sessionCookie == null ? "" : "INCLUSIO_SESSION=" + sessionCookie + "; ") + "INCLUSIO_LANG=en";
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
				.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// the PDF may break a long line; the checks are about words, not layout
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	int certificates(String email) {
		return jdbc.sql("select count(*) from learning_certificate where citizen_id = :c").param("c", userId(email))
			.query(Integer.class).single();
	}

	long certificateId(String email) {
		return jdbc.sql("select id from learning_certificate where citizen_id = :c").param("c", userId(email))
			.query(Long.class).single();
	}

	String code(String email) {
		return jdbc.sql("select code from learning_certificate where citizen_id = :c").param("c", userId(email))
			.query(String.class).single();
	}

	static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}
}
