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
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident takes a course over HTTP: catalogue, lessons, quiz with its mistakes, result, completion; forms that
 * name things outside the course are refused; texts without a translation come in English with a note.
 */
class LearningCourseTest extends WebTest {

	static final String COURSE = "test-passwords";

	@Autowired
	LearningProgress progress;

	@Test
	void aResidentTakesACourseFromStartToCompletion() {
		HttpSession citizen = newCitizen("learning.course.one@example.org");
		assertThat(citizen.get("/?lang=en").body()).contains("href=\"/learning\"");

		String catalogue = citizen.get("/learning?lang=en").body();
		assertThat(catalogue).contains("Computer and internet skills").contains("Money")
			.contains("Test: strong passwords").contains("Not started");

		String course = citizen.get("/learning/" + COURSE).body();
		assertThat(course).contains("Start the course").contains("href=\"/learning/test-passwords/lessons/why-passwords\"");

		// the lesson: its Markdown made safe, its picture with alt text, then "mark as done and continue"
		String lesson = citizen.get("/learning/" + COURSE + "/lessons/why-passwords").body();
		assertThat(lesson).contains("<h1>Why passwords matter</h1>").contains("<h2>Your key</h2>")
			.contains("href=\"https://example.org/guide\">the guide</a>")
			.contains("&lt;script&gt;alert('x')&lt;/script&gt;").doesNotContain("<script>alert")
			.doesNotContain("javascript:").contains("And a bad link and &lt;b onclick=")
			.contains("alt=\"A blue padlock\"").contains("src=\"/images/learning/test-lock.svg\"")
			.contains("Lesson 1 of 3").contains("Mark as done and continue");
		var first = markDone(citizen, "why-passwords");
		assertThat(first.headers().firstValue("Location")).hasValue("/learning/test-passwords/lessons/three-words");

		assertThat(citizen.get("/learning").body()).contains("1 of 3 lessons done");
		assertThat(citizen.get("/learning/" + COURSE).body()).contains("Continue where you stopped")
			.contains("href=\"/learning/test-passwords/lessons/three-words\"");
		assertThat(citizen.get("/learning/" + COURSE + "/lessons/why-passwords").body()).contains("You have done this lesson.")
			.doesNotContain("Mark as done and continue");

		String video = citizen.get("/learning/" + COURSE + "/lessons/three-words").body();
		assertThat(video).contains("href=\"https://example.org/video\"").contains("In the video: three words.")
			.contains("rel=\"prev\"");
		markDone(citizen, "three-words");
		var last = markDone(citizen, "never-share");
		assertThat(last.headers().firstValue("Location")).hasValue("/learning/test-passwords/quiz");
		assertThat(citizen.get("/learning").body()).contains("All 3 lessons done. The quiz is next.");

		// nothing answered: the form again, with an error summary linking to every question
		long version = currentVersion(COURSE);
		var empty = postQuiz(citizen, List.<String[]>of(field("version", version)));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("There is a problem").contains("Choose an answer to question 1")
			.contains("Tick at least one answer to question 3").contains("href=\"#a" + answer("Which password is strongest?", "123456") + "\"");
		assertThat(attempts("learning.course.one@example.org")).isZero();

		// some answered: what was ticked is still ticked
		long strongest = answer("Which password is strongest?", "apple cloud train");
		var partly = postQuiz(citizen, List.of(field("version", version), answerField("Which password is strongest?", strongest)));
		assertThat(partly.body()).doesNotContain("Choose an answer to question 1").contains("Choose an answer to question 2")
			.containsPattern("id=\"a" + strongest + "\"[^>]*checked");

		// wrong answers: not passed, with feedback on every answer
		var wrong = postQuiz(citizen, List.of(field("version", version),
				answerField("Which password is strongest?", answer("Which password is strongest?", "123456")),
				answerField("Who may know your password?", answer("Who may know your password?", "Only you")),
				answerField("Which are good habits?", answer("Which are good habits?", "A password manager")),
				answerField("What do you do if someone learns your password?", answer("What do you do if someone learns your password?", "Nothing"))));
		assertThat(wrong.headers().firstValue("Location")).hasValue("/learning/test-passwords/quiz/result");
		String failed = citizen.get("/learning/" + COURSE + "/quiz/result?lang=en").body();
		assertThat(failed).contains("You got 1 of 4 questions right.").contains("You did not pass this time")
			.contains("This is guessed at once.").contains("Yes: three random words.").contains("Try the quiz again");
		assertThat(citizen.get("/learning").body()).doesNotContain("Completed");

		// right answers, the multiple-choice one with both right boxes ticked: passed and the course completed
		postQuiz(citizen, List.of(field("version", version),
				answerField("Which password is strongest?", strongest),
				answerField("Who may know your password?", answer("Who may know your password?", "Only you")),
				answerField("Which are good habits?", answer("Which are good habits?", "A different password for each site")),
				answerField("Which are good habits?", answer("Which are good habits?", "A password manager")),
				answerField("What do you do if someone learns your password?", answer("What do you do if someone learns your password?", "Change it at once"))));
		String passed = citizen.get("/learning/" + COURSE + "/quiz/result").body();
		assertThat(passed).contains("You got 4 of 4 questions right.").contains("You passed the quiz.")
			.contains("Well done! You have completed the course.");
		assertThat(citizen.get("/learning").body()).contains("Completed");
		assertThat(citizen.get("/learning/" + COURSE).body()).contains("You have completed this course.")
			.contains("Go through the course again");

		long citizenId = userId("learning.course.one@example.org");
		List<CourseProgress> summary = progress.of(tenantOf(citizenId), citizenId, Locale.forLanguageTag("bg"));
		assertThat(summary).singleElement().satisfies(p -> {
			assertThat(p.courseSlug()).isEqualTo(COURSE);
			assertThat(p.title()).isEqualTo("Тест: силни пароли");
			assertThat(p.lessonsDone()).isEqualTo(3);
			assertThat(p.lessons()).isEqualTo(3);
			assertThat(p.quizPassed()).isTrue();
			assertThat(p.completed()).isTrue();
		});
		assertThat(progress.of(tenantOf(citizenId) + 1000, citizenId, Locale.ENGLISH)).as("another municipality").isEmpty();
	}

