package org.inclusio.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads courses in one language (English where a text has no translation). A course is visible to a citizen when it
 * is shared starter content or their municipality's own, and has a published version.
 */
@Repository
class Courses {

	private final JdbcClient jdbc;

	Courses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A course as its catalogue entry shows it, with how far the citizen got. */
	record Entry(String slug, Category category, LocalText title, LocalText summary, int minutes, int lessons,
			int lessonsDone, boolean started, boolean quizPassed, boolean completed) {

		public boolean fallback() {
			return LocalText.anyFallback(title, summary);
		}
	}

	/** The course itself; the version is the one the citizen started, else the current one. */
	record Course(long id, String slug, Category category, long versionId, LocalText title, LocalText summary,
			int minutes, int passPercent, List<LessonTitle> lessons) {

		boolean fallback() {
			return LocalText.anyFallback(title, summary)
					|| lessons.stream().anyMatch(lesson -> lesson.title().fallback());
		}

		Optional<LessonTitle> lesson(String slug) {
			return lessons.stream().filter(lesson -> lesson.slug().equals(slug)).findFirst();
		}
	}

	record LessonTitle(long id, String slug, int position, LocalText title) {
	}

	record Lesson(long id, String slug, int position, LocalText title, LocalText body, String imageSrc,
			LocalText imageAlt, String videoUrl, LocalText transcript) {

		boolean fallback() {
			return LocalText.anyFallback(title, body, imageAlt, transcript);
		}
	}

	record Question(long id, int position, boolean multiple, LocalText text, List<Answer> answers) {

		Optional<Answer> answer(long answerId) {
			return answers.stream().filter(answer -> answer.id() == answerId).findFirst();
		}
	}

	record Answer(long id, int position, boolean correct, LocalText text, LocalText feedback) {
	}

	/** Two columns for a jsonb text: the text in the language or English, and whether it is in the language. */
	private static String text(String column) {
		return "coalesce(" + column + "->>:lang, " + column + "->>'en'), jsonb_exists(" + column + ", :lang)";
	}

	private static LocalText text(ResultSet rs, int column) throws SQLException {
		String text = rs.getString(column);
		return text == null ? null : new LocalText(text, !rs.getBoolean(column + 1));
	}

