package org.inclusio.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The certificates of completed courses. A citizen reads only their own (by municipality and person); anybody may
 * read one by its code, which shows only what the certificate itself says.
 */
@Repository
class Certificates {

	private final JdbcClient jdbc;

	Certificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A certificate as it was issued, with its texts in the language asked for (English where the course had no
	 * translation). The category is the course's, for the shape of its badge.
	 */
	record Certificate(long id, long tenantId, String code, String personName, LocalText courseTitle,
			LocalText municipality, String language, Instant issuedAt, Category category) {

		String displayCode() {
			return CertificateCode.display(code);
		}
	}

	private static final String SELECT = """
			select c.id, c.tenant_id, c.code, c.person_name,
			       coalesce(c.course_title->>:lang, c.course_title->>'en'), jsonb_exists(c.course_title, :lang),
			       coalesce(c.municipality_name->>:lang, c.municipality_name->>'en'), jsonb_exists(c.municipality_name, :lang),
			       c.language, c.issued_at, course.category
			from learning_certificate c
			join learning_enrolment e on e.id = c.enrolment_id
			join learning_course course on course.id = e.course_id
			""";

	private static Certificate certificate(ResultSet rs, int row) throws SQLException {
		return new Certificate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				new LocalText(rs.getString(5), !rs.getBoolean(6)), new LocalText(rs.getString(7), !rs.getBoolean(8)),
				rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(), Category.valueOf(rs.getString(11)));
	}

	/** Whether this citizen's enrolment is completed and has no certificate yet. */
	boolean isDue(long tenantId, long citizenId, long enrolmentId) {
		return jdbc.sql("""
				select exists (select 1 from learning_enrolment e
				               where e.id = :enrolment and e.tenant_id = :tenant and e.citizen_id = :citizen
				                 and e.completed_at is not null
				                 and not exists (select 1 from learning_certificate c where c.enrolment_id = e.id))
				""")
			.param("enrolment", enrolmentId)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Issues the certificate of a completed enrolment with this code, copying the course title of the version the
	 * citizen took. Returns its id, or nothing when the enrolment has one already (perhaps issued at the same moment
	 * by another request) or, very rarely, the code is taken.
	 */
	Optional<Long> issue(long tenantId, long citizenId, long enrolmentId, String code, String personName,
			String municipalityJson, String language, OffsetDateTime now) {
		return jdbc.sql("""
				insert into learning_certificate (tenant_id, citizen_id, enrolment_id, code, person_name, course_title,
				                                  municipality_name, language, issued_at)
				select e.tenant_id, e.citizen_id, e.id, :code, :name, v.title, cast(:municipality as jsonb), :lang, :now
				from learning_enrolment e join learning_course_version v on v.id = e.version_id
				where e.id = :enrolment and e.tenant_id = :tenant and e.citizen_id = :citizen and e.completed_at is not null
				on conflict do nothing
				returning id
				""")
			.param("code", code)
			.param("name", personName)
			.param("municipality", municipalityJson)
			.param("lang", language)
			.param("now", now)
			.param("enrolment", enrolmentId)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Long.class)
			.optional();
	}

	/** A citizen's certificates, the newest first. */
	List<Certificate> of(long tenantId, long citizenId, String language) {
		return jdbc.sql(SELECT + " where c.tenant_id = :tenant and c.citizen_id = :citizen order by c.issued_at desc, c.id desc")
			.param("lang", language)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Certificates::certificate)
			.list();
	}

	/** One of a citizen's certificates; nothing when it is somebody else's. */
	Optional<Certificate> find(long tenantId, long citizenId, long id, String language) {
		return jdbc.sql(SELECT + " where c.id = :id and c.tenant_id = :tenant and c.citizen_id = :citizen")
			.param("lang", language)
			.param("id", id)
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.query(Certificates::certificate)
			.optional();
	}

	/** The certificate with this code (as stored: capitals, no dashes). */
	Optional<Certificate> byCode(String code, String language) {
		return jdbc.sql(SELECT + " where c.code = :code")
			.param("lang", language)
			.param("code", code)
			.query(Certificates::certificate)
			.optional();
	}
}
