package org.inclusio.learning.internal;

/**
 * A form named a lesson, question or answer that is not part of the course the person is taking: a changed page or
 * a tampered request. Answered with a 400 page that says so; nothing is stored.
 */
class NotInCourse extends RuntimeException {

	private final String courseSlug;

	NotInCourse(String courseSlug, String what) {
		super(what);
		this.courseSlug = courseSlug;
	}

	String courseSlug() {
		return courseSlug;
	}
}
