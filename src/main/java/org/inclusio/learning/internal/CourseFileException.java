package org.inclusio.learning.internal;

/** A course file that cannot be imported, with where in the file and why, for the one log line that says so. */
class CourseFileException extends RuntimeException {

	CourseFileException(String message) {
		super(message);
	}
}
