package org.inclusio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Course authoring over HTTP: a facilitator creates a course, writes its draft, previews and publishes it; residents
 * of the same municipality get it, those who started an older version keep it; bad input is refused with the input
 * kept; residents and other municipalities' staff cannot reach it.
 */
class LearningManageTest extends WebTest {

	static final String FACILITATOR = "facilitator@sofia.inclusio.eu";

	static final String OTHER_ADMIN = "admin@tvarditsa.inclusio.eu";

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	@AfterEach
	void restoreDemoLanguages() {
		jdbc.sql("update identity_user set preferred_language = 'lv' where email = :e").param("e", FACILITATOR).update();
		jdbc.sql("update identity_user set preferred_language = 'bg' where email = :e").param("e", OTHER_ADMIN).update();
	}

	@Test
	void aFacilitatorCreatesPreviewsAndPublishesACourseThatResidentsThenSee() {
		HttpSession author = author(FACILITATOR);
		assertThat(author.get("/learning/manage").body()).contains("href=\"/learning/manage\"")
			.contains("Starter courses for every municipality").contains("Test: strong passwords");
		String slug = "bills-" + UNIQUE.incrementAndGet();
		// a title of its own: the browser test publishes a "Paying bills" course in the same municipality
		String title = "Paying bills " + slug;
		long course = create(author, slug, title);
		String base = "/learning/manage/" + course;
		assertThat(author.get(base).body()).contains("<h1>" + title + "</h1>").contains("Draft: version 1")
			.contains("Residents do not see this course until you publish it.");

		var details = author.submit(base + "/details", base + "/details", fields("title.en", title,
				"title.bg", "Плащане на сметки", "summary.en", "Which bills to pay first.", "minutes", "15",
				"passPercent", "50"));
		assertThat(details.statusCode()).as(details.body()).isEqualTo(302);

		// not publishable yet: each missing part named, with a link to where it is added
		var early = publish(author, course);
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("The course cannot be published yet").contains("Add at least one lesson")
			.contains("href=\"" + base + "/lessons/new\"").contains("Add at least one question to the quiz");
		assertThat(currentVersion(course)).isNull();

		var lesson = author.submit(base + "/lessons/new", base + "/lessons/new", fields("title.en", "Rent first",
				"body.en", "# Pay on time\n\nA [bad](javascript:alert) link and [the guide](https://example.org/guide).\n\n<script>alert('x')</script>",
				"imageUrl", "/images/learning/test-lock.svg", "imageAlt.en", "A padlock"));
		assertThat(lesson.statusCode()).as(lesson.body()).isEqualTo(302);
		long question = addQuestion(author, course, "Which bill comes first?");
		addAnswer(author, course, question, "Rent", true);
		var onlyOne = publish(author, course);
		assertThat(onlyOne.body()).contains("Give question 1 at least two answers");
		addAnswer(author, course, question, "A streaming service", false);

		// the preview: the learner's page, the Markdown made safe, and a note saying so
		long lessonId = jdbc.sql("select l.id from learning_lesson l join learning_course_version v on v.id = l.version_id where v.course_id = :c")
			.param("c", course).query(Long.class).single();
		String preview = author.get(base + "/preview/lessons/" + lessonId + "?lang=en").body();
		assertThat(preview).contains("Preview of the draft").contains("raw HTML in a text is shown as text")
			.contains("<h1>Rent first</h1>").contains("<h2>Pay on time</h2>").contains("&lt;script&gt;")
			.doesNotContain("<script>alert").doesNotContain("javascript:").contains("A bad link and")
			.contains("href=\"https://example.org/guide\">the guide</a>").contains("alt=\"A padlock\"");
		String bulgarianPreview = author.get(base + "/preview?lang=bg").body();
		assertThat(bulgarianPreview).contains("<h1>Плащане на сметки</h1>")
			.contains("Части от този курс още не са преведени на български");
		String quiz = author.get(base + "/preview/quiz?lang=en").body();
		assertThat(quiz).contains("Which bill comes first?").contains("Choose one answer.");
		long rent = answer(question, "Rent");
		var marked = author.submit(base + "/preview/quiz", base + "/preview/quiz", Map.of("q" + question, String.valueOf(rent)));
		assertThat(marked.body()).contains("You got 1 of 1 questions right.").contains("Feedback on Rent");

		HttpSession resident = resident("sofia");
		assertThat(resident.get("/learning?lang=en").body()).doesNotContain(title);
		assertThat(resident.get("/learning/" + slug).statusCode()).isEqualTo(404);

		var published = publish(author, course);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
		assertThat(author.get(base + "?lang=en").body()).contains("Published: version 1")
			.contains("Published. Residents who start the course from now on get version 1.")
			.contains("Edit the course (make a new draft)");
		assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'PUBLISH' and subject_type = 'learning-course' and subject_id = :id")
			.param("id", String.valueOf(course)).query(Integer.class).single()).isEqualTo(1);

