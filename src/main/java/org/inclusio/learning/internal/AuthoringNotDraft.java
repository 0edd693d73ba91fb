package org.inclusio.learning.internal;

/**
 * An author's form changed a version that is not (any more) a draft, e.g. a page left open while a colleague
 * published: a published version is never changed, since learners are taking it. Answered with a page that says so.
 */
class AuthoringNotDraft extends RuntimeException {

	private final long courseId;

	AuthoringNotDraft(long courseId) {
		super("course " + courseId + " has no draft with that part");
		this.courseId = courseId;
	}

	long courseId() {
		return courseId;
	}
}