	List<Entry> catalogue(long tenantId, long citizenId, String language) {
		return jdbc.sql("""
				select c.slug, c.category, %s, %s, v.minutes,
				       (select count(*) from learning_lesson l where l.version_id = v.id),
				       (select count(*) from learning_lesson_done d where d.enrolment_id = e.id),
				       e.id is not null,
				       exists (select 1 from learning_quiz_attempt a where a.enrolment_id = e.id and a.passed),
				       e.completed_at is not null
				from learning_course c
				left join learning_enrolment e on e.course_id = c.id and e.citizen_id = :citizen and e.tenant_id = :tenant
				join learning_course_version v on v.id = coalesce(e.version_id, c.current_version_id)
				where (c.tenant_id is null or c.tenant_id = :tenant) and c.current_version_id is not null
				order by c.category, c.position, c.slug
				""".formatted(text("v.title"), text("v.summary")))
			.param("lang", language)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query((rs, n) -> new Entry(rs.getString(1), Category.valueOf(rs.getString(2)), text(rs, 3), text(rs, 5),
					rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12)))
			.list();
	}

	/** The course with this slug in the version given, or in its current version when none is given. */
	Optional<Course> course(long tenantId, String slug, Long versionId, String language) {
		record Head(long id, Category category, long versionId, LocalText title, LocalText summary, int minutes,
				int passPercent) {
		}
		Optional<Head> head = jdbc.sql("""
				select c.id, c.category, v.id, %s, %s, v.minutes, v.pass_percent
				from learning_course c
				join learning_course_version v on v.course_id = c.id and v.id = coalesce(cast(:version as bigint), c.current_version_id)
				where c.slug = :slug and (c.tenant_id is null or c.tenant_id = :tenant) and c.current_version_id is not null
				""".formatted(text("v.title"), text("v.summary")))
			.param("lang", language)
			.param("version", versionId)
			.param("slug", slug)
			.param("tenant", tenantId)
			.query((rs, n) -> new Head(rs.getLong(1), Category.valueOf(rs.getString(2)), rs.getLong(3), text(rs, 4),
					text(rs, 6), rs.getInt(8), rs.getInt(9)))
			.optional();
		return head.map(h -> new Course(h.id(), slug, h.category(), h.versionId(), h.title(), h.summary(),
				h.minutes(), h.passPercent(), lessons(h.versionId(), language)));
	}

	/** A course a citizen may see, with its current version. */
	record Visible(long id, long currentVersionId) {
	}

	/** The course a citizen may see by this slug, and its current version. */
	Optional<Visible> visible(long tenantId, String slug) {
		return jdbc.sql("""
				select id, current_version_id from learning_course
				where slug = :slug and (tenant_id is null or tenant_id = :tenant) and current_version_id is not null
				""")
			.param("slug", slug)
			.param("tenant", tenantId)
			.query((rs, n) -> new Visible(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	/** A version of a course, or empty when the version is not the course's; {@code draft}: it may still change. */
	record Version(Course course, boolean draft) {
	}

	Optional<Version> version(long courseId, String slug, long versionId, String language) {
		return jdbc.sql("""
				select c.category, %s, %s, v.minutes, v.pass_percent, v.status = 'DRAFT'
				from learning_course c join learning_course_version v on v.course_id = c.id
				where c.id = :course and v.id = :version
				""".formatted(text("v.title"), text("v.summary")))
			.param("lang", language)
			.param("course", courseId)
			.param("version", versionId)
			.query((rs, n) -> new Version(new Course(courseId, slug, Category.valueOf(rs.getString(1)), versionId,
					text(rs, 2), text(rs, 4), rs.getInt(6), rs.getInt(7), List.of()), rs.getBoolean(8)))
			.optional()
			.map(v -> new Version(new Course(courseId, slug, v.course().category(), versionId, v.course().title(),
					v.course().summary(), v.course().minutes(), v.course().passPercent(), lessons(versionId, language)),
					v.draft()));
	}

	/** The id of the course a citizen may see, by slug. */
	Optional<Long> courseId(long tenantId, String slug) {
		return jdbc.sql("""
				select id from learning_course
				where slug = :slug and (tenant_id is null or tenant_id = :tenant) and current_version_id is not null
				""")
			.param("slug", slug)
			.param("tenant", tenantId)
			.query(Long.class)
			.optional();
	}

	/** Whether a version is a published (or since replaced) version of the course, so it may be started. */
	boolean isStartable(long courseId, long versionId) {
		return jdbc.sql("select count(*) from learning_course_version where id = :version and course_id = :course and status <> 'DRAFT'")
			.param("version", versionId)
			.param("course", courseId)
			.query(Integer.class)
			.single() == 1;
	}

	/** The version a lesson belongs to. */
	Optional<Long> versionOfLesson(long lessonId) {
		return jdbc.sql("select version_id from learning_lesson where id = :id")
			.param("id", lessonId)
			.query(Long.class)
			.optional();
	}

	private List<LessonTitle> lessons(long versionId, String language) {
		return jdbc.sql("select id, slug, position, %s from learning_lesson where version_id = :version order by position"
			.formatted(text("title")))
			.param("lang", language)
			.param("version", versionId)
			.query((rs, n) -> new LessonTitle(rs.getLong(1), rs.getString(2), rs.getInt(3), text(rs, 4)))
			.list();
	}

	Optional<Lesson> lesson(long versionId, String slug, String language) {
		return jdbc.sql("""
				select id, slug, position, %s, %s, image_src, %s, video_url, %s
				from learning_lesson where version_id = :version and slug = :slug
				""".formatted(text("title"), text("body"), text("image_alt"), text("video_transcript")))
			.param("lang", language)
			.param("version", versionId)
			.param("slug", slug)
			.query((rs, n) -> new Lesson(rs.getLong(1), rs.getString(2), rs.getInt(3), text(rs, 4), text(rs, 6),
					rs.getString(8), text(rs, 9), rs.getString(11), text(rs, 12)))
			.optional();
	}

	List<Question> quiz(long versionId, String language) {
		record Row(long questionId, int questionPosition, boolean multiple, LocalText question, Answer answer) {
		}
		List<Row> rows = jdbc.sql("""
				select q.id, q.position, q.multiple, %s, a.id, a.position, a.correct, %s, %s
				from learning_question q join learning_answer a on a.question_id = q.id
				where q.version_id = :version
				order by q.position, a.position
				""".formatted(text("q.text"), text("a.text"), text("a.feedback")))
			.param("lang", language)
			.param("version", versionId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), text(rs, 4),
					new Answer(rs.getLong(6), rs.getInt(7), rs.getBoolean(8), text(rs, 9), text(rs, 11))))
			.list();
		List<Question> questions = new java.util.ArrayList<>();
		for (Row row : rows) {
			if (questions.isEmpty() || questions.getLast().id() != row.questionId()) {
				questions.add(new Question(row.questionId(), row.questionPosition(), row.multiple(), row.question(),
						new java.util.ArrayList<>()));
			}
			questions.getLast().answers().add(row.answer());
		}
		return questions.stream()
			.map(q -> new Question(q.id(), q.position(), q.multiple(), q.text(), List.copyOf(q.answers())))
			.toList();
	}
}
