package org.inclusio.learning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lessons, quiz questions and answers of one version of a course. Only a draft's are changed; positions stay
 * 1, 2, 3… without gaps (the learner's pages count on it), so a move swaps two and a delete closes the gap.
 */
@Repository
class AuthoringContent {

	private final JdbcClient jdbc;

	AuthoringContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A lesson, question or answer found by id within a course, with the version it belongs to. */
	record Part(long id, long versionId, String status, int position, Long questionId) {

		boolean inDraft() {
			return "DRAFT".equals(status);
		}
	}

	record LessonRow(long id, String slug, int position, LocalText title, boolean hasImage, boolean hasVideo) {
	}

	record QuestionRow(long id, int position, boolean multiple, LocalText text, List<AnswerRow> answers) {
	}

	record AnswerRow(long id, int position, boolean correct, LocalText text) {
	}

	private static String text(String column) {
		return "coalesce(" + column + "->>:lang, " + column + "->>'en'), jsonb_exists(" + column + ", :lang)";
	}

	// --- lessons

	List<LessonRow> lessons(long versionId, String language) {
		return jdbc.sql("""
				select id, slug, position, %s, image_src is not null, video_url is not null
				from learning_lesson where version_id = :version order by position
				""".formatted(text("title")))
			.param("lang", language)
			.param("version", versionId)
			.query((rs, n) -> new LessonRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					new LocalText(rs.getString(4), !rs.getBoolean(5)), rs.getBoolean(6), rs.getBoolean(7)))
			.list();
	}

	Optional<Part> lesson(long courseId, long lessonId) {
		return jdbc.sql("""
				select l.id, l.version_id, v.status, l.position from learning_lesson l
				join learning_course_version v on v.id = l.version_id
				where l.id = :id and v.course_id = :course
				""")
			.param("id", lessonId)
			.param("course", courseId)
			.query((rs, n) -> new Part(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), null))
			.optional();
	}

	/**
	 * A version as the learner's pages read a course (the learner's queries find only published versions, by slug),
	 * for a preview.
	 */
	Courses.Course asLearnerSees(AuthoringCourses.Course course, long versionId, String language) {
		record Head(LocalText title, LocalText summary, int minutes, int passPercent) {
		}
		Head head = jdbc.sql("select %s, %s, minutes, pass_percent from learning_course_version where id = :version"
			.formatted(text("title"), text("summary")))
			.param("lang", language)
			.param("version", versionId)
			.query((rs, n) -> new Head(new LocalText(rs.getString(1), !rs.getBoolean(2)),
					new LocalText(rs.getString(3), !rs.getBoolean(4)), rs.getInt(5), rs.getInt(6)))
			.single();
		List<Courses.LessonTitle> lessons = lessons(versionId, language).stream()
			.map(l -> new Courses.LessonTitle(l.id(), l.slug(), l.position(), l.title()))
			.toList();
		return new Courses.Course(course.id(), course.slug(), course.category(), versionId, head.title(),
				head.summary(), head.minutes(), head.passPercent(), lessons);
	}

	ManageLessonForm lessonForm(long lessonId) {
		return jdbc.sql("select %s, %s, image_src, %s, video_url, %s from learning_lesson where id = :id".formatted(
				ManageText.columns("title"), ManageText.columns("body"), ManageText.columns("image_alt"),
				ManageText.columns("video_transcript")))
			.param("id", lessonId)
			.query((rs, n) -> {
				ManageLessonForm form = new ManageLessonForm();
				form.setTitle(ManageText.read(rs, 1));
				form.setBody(ManageText.read(rs, 4));
				form.setImageUrl(rs.getString(7));
				form.setImageAlt(ManageText.read(rs, 8));
				form.setVideoUrl(rs.getString(11));
				form.setTranscript(ManageText.read(rs, 12));
				return form;
			})
			.single();
	}

	/** Adds a lesson at the end; its slug (the learner's address for it) comes from the English title. */
	long addLesson(long draftId, ManageLessonForm form) {
		String slug = freeSlug(draftId, slugOf(form.getTitle().getEn()));
		return jdbc.sql("""
				insert into learning_lesson (version_id, slug, position, title, body, image_src, image_alt, video_url,
				  video_transcript)
				values (:version, :slug, (select coalesce(max(position), 0) + 1 from learning_lesson where version_id = :version),
				  cast(:title as jsonb), cast(:body as jsonb), :image, cast(:alt as jsonb), :video, cast(:transcript as jsonb))
				returning id
				""")
			.param("version", draftId)
			.param("slug", slug)
			.params(lessonParams(form))
			.query(Long.class)
			.single();
	}

	void saveLesson(long draftId, long lessonId, ManageLessonForm form) {
		jdbc.sql("""
				update learning_lesson set title = cast(:title as jsonb), body = cast(:body as jsonb), image_src = :image,
				  image_alt = cast(:alt as jsonb), video_url = :video, video_transcript = cast(:transcript as jsonb)
				where id = :id and version_id = :version
				""")
			.params(lessonParams(form))
			.param("id", lessonId)
			.param("version", draftId)
			.update();
	}

	private static java.util.Map<String, Object> lessonParams(ManageLessonForm form) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("title", form.getTitle().toJson());
		params.put("body", form.getBody().toJson());
		params.put("image", form.image());
		params.put("alt", form.image() == null ? null : form.getImageAlt().toJson());
		params.put("video", form.video());
		params.put("transcript", form.video() == null ? null : form.getTranscript().toJson());
		return params;
	}

	static String slugOf(String englishTitle) {
		String slug = englishTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "lesson" : slug;
	}

	private String freeSlug(long versionId, String wanted) {
		List<String> taken = jdbc.sql("select slug from learning_lesson where version_id = :version")
			.param("version", versionId)
			.query(String.class)
			.list();
		String slug = wanted;
		for (int n = 2; taken.contains(slug); n++) {
			slug = wanted + "-" + n;
		}
		return slug;
	}

	/** Swaps a lesson with the one before (-1) or after (+1); nothing happens at either end. */
	void moveLesson(long draftId, Part lesson, int direction) {
		swap("learning_lesson", "version_id", draftId, lesson.id(), lesson.position(), lesson.position() + direction);
	}

	void deleteLesson(long draftId, Part lesson) {
		jdbc.sql("delete from learning_lesson where id = :id and version_id = :version")
			.param("id", lesson.id())
			.param("version", draftId)
			.update();
		closeGap("learning_lesson", "version_id", draftId, lesson.position());
	}

	// --- questions and answers

	/** The quiz with every question, also one without answers yet (the learner's quiz shows only answered ones). */
	List<QuestionRow> questions(long versionId, String language) {
		List<QuestionRow> questions = new ArrayList<>();
		jdbc.sql("""
				select q.id, q.position, q.multiple, %s, a.id, a.position, a.correct, %s
				from learning_question q left join learning_answer a on a.question_id = q.id
				where q.version_id = :version order by q.position, a.position
				""".formatted(text("q.text"), text("a.text")))
			.param("lang", language)
			.param("version", versionId)
			.query(rs -> {
				long id = rs.getLong(1);
				if (questions.isEmpty() || questions.getLast().id() != id) {
					questions.add(new QuestionRow(id, rs.getInt(2), rs.getBoolean(3),
							new LocalText(rs.getString(4), !rs.getBoolean(5)), new ArrayList<>()));
				}
				if (rs.getObject(6) != null) {
					questions.getLast().answers().add(new AnswerRow(rs.getLong(6), rs.getInt(7), rs.getBoolean(8),
							new LocalText(rs.getString(9), !rs.getBoolean(10))));
				}
			});
		return questions;
	}

	Optional<Part> question(long courseId, long questionId) {
		return jdbc.sql("""
				select q.id, q.version_id, v.status, q.position from learning_question q
				join learning_course_version v on v.id = q.version_id
				where q.id = :id and v.course_id = :course
				""")
			.param("id", questionId)
			.param("course", courseId)
			.query((rs, n) -> new Part(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), null))
			.optional();
	}

	ManageQuestionForm questionForm(long questionId) {
		return jdbc.sql("select %s, multiple from learning_question where id = :id".formatted(ManageText.columns("text")))
			.param("id", questionId)
			.query((rs, n) -> {
				ManageQuestionForm form = new ManageQuestionForm();
				form.setText(ManageText.read(rs, 1));
				form.setKind(rs.getBoolean(4) ? "SEVERAL" : "ONE");
				return form;
			})
			.single();
	}

	long addQuestion(long draftId, ManageQuestionForm form) {
		return jdbc.sql("""
				insert into learning_question (version_id, position, multiple, text)
				values (:version, (select coalesce(max(position), 0) + 1 from learning_question where version_id = :version),
				  :multiple, cast(:text as jsonb))
				returning id
				""")
			.param("version", draftId)
			.param("multiple", form.multiple())
			.param("text", form.getText().toJson())
			.query(Long.class)
			.single();
	}

	void saveQuestion(long draftId, long questionId, ManageQuestionForm form) {
		jdbc.sql("update learning_question set multiple = :multiple, text = cast(:text as jsonb) where id = :id and version_id = :version")
			.param("multiple", form.multiple())
			.param("text", form.getText().toJson())
			.param("id", questionId)
			.param("version", draftId)
			.update();
	}

	void deleteQuestion(long draftId, Part question) {
		jdbc.sql("delete from learning_answer where question_id = :id").param("id", question.id()).update();
		jdbc.sql("delete from learning_question where id = :id and version_id = :version")
			.param("id", question.id())
			.param("version", draftId)
			.update();
		closeGap("learning_question", "version_id", draftId, question.position());
	}

	Optional<Part> answer(long courseId, long answerId) {
		return jdbc.sql("""
				select a.id, q.version_id, v.status, a.position, q.id from learning_answer a
				join learning_question q on q.id = a.question_id
				join learning_course_version v on v.id = q.version_id
				where a.id = :id and v.course_id = :course
				""")
			.param("id", answerId)
			.param("course", courseId)
			.query((rs, n) -> new Part(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5)))
			.optional();
	}

	ManageAnswerForm answerForm(long answerId) {
		return jdbc.sql("select %s, correct, %s from learning_answer where id = :id"
			.formatted(ManageText.columns("text"), ManageText.columns("feedback")))
			.param("id", answerId)
			.query((rs, n) -> {
				ManageAnswerForm form = new ManageAnswerForm();
				form.setText(ManageText.read(rs, 1));
				form.setCorrect(rs.getBoolean(4));
				form.setFeedback(ManageText.read(rs, 5));
				return form;
			})
			.single();
	}

	long addAnswer(long questionId, ManageAnswerForm form) {
		return jdbc.sql("""
				insert into learning_answer (question_id, position, correct, text, feedback)
				values (:question, (select coalesce(max(position), 0) + 1 from learning_answer where question_id = :question),
				  :correct, cast(:text as jsonb), cast(:feedback as jsonb))
				returning id
				""")
			.param("question", questionId)
			.param("correct", form.isCorrect())
			.param("text", form.getText().toJson())
			.param("feedback", form.getFeedback().toJson())
			.query(Long.class)
			.single();
	}

	void saveAnswer(long answerId, ManageAnswerForm form) {
		jdbc.sql("update learning_answer set correct = :correct, text = cast(:text as jsonb), feedback = cast(:feedback as jsonb) where id = :id")
			.param("correct", form.isCorrect())
			.param("text", form.getText().toJson())
			.param("feedback", form.getFeedback().toJson())
			.param("id", answerId)
			.update();
	}

	void deleteAnswer(Part answer) {
		jdbc.sql("delete from learning_answer where id = :id").param("id", answer.id()).update();
		closeGap("learning_answer", "question_id", answer.questionId(), answer.position());
	}

	// --- positions: the unique (parent, position) constraints are checked row by row, so go through negative ones

	private void swap(String table, String parent, long parentId, long id, int from, int to) {
		Optional<Long> other = jdbc.sql("select id from %s where %s = :parent and position = :to".formatted(table, parent))
			.param("parent", parentId)
			.param("to", to)
			.query(Long.class)
			.optional();
		if (other.isEmpty()) {
			return;
		}
		setPosition(table, id, -1);
		setPosition(table, other.get(), from);
		setPosition(table, id, to);
	}

	private void setPosition(String table, long id, int position) {
		jdbc.sql("update %s set position = :position where id = :id".formatted(table))
			.param("position", position)
			.param("id", id)
			.update();
	}

	private void closeGap(String table, String parent, long parentId, int removed) {
		jdbc.sql("update %s set position = -position where %s = :parent and position > :removed".formatted(table, parent))
			.param("parent", parentId)
			.param("removed", removed)
			.update();
		jdbc.sql("update %s set position = -position - 1 where %s = :parent and position < 0".formatted(table, parent))
			.param("parent", parentId)
			.update();
	}
}
