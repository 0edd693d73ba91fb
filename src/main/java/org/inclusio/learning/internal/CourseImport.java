package org.inclusio.learning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the course files into the database at start-up: a new course, a new version of a course whose content
 * changed (learners keep the version they started), nothing at all for an unchanged file. A file is checked
 * completely first and stored in one transaction, so a course is never half imported; a file with a mistake is
 * skipped with one log line saying what and where.
 *
 * <p>Many nodes may start at once: each course is imported under a PostgreSQL advisory lock on its slug, held until
 * its transaction ends, so the second node waits and then finds the content already there.
 */
@Component
@Order(20)
class CourseImport implements ApplicationRunner {

	/** The first key of the two-key advisory lock ("LRNG"); the second is the slug's hash. */
	static final int LOCK_KEY = 0x4c524e47;

	private static final Logger log = LoggerFactory.getLogger(CourseImport.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String location;

	CourseImport(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${inclusio.learning.course-files:classpath*:learning/courses/*.yml}") String location) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.location = location;
	}

	/** What happened to one file. */
	enum Outcome {
		CREATED, NEW_VERSION, UNCHANGED, SKIPPED
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Map<String, Outcome> outcomes = importFiles(
				List.of(new PathMatchingResourcePatternResolver().getResources(location)));
		log.info("Course files: {}", outcomes.isEmpty() ? "none found at " + location : outcomes);
	}

	/** Imports the files; returns what happened to each, by file name. */
	Map<String, Outcome> importFiles(List<Resource> files) {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		Map<String, CourseFile> courses = new LinkedHashMap<>();
		Map<String, String> fileOfSlug = new LinkedHashMap<>();
		List<String> duplicated = new ArrayList<>();
		for (Resource file : files) {
			String name = file.getFilename();
			try (InputStream in = file.getInputStream()) {
				CourseFile course = CourseFile.read(in.readAllBytes());
				String other = fileOfSlug.putIfAbsent(course.slug(), name);
				if (other != null) {
					log.warn("Course files {} and {} both have slug \"{}\": neither is imported", other, name,
							course.slug());
					duplicated.add(course.slug());
					outcomes.put(name, Outcome.SKIPPED);
					outcomes.put(other, Outcome.SKIPPED);
					continue;
				}
				courses.put(name, course);
			}
			catch (CourseFileException ex) {
				log.warn("Course file {} skipped: {}", name, ex.getMessage());
				outcomes.put(name, Outcome.SKIPPED);
			}
			catch (IOException ex) {
				log.warn("Course file {} skipped: cannot be read ({})", name, ex.getMessage());
				outcomes.put(name, Outcome.SKIPPED);
			}
		}
		courses.forEach((name, course) -> {
			if (duplicated.contains(course.slug())) {
				return;
			}
			warnAboutMissingImages(name, course);
			try {
				outcomes.put(name, transactions.execute(status -> store(course)));
			}
			catch (DataAccessException ex) {
				log.error("Course file {} skipped: the database refused it", name, ex);
				outcomes.put(name, Outcome.SKIPPED);
			}
		});
		return outcomes;
	}

	private Outcome store(CourseFile file) {
		jdbc.sql("select pg_advisory_xact_lock(:key, hashtext(:slug))")
			.param("key", LOCK_KEY)
			.param("slug", file.slug())
			.query(rs -> {
			});
		record Existing(long id, Long currentVersion, String hash, String category, int position) {
		}
		Optional<Existing> existing = jdbc.sql("""
				select c.id, c.current_version_id, v.content_hash, c.category, c.position from learning_course c
				left join learning_course_version v on v.id = c.current_version_id
				where c.tenant_id is null and c.slug = :slug
				""")
			.param("slug", file.slug())
			.query((rs, n) -> new Existing(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getInt(5)))
			.optional();
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (existing.isPresent() && file.category().name().equals(existing.get().category())
				&& file.position() == existing.get().position() && file.contentHash().equals(existing.get().hash())) {
			return Outcome.UNCHANGED;
		}
		long courseId;
		if (existing.isEmpty()) {
			courseId = jdbc.sql("""
					insert into learning_course (tenant_id, slug, category, position, source, created_at)
					values (null, :slug, :category, :position, 'FILE', :now) returning id
					""")
				.param("slug", file.slug())
				.param("category", file.category().name())
				.param("position", file.position())
				.param("now", now)
				.query(Long.class)
				.single();
		}
		else {
			courseId = existing.get().id();
			jdbc.sql("update learning_course set category = :category, position = :position where id = :id")
				.param("category", file.category().name())
				.param("position", file.position())
				.param("id", courseId)
				.update();
			if (file.contentHash().equals(existing.get().hash())) {
				return Outcome.UNCHANGED; // only its place in the catalogue changed
			}
		}
		long versionId = insertVersion(courseId, file, now);
		jdbc.sql("update learning_course_version set status = 'RETIRED' where course_id = :course and status = 'PUBLISHED' and id <> :version")
			.param("course", courseId)
			.param("version", versionId)
			.update();
		jdbc.sql("update learning_course set current_version_id = :version where id = :id")
			.param("version", versionId)
			.param("id", courseId)
			.update();
		return existing.isEmpty() ? Outcome.CREATED : Outcome.NEW_VERSION;
	}

	private long insertVersion(long courseId, CourseFile file, OffsetDateTime now) {
		long versionId = jdbc.sql("""
				insert into learning_course_version (course_id, number, status, content_hash, title, summary, minutes,
				  pass_percent, created_at, published_at)
				values (:course, (select coalesce(max(number), 0) + 1 from learning_course_version where course_id = :course),
				  'PUBLISHED', :hash, cast(:title as jsonb), cast(:summary as jsonb), :minutes, :pass, :now, :now)
				returning id
				""")
			.param("course", courseId)
			.param("hash", file.contentHash())
			.param("title", file.title().toJson())
			.param("summary", file.summary().toJson())
			.param("minutes", file.minutes())
			.param("pass", file.passPercent())
			.param("now", now)
			.query(Long.class)
			.single();
		int position = 0;
		for (CourseFile.Lesson lesson : file.lessons()) {
			jdbc.sql("""
					insert into learning_lesson (version_id, slug, position, title, body, image_src, image_alt, video_url,
					  video_transcript)
					values (:version, :slug, :position, cast(:title as jsonb), cast(:body as jsonb), :imageSrc,
					  cast(:imageAlt as jsonb), :videoUrl, cast(:transcript as jsonb))
					""")
				.param("version", versionId)
				.param("slug", lesson.slug())
				.param("position", ++position)
				.param("title", lesson.title().toJson())
				.param("body", lesson.body().toJson())
				.param("imageSrc", lesson.image() == null ? null : lesson.image().src())
				.param("imageAlt", lesson.image() == null ? null : lesson.image().alt().toJson())
				.param("videoUrl", lesson.video() == null ? null : lesson.video().url())
				.param("transcript", lesson.video() == null ? null : lesson.video().transcript().toJson())
				.update();
		}
		int questionPosition = 0;
		for (CourseFile.Question question : file.questions()) {
			long questionId = jdbc.sql("""
					insert into learning_question (version_id, position, multiple, text)
					values (:version, :position, :multiple, cast(:text as jsonb)) returning id
					""")
				.param("version", versionId)
				.param("position", ++questionPosition)
				.param("multiple", question.multiple())
				.param("text", question.text().toJson())
				.query(Long.class)
				.single();
			int answerPosition = 0;
			for (CourseFile.Answer answer : question.answers()) {
				jdbc.sql("""
						insert into learning_answer (question_id, position, correct, text, feedback)
						values (:question, :position, :correct, cast(:text as jsonb), cast(:feedback as jsonb))
						""")
					.param("question", questionId)
					.param("position", ++answerPosition)
					.param("correct", answer.correct())
					.param("text", answer.text().toJson())
					.param("feedback", answer.feedback().toJson())
					.update();
			}
		}
		return versionId;
	}

	/** A missing picture is not worth refusing a course for: its alt text still says what it shows. */
	private static void warnAboutMissingImages(String name, CourseFile course) {
		for (CourseFile.Lesson lesson : course.lessons()) {
			if (lesson.image() != null && !new ClassPathResource("static" + lesson.image().src()).exists()) {
				log.warn("Course file {}: lesson {} shows {}, which is not in static/images/learning", name,
						lesson.slug(), lesson.image().src());
			}
		}
	}
}
