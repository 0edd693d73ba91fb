package org.inclusio.learning.internal;

import java.util.Objects;
import java.util.Set;

/**
 * Everything a course certificate shows, already localised and formatted by the caller:
 * {@link CertificatePdf} only lays it out, so it never needs a message bundle or a clock.
 *
 * @param personName       the learner's name as they gave it (any characters, escaped on output)
 * @param courseTitle      the course title in the page language
 * @param completionDate   the completion date, formatted for the page language
 * @param municipality     the municipality's name
 * @param verificationCode the code anyone can type on the verification page
 * @param verificationUrl  the address of the verification page (shown and linked)
 * @param language         the page language: {@code bg}, {@code lv} or {@code en}
 * @param labels           the fixed sentences of the page in that language
 */
public record CertificateText(
        String personName,
        String courseTitle,
        String completionDate,
        String municipality,
        String verificationCode,
        String verificationUrl,
        String language,
        Labels labels) {

    static final Set<String> LANGUAGES = Set.of("bg", "lv", "en");

    public CertificateText {
        Objects.requireNonNull(personName, "personName");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(completionDate, "completionDate");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(labels, "labels");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ": " + language);
        }
    }

    /**
     * The page's fixed wording, e.g. (en) "Certificate of completion", "This is to certify that",
     * "has completed the course", "Date", "Municipality", "Check this certificate at", "Code".
     */
    public record Labels(
            String heading,
            String certifyThat,
            String completedCourse,
            String dateLabel,
            String municipalityLabel,
            String checkAt,
            String codeLabel) {

        public Labels {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(certifyThat, "certifyThat");
            Objects.requireNonNull(completedCourse, "completedCourse");
            Objects.requireNonNull(dateLabel, "dateLabel");
            Objects.requireNonNull(municipalityLabel, "municipalityLabel");
            Objects.requireNonNull(checkAt, "checkAt");
            Objects.requireNonNull(codeLabel, "codeLabel");
        }
    }
}
