package org.inclusio.support.internal;

import java.util.List;
import java.util.Locale;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
import org.inclusio.learning.CourseCatalogue;
import org.inclusio.learning.CourseCatalogue.CourseLink;
import org.springframework.stereotype.Component;

/**
 * What may help with a self-assessment's hard areas: services of the citizen's municipality from the directory whose
 * need categories match the area, and the courses that fit it.
 */
@Component
class Suggestions {

	static final int SERVICES_PER_AREA = 4;

	private final Directory directory;

	private final CourseCatalogue courses;

	Suggestions(Directory directory, CourseCatalogue courses) {
		this.directory = directory;
		this.courses = courses;
	}

	record ForArea(LifeArea area, int score, List<ServiceSummary> services, List<CourseLink> courses) {
	}

	List<ForArea> of(Assessment assessment, Locale language) {
		return assessment.needsHelp().stream()
			.map(area -> new ForArea(area, assessment.score(area),
					directory.servicesFor(assessment.tenantId(), area.needCodes(), language, SERVICES_PER_AREA),
					area.courseTopic().map(topic -> courses.published(assessment.tenantId(), topic, language))
						.orElse(List.of())))
			.toList();
	}
}