		assertThat(resident.get("/learning?lang=en").body()).contains(title).contains("Which bills to pay first.");
		assertThat(resident.get("/learning/" + slug + "/lessons/rent-first").body()).contains("<h1>Rent first</h1>");
		assertThat(resident("tvarditsa").get("/learning?lang=en").body()).as("another municipality").doesNotContain(title);
	}

	@Test
	void aResidentWhoStartedVersionOneKeepsItAfterVersionTwoIsPublished() {
		HttpSession author = author(FACILITATOR);
		String slug = "versions-" + UNIQUE.incrementAndGet();
		long course = publishedCourse(author, slug, "Lesson one");
		long v1 = currentVersion(course);

		HttpSession early = resident("sofia");
		long v1Lesson = lessonOf(v1);
		var done = early.submit("/learning/" + slug + "/lessons/lesson-one", "/learning/" + slug + "/lessons/done",
				Map.of("lesson", String.valueOf(v1Lesson)));
		assertThat(done.statusCode()).isEqualTo(302);

		// "Edit" makes a new draft; the published version is not touched
		String base = "/learning/manage/" + course;
		author.submit(base, base + "/draft", Map.of());
		long v2 = jdbc.sql("select id from learning_course_version where course_id = :c and status = 'DRAFT'").param("c", course)
			.query(Long.class).single();
		long v2Lesson = lessonOf(v2);
		assertThat(v2Lesson).isNotEqualTo(v1Lesson);
		var edited = author.submit(base + "/lessons/" + v2Lesson, base + "/lessons/" + v2Lesson,
				fields("title.en", "Lesson one, new", "body.en", "New text."));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
		assertThat(early.get("/learning/" + slug + "/lessons/lesson-one?lang=en").body()).contains("<h1>Lesson one</h1>");

		// a form still showing the published version's lesson changes nothing
		var stale = author.submit(base + "/lessons/" + v2Lesson, base + "/lessons/" + v1Lesson,
				fields("title.en", "Changed in place", "body.en", "No."));
		assertThat(stale.headers().firstValue("Location")).hasValue(base + "/not-a-draft");
		var explained = author.get(base + "/not-a-draft?lang=en");
		assertThat(explained.statusCode()).isEqualTo(409);
		assertThat(explained.body()).contains("This is not a draft any more").contains("Nothing was saved.");
		assertThat(jdbc.sql("select title->>'en' from learning_lesson where id = :id").param("id", v1Lesson)
			.query(String.class).single()).isEqualTo("Lesson one");

		assertThat(publish(author, course).statusCode()).isEqualTo(302);
		assertThat(currentVersion(course)).isEqualTo(v2);
		assertThat(jdbc.sql("select status from learning_course_version where id = :id").param("id", v1).query(String.class).single())
			.isEqualTo("RETIRED");

		assertThat(early.get("/learning/" + slug + "?lang=en").body()).contains("Lesson one").doesNotContain("Lesson one, new")
			.contains("1 of 1 lessons done");
		assertThat(early.get("/learning/" + slug + "/lessons/lesson-one").body()).contains("<h1>Lesson one</h1>");
		HttpSession late = resident("sofia");
		assertThat(late.get("/learning/" + slug + "/lessons/lesson-one?lang=en").body()).contains("<h1>Lesson one, new</h1>");
		assertThat(jdbc.sql("select version_id from learning_enrolment where course_id = :c").param("c", course)
			.query(Long.class).list()).containsExactly(v1);
	}

	@Test
	void badInputIsRefusedWithTheInputKeptAndNothingStored() {
		HttpSession author = author(FACILITATOR);
		var bad = author.submit("/learning/manage/new", "/learning/manage/new",
				fields("slug", "Bad Slug!", "title", "My <b>title</b>"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("There is a problem")
			.contains("href=\"#slug\">Use only small letters a to z, numbers and single dashes")
			.contains("href=\"#category\">Choose a group").contains("value=\"Bad Slug!\"")
			.contains("value=\"My &lt;b&gt;title&lt;/b&gt;\"");
		var taken = author.submit("/learning/manage/new", "/learning/manage/new",
				fields("slug", "test-passwords", "title", "Mine", "category", "DIGITAL"));
		assertThat(taken.body()).contains("Another course already has this address");
		assertThat(jdbc.sql("select count(*) from learning_course where slug in ('test-passwords') and tenant_id is not null")
			.query(Integer.class).single()).isZero();

		long course = create(author, "input-" + UNIQUE.incrementAndGet(), "Kept");
		String base = "/learning/manage/" + course;
		var lesson = author.submit(base + "/lessons/new", base + "/lessons/new", fields("title.bg", "Само на български",
				"body.en", "Some *text*", "imageUrl", "javascript:alert(1)", "videoUrl", "https://example.org/v"));
		assertThat(lesson.statusCode()).isEqualTo(200);
		assertThat(lesson.body()).contains("href=\"#title-en\">Enter the lesson title in English")
			.contains("href=\"#imageUrl\">Enter the address of a picture on this site")
			.contains("href=\"#imageAlt-en\">Say in English what the picture shows")
			.contains("href=\"#transcript-en\">Write in English what the video says")
			.contains("value=\"Само на български\"").contains(">Some *text*</textarea>")
			.contains("value=\"javascript:alert(1)\"").contains("id=\"title-en\"");
		assertThat(jdbc.sql("select count(*) from learning_lesson l join learning_course_version v on v.id = l.version_id where v.course_id = :c")
			.param("c", course).query(Integer.class).single()).isZero();

		var numbers = author.submit(base + "/details", base + "/details",
				fields("title.en", "Kept", "summary.en", "", "minutes", "abc", "passPercent", "101"));
		assertThat(numbers.body()).contains("Enter the summary in English").contains("Enter a number of minutes from 1 to 600")
			.contains("Enter a pass mark from 1 to 100").contains("value=\"abc\"").contains("value=\"101\"");
		assertThat(jdbc.sql("select minutes from learning_course_version where course_id = :c").param("c", course)
			.query(Integer.class).single()).isEqualTo(10);
	}

	@Test
	void residentsCannotAuthorCourses() {
		HttpSession resident = resident("sofia");
		assertThat(resident.get("/?lang=en").body()).doesNotContain("href=\"/learning/manage\"");
		assertThat(resident.get("/learning/manage").statusCode()).isEqualTo(403);
		assertThat(resident.get("/learning/manage/new").statusCode()).isEqualTo(403);
		assertThat(resident.submit("/learning", "/learning/manage/new", fields("slug", "mine", "title", "Mine", "category", "MONEY"))
			.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from learning_course where slug = 'mine'").query(Integer.class).single()).isZero();
		assertThat(signedIn("caseworker@sofia.inclusio.eu").get("/learning/manage").statusCode()).isEqualTo(403);
		assertThat(browser().get("/learning/manage").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void anotherMunicipalitysAdminCannotSeeOrEditTheCourse() {
		HttpSession author = author(FACILITATOR);
		String slug = "private-" + UNIQUE.incrementAndGet();
		long course = publishedCourse(author, slug, "Only for Sofia");
		author.submit("/learning/manage/" + course, "/learning/manage/" + course + "/draft", Map.of());
		long draft = jdbc.sql("select id from learning_course_version where course_id = :c and status = 'DRAFT'").param("c", course)
			.query(Long.class).single();
		long lesson = lessonOf(draft);

		HttpSession other = author(OTHER_ADMIN);
		String base = "/learning/manage/" + course;
		assertThat(other.get("/learning/manage?lang=en").body()).doesNotContain(slug).contains("Test: strong passwords");
		for (String page : new String[] { base, base + "/details", base + "/preview", base + "/preview/quiz",
				base + "/lessons/" + lesson, base + "/lessons/new" }) {
			assertThat(other.get(page).statusCode()).as(page).isEqualTo(404);
		}
		for (String action : new String[] { base + "/details", base + "/lessons/" + lesson, base + "/lessons/" + lesson + "/delete",
				base + "/publish", base + "/draft" }) {
			var refused = other.submit("/learning/manage", action, fields("title.en", "Taken over", "body.en", "x",
					"summary.en", "x", "minutes", "5", "passPercent", "50", "version", String.valueOf(draft)));
			assertThat(refused.statusCode()).as(action).isEqualTo(404);
		}
		assertThat(jdbc.sql("select title->>'en' from learning_lesson where id = :id").param("id", lesson).query(String.class).single())
			.isEqualTo("Only for Sofia");
		assertThat(currentVersion(course)).isNotEqualTo(draft);
	}

	// --- helpers

	HttpSession author(String email) {
		HttpSession author = signedIn(email);
		author.get("/?lang=en");
		return author;
	}

	long create(HttpSession author, String slug, String title) {
		var created = author.submit("/learning/manage/new", "/learning/manage/new",
				fields("slug", slug, "title", title, "category", "MONEY"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches("/learning/manage/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A course with one lesson (its title as given) and one question, published as version 1. */
	long publishedCourse(HttpSession author, String slug, String lessonTitle) {
		long course = create(author, slug, "Course " + slug);
		String base = "/learning/manage/" + course;
		author.submit(base + "/details", base + "/details", fields("title.en", "Course " + slug, "summary.en",
				"A short course.", "minutes", "5", "passPercent", "50"));
		author.submit(base + "/lessons/new", base + "/lessons/new", fields("title.en", lessonTitle, "body.en", "Text."));
		long question = addQuestion(author, course, "Yes or no?");
		addAnswer(author, course, question, "Yes", true);
		addAnswer(author, course, question, "No", false);
		var published = publish(author, course);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
		return course;
	}

	long addQuestion(HttpSession author, long course, String text) {
		String base = "/learning/manage/" + course;
		var added = author.submit(base + "/questions/new", base + "/questions/new", fields("text.en", text, "kind", "ONE"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String location = added.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	void addAnswer(HttpSession author, long course, long question, String text, boolean correct) {
		String page = "/learning/manage/" + course + "/questions/" + question + "/answers/new";
		Map<String, String> fields = fields("text.en", text, "feedback.en", "Feedback on " + text);
		if (correct) {
			fields.put("correct", "true");
		}
		var added = author.submit(page, page, fields);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	HttpResponse<String> publish(HttpSession author, long course) {
		String base = "/learning/manage/" + course;
		Long draft = jdbc.sql("select id from learning_course_version where course_id = :c and status = 'DRAFT'").param("c", course)
			.query(Long.class).optional().orElse(null);
		return author.submit(base, base + "/publish", Map.of("version", String.valueOf(draft)));
	}

	Long currentVersion(long course) {
		return jdbc.sql("select current_version_id from learning_course where id = :c").param("c", course)
			.query(Long.class).optional().orElse(null);
	}

	long lessonOf(long version) {
		return jdbc.sql("select id from learning_lesson where version_id = :v order by position limit 1").param("v", version)
			.query(Long.class).single();
	}

	long answer(long question, String english) {
		return jdbc.sql("select id from learning_answer where question_id = :q and text->>'en' = :a")
			.param("q", question).param("a", english).query(Long.class).single();
	}

	HttpSession resident(String municipality) {
		String email = "learning.manage." + UNIQUE.incrementAndGet() + "." + System.nanoTime() + "@example.org";
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Test Learner", "email", email, "password",
				"green river morning bread", "municipality", municipality, "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		browser.get("/?lang=en");
		return browser;
	}

	static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}
}
