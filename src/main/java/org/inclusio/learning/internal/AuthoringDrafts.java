package org.inclusio.learning.internal;

import java.util.Optional;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Languages;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what an author's request is about and refuses what they may not change: another municipality's course (not
 * found, as if it did not exist), a shared starter course (read only) and anything not in the current draft.
 */
@Component
class AuthoringDrafts {

	private final AuthoringCourses courses;

	AuthoringDrafts(AuthoringCourses courses) {
		this.courses = courses;
	}

	/** The author's own course, locked for the rest of the transaction. */
	AuthoringCourses.Course own(SignedInUser author, long courseId) {
		return courses.lockOwn(author.tenantId(), courseId).orElseThrow(AuthoringDrafts::notFound);
	}

	/** The author's own course, to show (a read-only transaction cannot lock). */
	AuthoringCourses.Course ownToRead(SignedInUser author, long courseId) {
		return courses.own(author.tenantId(), courseId).orElseThrow(AuthoringDrafts::notFound);
	}

	/** The draft's id; there is none once it is published, until an author starts the next. */
	long draft(AuthoringCourses.Course course) {
		if (course.draftVersionId() == null) {
			throw new AuthoringNotDraft(course.id());
		}
		return course.draftVersionId();
	}

	/** A lesson, question or answer of the course that is part of its draft. */
	AuthoringContent.Part inDraft(AuthoringCourses.Course course, Optional<AuthoringContent.Part> part) {
		AuthoringContent.Part found = part.orElseThrow(AuthoringDrafts::notFound);
		if (!found.inDraft() || course.draftVersionId() == null || found.versionId() != course.draftVersionId()) {
			throw new AuthoringNotDraft(course.id());
		}
		return found;
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	static String language(Locale locale) {
		Locale supported = Languages.of(locale.getLanguage());
		return (supported == null ? Languages.FALLBACK : supported).getLanguage();
	}
}
