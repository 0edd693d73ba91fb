package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/** Course files come into the database once, as new versions when they change, and never half. */
class LearningImportTest extends WebTest {

	/** A small valid course; tests change pieces of it. */
	static final String COURSE = """
			slug: SLUG
			category: DIGITAL
			position: 5
			minutes: 5
			title: { en: "Import test", bg: "Тест за внасяне" }
			summary: { en: "A course for the import test." }
			lessons:
			  - { slug: one, title: { en: "Lesson one" }, body: { en: "Text one" } }
			  - { slug: two, title: { en: "Lesson two" }, body: { en: "Text two" } }
			  - { slug: three, title: { en: "Lesson three" }, body: { en: "Text three" } }
			quiz:
			  questions:
			    - { text: { en: "Q1" }, answers: [ { text: { en: "A" }, correct: true, feedback: { en: "ok" } }, { text: { en: "B" }, feedback: { en: "no" } } ] }
			    - { text: { en: "Q2" }, answers: [ { text: { en: "A" }, correct: true, feedback: { en: "ok" } }, { text: { en: "B" }, feedback: { en: "no" } } ] }
			    - { text: { en: "Q3" }, answers: [ { text: { en: "A" }, correct: true, feedback: { en: "ok" } }, { text: { en: "B" }, feedback: { en: "no" } } ] }
			    - { text: { en: "Q4" }, answers: [ { text: { en: "A" }, correct: true, feedback: { en: "ok" } }, { text: { en: "B" }, feedback: { en: "no" } } ] }
			""";

	@Autowired
	CourseImport importer;