	@Test
	void formsNamingThingsOutsideTheCourseAreRefusedAndNothingIsStored() {
		String email = "learning.course.tamper@example.org";
		HttpSession citizen = newCitizen(email);
		long foreignLesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_course c on c.current_version_id = l.version_id
				where c.slug = 'test-budget' and l.slug = 'money-in'
				""").query(Long.class).single();
		for (String lesson : new String[] { String.valueOf(foreignLesson), "abc", "", "99999999999" }) {
			var refused = citizen.submit("/learning/" + COURSE + "/lessons/why-passwords?lang=en",
					"/learning/" + COURSE + "/lessons/done", Map.of("lesson", lesson));
			assertThat(refused.statusCode()).as(lesson).isEqualTo(400);
			assertThat(refused.body()).contains("This is not part of the course").contains("Nothing was saved.")
				.contains("href=\"/learning/test-passwords\"");
		}
		assertThat(enrolments(email)).isZero();

		long version = currentVersion(COURSE);
		long otherQuestionsAnswer = answer("Who may know your password?", "Only you");
		long budgetVersion = currentVersion("test-budget");
		List<List<String[]>> tampered = List.of(
				// an answer of another question
				List.of(field("version", version), answerField("Which password is strongest?", otherQuestionsAnswer)),
				// a question of another course
				List.of(field("version", version), new String[] { "q" + question("What is a budget?"), "1" }),
				// two answers to a one-answer question
				List.of(field("version", version), answerField("Which password is strongest?", answer("Which password is strongest?", "123456")),
						answerField("Which password is strongest?", answer("Which password is strongest?", "apple cloud train"))),
				// not a number
				List.of(field("version", version), new String[] { "q" + question("Which password is strongest?"), "x" }),
				// no version, or another course's version
				List.<String[]>of(answerField("Which password is strongest?", answer("Which password is strongest?", "123456"))),
				List.<String[]>of(field("version", budgetVersion)));
		for (List<String[]> fields : tampered) {
			var refused = postQuiz(citizen, fields);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.body()).contains("This is not part of the course");
		}
		assertThat(enrolments(email)).isZero();
		assertThat(attempts(email)).isZero();

		assertThat(citizen.get("/learning/no-such-course").statusCode()).isEqualTo(404);
		assertThat(citizen.get("/learning/" + COURSE + "/lessons/no-such-lesson").statusCode()).isEqualTo(404);
		assertThat(browser().get("/learning").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void aTextWithoutATranslationIsShownInEnglishWithANote() {
		HttpSession citizen = newCitizen("learning.course.fallback@example.org");
		String latvian = citizen.get("/learning/test-budget/lessons/money-out?lang=lv").body();
		assertThat(latvian).contains("<html lang=\"lv\"")
			.contains("Daļa šī kursa vēl nav tulkota latviski, tāpēc tā ir parādīta angliski.")
			.contains("<h1 lang=\"en\">Money out</h1>")
			.contains("2. nodarbība no 3");

		String bulgarian = citizen.get("/learning/test-budget/lessons/money-out?lang=bg").body();
		assertThat(bulgarian).contains("Части от този курс още не са преведени на български")
			.contains("<h1 lang=\"en\">Money out</h1>");
		String bulgarianTranslated = citizen.get("/learning/test-budget/lessons/money-in?lang=bg").body();
		assertThat(bulgarianTranslated).contains("<h1>Пари, които получавате</h1>").doesNotContain("още не са преведени");

		String catalogue = citizen.get("/learning?lang=lv").body();
		assertThat(catalogue).contains("Vēl nav tulkots, tāpēc parādīts angliski.")
			.contains("<a href=\"/learning/test-budget\" lang=\"en\">Test: a budget</a>")
			.contains(">Tests: stipras paroles</a>");

		String quiz = citizen.get("/learning/test-budget/quiz?lang=bg").body();
		assertThat(quiz).contains("Части от този курс").contains("<span lang=\"en\">What is a budget?</span>")
			.contains("Въпрос 1 от 4");
	}

	@Test
	void everyPageOfEveryCourseOpensInEveryLanguage() {
		HttpSession citizen = newCitizen("learning.course.all@example.org");
		List<String[]> lessons = jdbc.sql("""
				select c.slug, l.slug from learning_course c join learning_lesson l on l.version_id = c.current_version_id
				order by c.slug, l.position
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		assertThat(lessons).hasSizeGreaterThanOrEqualTo(6);
		for (String language : new String[] { "bg", "lv", "en" }) {
			assertThat(citizen.get("/learning?lang=" + language).statusCode()).isEqualTo(200);
			for (String[] lesson : lessons) {
				assertThat(citizen.get("/learning/" + lesson[0] + "?lang=" + language).statusCode()).isEqualTo(200);
				var page = citizen.get("/learning/" + lesson[0] + "/lessons/" + lesson[1] + "?lang=" + language);
				assertThat(page.statusCode()).as("%s/%s in %s", lesson[0], lesson[1], language).isEqualTo(200);
				assertThat(page.body()).doesNotContain("<script").doesNotContain("javascript:");
				assertThat(citizen.get("/learning/" + lesson[0] + "/quiz?lang=" + language).statusCode()).isEqualTo(200);
			}
		}
	}

