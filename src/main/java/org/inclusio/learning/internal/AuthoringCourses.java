package org.inclusio.learning.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Courses as their authors see them: a municipality's own courses (which its staff edit) and the shared starter
 * courses (which they only read), each with its published version and its draft. Every query names the
 * municipality, so staff never reach another municipality's course. A published version is never changed: editing
 * starts a draft, a copy, and publishing it makes it the version new learners get.
 */
@Repository
class AuthoringCourses {

	static final String DRAFT_HASH = "draft";

	/** Authored courses come after the starter courses in their catalogue group. */
	static final int AUTHORED_POSITION = 1000;

	private final JdbcClient jdbc;

	AuthoringCourses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A course in the list: its title from the draft when there is one, else from the published version. */
	record Listed(long id, String slug, Category category, LocalText title, Integer publishedNumber,
			Integer draftNumber) {
	}

	/** A course and its two versions that matter: the one learners get and the one being edited. */
	record Course(long id, Long tenantId, String slug, Category category, Long currentVersionId, Long draftVersionId) {

		public boolean shared() {
			return tenantId == null;
		}

		/** What a preview shows: the draft, else what learners get now. */
		public Long previewVersionId() {
			return draftVersionId != null ? draftVersionId : currentVersionId;
		}
	}

	List<Listed> own(long tenantId, String language) {
		return list("c.tenant_id = :tenant", tenantId, language);
	}

	List<Listed> shared(String language) {
		return list("c.tenant_id is null and c.current_version_id is not null", null, language);
	}