	static Resource file(String name, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	static String course(String slug) {
		return COURSE.replace("SLUG", slug);
	}

	int versions(String slug) {
		return jdbc.sql("select count(*) from learning_course_version v join learning_course c on c.id = v.course_id where c.slug = :s")
			.param("s", slug).query(Integer.class).single();
	}

	/** The course row's and its versions' transaction ids: they change with any write. */
	List<String> rowVersions(String slug) {
		return jdbc.sql("""
				select c.xmin::text || '/' || v.xmin::text from learning_course c join learning_course_version v on v.course_id = c.id
				where c.slug = :s order by v.id
				""").param("s", slug).query(String.class).list();
	}

	@Test
	void aNewFileIsACourseAnUnchangedOneWritesNothingAndAChangedOneIsANewVersion() {
		String slug = "import-versions";
		assertThat(importer.importFiles(List.of(file("a.yml", course(slug))))).containsEntry("a.yml", CourseImport.Outcome.CREATED);
		assertThat(versions(slug)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from learning_lesson l join learning_course c on c.current_version_id = l.version_id where c.slug = :s
				""").param("s", slug).query(Integer.class).single()).isEqualTo(3);
		List<String> before = rowVersions(slug);

		// the same content again, with other comments and layout: nothing written
		String reformatted = "# a comment\n" + course(slug).replace("minutes: 5", "minutes:   5   # about");
		assertThat(importer.importFiles(List.of(file("a.yml", reformatted)))).containsEntry("a.yml", CourseImport.Outcome.UNCHANGED);
		assertThat(rowVersions(slug)).isEqualTo(before);

		// a learner starts version 1
		HttpSession citizen = newCitizen("learning.import.one@example.org");
		long v1 = jdbc.sql("select current_version_id from learning_course where slug = :s").param("s", slug).query(Long.class).single();
		long lessonOne = jdbc.sql("select id from learning_lesson where version_id = :v and slug = 'one'").param("v", v1).query(Long.class).single();
		var done = citizen.submit("/learning/" + slug + "/lessons/one", "/learning/" + slug + "/lessons/done",
				Map.of("lesson", String.valueOf(lessonOne)));
		assertThat(done.headers().firstValue("Location")).hasValue("/learning/" + slug + "/lessons/two");

		// the file changes: a new version for new learners; the learner keeps version 1
		String changed = course(slug).replace("Lesson two", "Lesson two, rewritten");
		assertThat(importer.importFiles(List.of(file("a.yml", changed)))).containsEntry("a.yml", CourseImport.Outcome.NEW_VERSION);
		assertThat(versions(slug)).isEqualTo(2);
		assertThat(jdbc.sql("select status from learning_course_version where id = :v").param("v", v1).query(String.class).single())
			.isEqualTo("RETIRED");
		assertThat(citizen.get("/learning/" + slug + "?lang=en").body()).contains("Lesson two<").doesNotContain("rewritten")
			.contains("1 of 3 lessons done");
		assertThat(newCitizen("learning.import.two@example.org").get("/learning/" + slug + "?lang=en").body())
			.contains("Lesson two, rewritten");

		// only the place in the catalogue changes: no new version
		assertThat(importer.importFiles(List.of(file("a.yml", changed.replace("position: 5", "position: 6")))))
			.containsEntry("a.yml", CourseImport.Outcome.UNCHANGED);
		assertThat(versions(slug)).isEqualTo(2);
		assertThat(jdbc.sql("select position from learning_course where slug = :s").param("s", slug).query(Integer.class).single())
			.isEqualTo(6);
	}

	@Test
	void aFileWithAMistakeIsSkippedWholeAndTheOthersAreImported() {
		Map<String, String> broken = Map.of(
				"no-english.yml", course("import-no-english").replace("title: { en: \"Import test\", bg: \"Тест за внасяне\" }", "title: { bg: \"Тест\" }"),
				"no-correct.yml", course("import-no-correct").replace("- { text: { en: \"Q3\" }, answers: [ { text: { en: \"A\" }, correct: true,", "- { text: { en: \"Q3\" }, answers: [ { text: { en: \"A\" }, correct: false,"),
				"two-right.yml", course("import-two-right").replace("{ text: { en: \"B\" }, feedback: { en: \"no\" } } ] }\n    - { text: { en: \"Q2\" }", "{ text: { en: \"B\" }, correct: true, feedback: { en: \"no\" } } ] }\n    - { text: { en: \"Q2\" }"),
				"same-lesson.yml", course("import-same-lesson").replace("slug: two,", "slug: one,"),
				"bad-category.yml", course("import-bad-category").replace("category: DIGITAL", "category: COOKING"),
				"unknown-field.yml", course("import-unknown-field").replace("minutes: 5", "minutes: 5\nlesons: []"),
				"last-lesson-missing-en.yml", course("import-lesson-no-en").replace("body: { en: \"Text three\" }", "body: { bg: \"Текст\" }"),
				"bad-video.yml", course("import-bad-video").replace("body: { en: \"Text one\" }", "body: { en: \"Text one\" }, video: { url: \"javascript:alert(1)\", transcript: { en: \"x\" } }"),
				"not-yaml.yml", "slug: [unclosed");
		List<Resource> files = new ArrayList<>();
		broken.forEach((name, content) -> files.add(file(name, content)));
		files.add(file("twin-1.yml", course("import-twin")));
		files.add(file("twin-2.yml", course("import-twin").replace("Lesson one", "Another lesson one")));
		files.add(file("fine.yml", course("import-fine")));

		Map<String, CourseImport.Outcome> outcomes = importer.importFiles(files);

		assertThat(outcomes).containsEntry("fine.yml", CourseImport.Outcome.CREATED);
		for (String name : broken.keySet()) {
			assertThat(outcomes).as(name).containsEntry(name, CourseImport.Outcome.SKIPPED);
		}
		assertThat(outcomes).containsEntry("twin-1.yml", CourseImport.Outcome.SKIPPED).containsEntry("twin-2.yml", CourseImport.Outcome.SKIPPED);
		assertThat(jdbc.sql("select slug from learning_course where slug like 'import-%' and slug not in ('import-versions', 'import-fine', 'import-together')")
			.query(String.class).list()).isEmpty();
		assertThat(jdbc.sql("select count(*) from learning_lesson l join learning_course_version v on v.id = l.version_id join learning_course c on c.id = v.course_id where c.slug like 'import-%' and c.slug not in ('import-versions', 'import-fine', 'import-together')")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void thePartsOfAMistakeAreNamed() {
		assertThat(problem(course("x").replace("title: { en: \"Import test\", bg: \"Тест за внасяне\" }", "title: { bg: \"Тест\" }")))
			.isEqualTo("title: no English (en) text");
		assertThat(problem(course("x").replace("{ text: { en: \"Q3\" }, answers: [ { text: { en: \"A\" }, correct: true,", "{ text: { en: \"Q3\" }, answers: [ { text: { en: \"A\" },")))
			.isEqualTo("quiz.questions[3]: no answer is marked correct: true");
		assertThat(problem(course("x").replace("slug: two,", "slug: one,"))).isEqualTo("lessons[2].slug: \"one\" is used by another lesson");
		assertThat(problem(course("x").replace("category: DIGITAL", "category: COOKING")))
			.isEqualTo("category: \"COOKING\" is not a category (DIGITAL or MONEY)");
		assertThat(problem(course("x").replace("title: { en: \"Import test\", bg: \"Тест за внасяне\" }", "title: { en: \"Import test\", de: \"Test\" }")))
			.isEqualTo("title: unknown language \"de\" (bg, lv or en)");
	}

	private static String problem(String content) {
		try {
			CourseFile.read(content.getBytes(StandardCharsets.UTF_8));
			return "no problem";
		}
		catch (CourseFileException ex) {
			return ex.getMessage();
		}
	}

	@Test
	void nodesStartingTogetherImportACourseOnce() throws Exception {
		String slug = "import-together";
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Map<String, CourseImport.Outcome>>> starts = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				starts.add(() -> importer.importFiles(List.of(file("together.yml", course(slug)))));
			}
			List<CourseImport.Outcome> outcomes = new ArrayList<>();
			for (Future<Map<String, CourseImport.Outcome>> result : nodes.invokeAll(starts)) {
				outcomes.add(result.get().get("together.yml"));
			}
			assertThat(outcomes).containsOnlyOnce(CourseImport.Outcome.CREATED).doesNotContain(CourseImport.Outcome.SKIPPED);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(versions(slug)).isEqualTo(1);
	}

	@Test
	void theTestCourseFilesOnTheClassPathWereImportedAtStartUp() {
		assertThat(jdbc.sql("select slug from learning_course where slug like 'test-%' order by slug").query(String.class).list())
			.contains("test-budget", "test-passwords");
	}

	HttpSession newCitizen(String email) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Test Learner", "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		return browser;
	}
}