	// --- helpers

	HttpSession newCitizen(String email) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Test Learner", "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		browser.get("/?lang=en");
		return browser;
	}

	HttpResponse<String> markDone(HttpSession citizen, String lessonSlug) {
		long lesson = jdbc.sql("""
				select l.id from learning_lesson l join learning_course c on c.current_version_id = l.version_id
				where c.slug = :c and l.slug = :l
				""").param("c", COURSE).param("l", lessonSlug).query(Long.class).single();
		var response = citizen.submit("/learning/" + COURSE + "/lessons/" + lessonSlug, "/learning/" + COURSE + "/lessons/done",
				Map.of("lesson", String.valueOf(lesson)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response;
	}

	long currentVersion(String slug) {
		return jdbc.sql("select current_version_id from learning_course where slug = :s").param("s", slug).query(Long.class).single();
	}

	long question(String english) {
		return jdbc.sql("""
				select q.id from learning_question q join learning_course c on c.current_version_id = q.version_id
				where c.slug like 'test-%' and q.text->>'en' = :q
				""").param("q", english).query(Long.class).single();
	}

	long answer(String question, String english) {
		return jdbc.sql("select id from learning_answer where question_id = :q and text->>'en' = :a")
			.param("q", question(question)).param("a", english).query(Long.class).single();
	}

	String[] answerField(String question, long answer) {
		return new String[] { "q" + question(question), String.valueOf(answer) };
	}

	static String[] field(String name, long value) {
		return new String[] { name, String.valueOf(value) };
	}

	int enrolments(String email) {
		return jdbc.sql("select count(*) from learning_enrolment where citizen_id = :c").param("c", userId(email))
			.query(Integer.class).single();
	}

	int attempts(String email) {
		return jdbc.sql("select count(*) from learning_quiz_attempt a join learning_enrolment e on e.id = a.enrolment_id where e.citizen_id = :c")
			.param("c", userId(email)).query(Integer.class).single();
	}

	long tenantOf(long userId) {
		return jdbc.sql("select tenant_id from identity_user where id = :id").param("id", userId).query(Long.class).single();
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * Posts the quiz with fields that may repeat (ticked checkboxes share a name), which {@link HttpSession#post}
	 * cannot: the session cookie and the CSRF token come from the citizen's session.
	 */
	HttpResponse<String> postQuiz(HttpSession citizen, List<String[]> fields) {
		Matcher csrf = CSRF.matcher(citizen.get("/learning/" + COURSE + "/quiz").body());
		assertThat(csrf.find()).isTrue();
		List<String[]> all = new ArrayList<>(fields);
		all.add(new String[] { "_csrf", csrf.group(1) });
		String body = all.stream()
			.map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/learning/" + COURSE + "/quiz"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "INCLUSIO_SESSION=" + citizen.cookie("INCLUSIO_SESSION") + "; INCLUSIO_LANG=en")
			.POST(HttpRequest.BodyPublishers.ofString(body))
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
}
