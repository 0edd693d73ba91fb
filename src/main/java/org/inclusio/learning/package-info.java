/**
 * Learning: short courses on digital skills and money management, each a few lessons and a quiz, in Bulgarian,
 * Latvian and English (a missing translation falls back to English with a note). The courses come from the files
 * in {@code learning/courses/*.yml}, imported at start-up into versions; a citizen's enrolment keeps the version
 * they started, with the lessons done and the quiz attempts.
 * <p>
 * Other modules may ask {@link org.inclusio.learning.LearningProgress} for a citizen's progress. Uses the identity
 * module's signed-in user and audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.inclusio.learning;
