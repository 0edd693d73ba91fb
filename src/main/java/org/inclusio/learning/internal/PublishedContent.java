package org.inclusio.learning.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The texts of published course versions, kept in memory once read, with their lessons' Markdown already turned
 * into HTML.
 *
 * <p>A version stops changing when it is published: authors edit only drafts, and publishing makes a new version
 * (see {@code AuthoringContent}), so what is kept here can never be out of date, on this node or any other. Drafts
 * are read from the database every time. Lesson pages are what learners open most; measured with
 * {@code bench/learning}, these reads and the Markdown took about half the CPU of a lesson page.
 */
@Component
class PublishedContent {

	/** Far more than the courses of a municipality in three languages; past it the memory is simply started again. */
	static final int MAX_ENTRIES = 5_000;

	private final Courses courses;

	private final Markdown markdown;

	private final Map<Key, Courses.Course> versions = new ConcurrentHashMap<>();

	private final Map<LessonKey, LessonPage> lessons = new ConcurrentHashMap<>();

	PublishedContent(Courses courses, Markdown markdown) {
		this.courses = courses;
		this.markdown = markdown;
	}

	private record Key(long versionId, String language) {
	}

	private record LessonKey(long versionId, String slug, String language) {
	}

	/** A lesson with its text and transcript as safe HTML. */
	record LessonPage(Courses.Lesson lesson, String bodyHtml, String transcriptHtml) {
	}

	/** The version of the course with its lessons' titles; empty when the version is not the course's. */
	Optional<Courses.Course> course(long courseId, String slug, long versionId, String language) {
		Courses.Course known = versions.get(new Key(versionId, language));
		if (known != null && known.id() == courseId && known.slug().equals(slug)) {
			return Optional.of(known);
		}
		Optional<Courses.Version> read = courses.version(courseId, slug, versionId, language);
		read.filter(version -> !version.draft()).ifPresent(version -> keep(versions, new Key(versionId, language),
				version.course()));
		return read.map(Courses.Version::course);
	}

	/** A lesson of the course (as {@link #course} gave it), by slug. */
	Optional<LessonPage> lesson(Courses.Course course, String slug, String language) {
		long versionId = course.versionId();
		boolean draft = !versions.containsKey(new Key(versionId, language));
		LessonKey key = new LessonKey(versionId, slug, language);
		LessonPage known = draft ? null : lessons.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<LessonPage> read = courses.lesson(versionId, slug, language)
			.map(lesson -> new LessonPage(lesson, markdown.toHtml(lesson.body().text()),
					lesson.transcript() == null ? null : markdown.toHtml(lesson.transcript().text())));
		if (!draft) {
			read.ifPresent(page -> keep(lessons, key, page));
		}
		return read;
	}

	private static <K, V> void keep(Map<K, V> map, K key, V value) {
		if (map.size() >= MAX_ENTRIES) {
			map.clear();
		}
		map.put(key, value);
	}
}
