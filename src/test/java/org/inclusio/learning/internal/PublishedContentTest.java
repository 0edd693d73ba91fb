package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Published versions are read once and kept; drafts, which authors still change, are read every time. */
class PublishedContentTest extends WebTest {

	@Autowired
	PublishedContent content;

	@Autowired
	Courses courses;

	@Autowired
	AuthoringCourses authoring;

	@Test
	void aPublishedVersionIsKeptWithItsLessonsAsHtml() {
		Courses.Visible course = courses.visible(1, "email-safety").orElseThrow();
		Courses.Course first = content.course(course.id(), "email-safety", course.currentVersionId(), "bg").orElseThrow();
		assertThat(content.course(course.id(), "email-safety", course.currentVersionId(), "bg")).containsSame(first);
		assertThat(content.course(course.id(), "email-safety", course.currentVersionId(), "en").orElseThrow())
			.isNotSameAs(first);

		String slug = first.lessons().getFirst().slug();
		PublishedContent.LessonPage page = content.lesson(first, slug, "bg").orElseThrow();
		assertThat(page.bodyHtml()).contains("<p>").doesNotContain("<script");
		assertThat(content.lesson(first, slug, "bg")).containsSame(page);
		assertThat(content.lesson(first, "no-such-lesson", "bg")).isEmpty();
		// another course's id with this version is not this course
		assertThat(content.course(course.id() + 1000, "email-safety", course.currentVersionId(), "bg")).isEmpty();
	}

	@Test
	void aDraftIsReadAgainEveryTime() {
		Courses.Visible course = courses.visible(1, "monthly-budget").orElseThrow();
		long draft = authoring.copyToDraft(course.id(), course.currentVersionId(), adminId(), OffsetDateTime.now());
		Courses.Course before = content.course(course.id(), "monthly-budget", draft, "en").orElseThrow();
		String slug = before.lessons().getFirst().slug();
		assertThat(content.lesson(before, slug, "en").orElseThrow().bodyHtml()).doesNotContain("Changed by the author");

		jdbc.sql("update learning_course_version set title = jsonb_set(title, '{en}', '\"Budget, edited\"') where id = :id")
			.param("id", draft).update();
		jdbc.sql("update learning_lesson set body = jsonb_set(body, '{en}', '\"Changed by the author\"') where version_id = :id and slug = :slug")
			.param("id", draft).param("slug", slug).update();

		Courses.Course after = content.course(course.id(), "monthly-budget", draft, "en").orElseThrow();
		assertThat(after.title().text()).isEqualTo("Budget, edited");
		assertThat(content.lesson(after, slug, "en").orElseThrow().bodyHtml()).contains("Changed by the author");
		for (String cleanUp : new String[] {
				"delete from learning_answer where question_id in (select id from learning_question where version_id = :id)",
				"delete from learning_question where version_id = :id", "delete from learning_lesson where version_id = :id",
				"delete from learning_course_version where id = :id" }) {
			jdbc.sql(cleanUp).param("id", draft).update();
		}
	}

	private long adminId() {
		return jdbc.sql("select id from identity_user where email_normalized = 'admin@sofia.inclusio.eu'").query(Long.class).single();
	}
}
