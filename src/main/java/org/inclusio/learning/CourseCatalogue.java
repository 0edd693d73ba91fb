package org.inclusio.learning;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The published courses a citizen of a municipality may take, by topic: for other modules to suggest them. */
@Service
public class CourseCatalogue {

	/** The catalogue's topics. */
	public enum Topic {
		DIGITAL, MONEY
	}

	/** A course to link to ({@code /learning/{slug}}); the title in the language asked for, else English. */
	public record CourseLink(String slug, Topic topic, String title, String titleLanguage) {
	}

	private final JdbcClient jdbc;

	CourseCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CourseLink> published(long tenantId, Topic topic, Locale language) {
		return jdbc.sql("""
				select c.slug, c.category, coalesce(v.title->>:lang, v.title->>'en'),
				       case when jsonb_exists(v.title, :lang) then :lang else 'en' end
				from learning_course c join learning_course_version v on v.id = c.current_version_id
				where (c.tenant_id is null or c.tenant_id = :tenant) and (cast(:topic as text) is null or c.category = :topic)
				order by c.category, c.position, c.slug
				""")
			.param("lang", language.getLanguage())
			.param("tenant", tenantId)
			.param("topic", topic == null ? null : topic.name())
			.query((rs, n) -> new CourseLink(rs.getString(1), Topic.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}
}