	private List<Listed> list(String where, Long tenantId, String language) {
		return jdbc.sql("""
				select c.id, c.slug, c.category, coalesce(v.title->>:lang, v.title->>'en'), jsonb_exists(v.title, :lang),
				       p.number, d.number
				from learning_course c
				left join learning_course_version p on p.id = c.current_version_id
				left join learning_course_version d on d.course_id = c.id and d.status = 'DRAFT'
				join learning_course_version v on v.id = coalesce(d.id, p.id)
				where %s
				order by c.category, c.position, c.slug
				""".formatted(where))
			.param("lang", language)
			.param("tenant", tenantId)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), Category.valueOf(rs.getString(3)),
					new LocalText(rs.getString(4), !rs.getBoolean(5)), rs.getObject(6, Integer.class),
					rs.getObject(7, Integer.class)))
			.list();
	}

	/** A course this municipality's staff may read: their own or a shared one. */
	Optional<Course> readable(long tenantId, long courseId) {
		return find("c.id = :id and (c.tenant_id = :tenant or c.tenant_id is null)", tenantId, courseId, false);
	}

	/** The municipality's own course, to show. */
	Optional<Course> own(long tenantId, long courseId) {
		return find("c.id = :id and c.tenant_id = :tenant", tenantId, courseId, false);
	}

	/** The municipality's own course, locked until the transaction ends so that two authors change it in turn. */
	Optional<Course> lockOwn(long tenantId, long courseId) {
		return find("c.id = :id and c.tenant_id = :tenant", tenantId, courseId, true);
	}

	private Optional<Course> find(String where, long tenantId, long courseId, boolean lock) {
		return jdbc.sql("""
				select c.id, c.tenant_id, c.slug, c.category, c.current_version_id,
				       (select d.id from learning_course_version d where d.course_id = c.id and d.status = 'DRAFT')
				from learning_course c where %s %s
				""".formatted(where, lock ? "for update of c" : ""))
			.param("id", courseId)
			.param("tenant", tenantId)
			.query((rs, n) -> new Course(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					Category.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
			.optional();
	}

	/** Whether learners of this municipality would already reach a course under this slug. */
	boolean slugTaken(long tenantId, String slug) {
		return jdbc.sql("select exists (select 1 from learning_course where slug = :slug and (tenant_id = :tenant or tenant_id is null))")
			.param("slug", slug)
			.param("tenant", tenantId)
			.query(Boolean.class)
			.single();
	}

	/** A new course with its first version, a draft with the English title; returns the course id. */
	long create(long tenantId, long authorId, ManageCourseForm form, OffsetDateTime now) {
		long courseId = jdbc.sql("""
				insert into learning_course (tenant_id, slug, category, position, source, created_at)
				values (:tenant, :slug, :category, :position, 'AUTHORED', :now) returning id
				""")
			.param("tenant", tenantId)
			.param("slug", form.slug())
			.param("category", form.getCategory())
			.param("position", AUTHORED_POSITION)
			.param("now", now)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into learning_course_version (course_id, number, status, content_hash, title, summary, minutes,
				  pass_percent, created_at, created_by)
				values (:course, 1, 'DRAFT', :hash, cast(:title as jsonb), '{"en": ""}', 10, :pass, :now, :author)
				""")
			.param("course", courseId)
			.param("hash", DRAFT_HASH)
			.param("title", new Texts(java.util.Map.of("en", form.getTitle().strip())).toJson())
			.param("pass", CourseFile.DEFAULT_PASS_PERCENT)
			.param("now", now)
			.param("author", authorId)
			.update();
		return courseId;
	}

	/** A version's number and status, e.g. for the page that says it is not a draft any more. */
	record Version(long id, int number, String status) {
	}

	Optional<Version> version(long courseId, long versionId) {
		return jdbc.sql("select id, number, status from learning_course_version where id = :id and course_id = :course")
			.param("id", versionId)
			.param("course", courseId)
			.query((rs, n) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	ManageDetailsForm details(long versionId) {
		return jdbc.sql("select %s, %s, minutes, pass_percent from learning_course_version where id = :id"
			.formatted(ManageText.columns("title"), ManageText.columns("summary")))
			.param("id", versionId)
			.query((rs, n) -> {
				ManageDetailsForm form = new ManageDetailsForm();
				form.setTitle(ManageText.read(rs, 1));
				form.setSummary(ManageText.read(rs, 4));
				form.setMinutes(String.valueOf(rs.getInt(7)));
				form.setPassPercent(String.valueOf(rs.getInt(8)));
				return form;
			})
			.single();
	}

	void saveDetails(long draftId, ManageDetailsForm form) {
		jdbc.sql("""
				update learning_course_version set title = cast(:title as jsonb), summary = cast(:summary as jsonb),
				  minutes = :minutes, pass_percent = :pass
				where id = :id and status = 'DRAFT'
				""")
			.param("title", form.getTitle().toJson())
			.param("summary", form.getSummary().toJson())
			.param("minutes", form.minutesValue())
			.param("pass", form.passPercentValue())
			.param("id", draftId)
			.update();
	}

	/**
	 * A new draft, a copy of the published version with its lessons, questions and answers (new rows: the published
	 * ones stay as learners took them). Returns the draft's id.
	 */
	long copyToDraft(long courseId, long fromVersionId, long authorId, OffsetDateTime now) {
		long draftId = jdbc.sql("""
				insert into learning_course_version (course_id, number, status, content_hash, title, summary, minutes,
				  pass_percent, created_at, created_by)
				select course_id, (select max(number) + 1 from learning_course_version where course_id = :course),
				  'DRAFT', :hash, title, summary, minutes, pass_percent, :now, :author
				from learning_course_version where id = :from and course_id = :course
				returning id
				""")
			.param("course", courseId)
			.param("hash", DRAFT_HASH)
			.param("now", now)
			.param("author", authorId)
			.param("from", fromVersionId)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into learning_lesson (version_id, slug, position, title, body, image_src, image_alt, video_url,
				  video_transcript)
				select :draft, slug, position, title, body, image_src, image_alt, video_url, video_transcript
				from learning_lesson where version_id = :from
				""")
			.param("draft", draftId)
			.param("from", fromVersionId)
			.update();
		List<Long> questions = jdbc.sql("select id from learning_question where version_id = :from order by position")
			.param("from", fromVersionId)
			.query(Long.class)
			.list();
		for (long question : questions) {
			long copy = jdbc.sql("""
					insert into learning_question (version_id, position, multiple, text)
					select :draft, position, multiple, text from learning_question where id = :question returning id
					""")
				.param("draft", draftId)
				.param("question", question)
				.query(Long.class)
				.single();
			jdbc.sql("""
					insert into learning_answer (question_id, position, correct, text, feedback)
					select :copy, position, correct, text, feedback from learning_answer where question_id = :question
					""")
				.param("copy", copy)
				.param("question", question)
				.update();
		}
		return draftId;
	}

	/**
	 * The draft becomes the version new learners get; the one before is retired. Enrolments keep pointing at the
	 * version each learner started. The content hash is taken over everything a learner sees, to tell versions apart.
	 */
	void publish(long courseId, long draftId, OffsetDateTime now) {
		jdbc.sql("update learning_course_version set status = 'RETIRED' where course_id = :course and status = 'PUBLISHED'")
			.param("course", courseId)
			.update();
		jdbc.sql("""
				update learning_course_version v set status = 'PUBLISHED', published_at = :now,
				  content_hash = encode(sha256(convert_to(concat_ws('|', v.title, v.summary, v.minutes, v.pass_percent,
				    (select string_agg(concat_ws('|', l.position, l.slug, l.title, l.body, l.image_src, l.image_alt,
				       l.video_url, l.video_transcript), '#' order by l.position) from learning_lesson l where l.version_id = v.id),
				    (select string_agg(concat_ws('|', q.position, q.multiple, q.text,
				       (select string_agg(concat_ws('|', a.position, a.correct, a.text, a.feedback), '&' order by a.position)
				        from learning_answer a where a.question_id = q.id)), '#' order by q.position)
				     from learning_question q where q.version_id = v.id)), 'UTF8')), 'hex')
				where v.id = :draft and v.course_id = :course and v.status = 'DRAFT'
				""")
			.param("now", now)
			.param("draft", draftId)
			.param("course", courseId)
			.update();
		jdbc.sql("update learning_course set current_version_id = :draft where id = :course")
			.param("draft", draftId)
			.param("course", courseId)
			.update();
	}
}
