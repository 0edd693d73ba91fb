package org.inclusio.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory for other modules: services, who maintains them and the need categories. Only active services are
 * listed; texts come in the language asked for, else English, Bulgarian, Latvian.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	/** The taxonomy whose terms are the need categories. */
	public static final String NEEDS_TAXONOMY = "inclusio-needs";

	private static final String SELECT = """
			select s.id, %1$s as name, %2$s as organization_name, %3$s as description, s.tenant_id, o.provider_id,
			       array(select t.code from directory_attribute a
			             join directory_taxonomy_term t on t.id = a.taxonomy_term_id
			             where a.link_entity = 'service' and a.link_id = s.id and t.taxonomy_id = '%4$s'
			             order by t.code) as need_codes
			from directory_service s
			join directory_organization o on o.id = s.organization_id
			""";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A service by its id, whatever its status (a referral may point to one that has since closed). */
	public Optional<ServiceSummary> service(String id, Locale lang) {
		return jdbc.sql(select(lang) + " where s.id = :id").param("id", id).query(Directory::summary).optional();
	}

	/**
	 * Active services of a municipality in any of the need categories (all its active services when none are
	 * given), those matching most categories first.
	 */
	public List<ServiceSummary> servicesFor(long tenantId, Collection<String> needCodes, Locale lang, int limit) {
		if (needCodes == null || needCodes.isEmpty()) {
			return jdbc.sql(select(lang) + " where s.tenant_id = :tenant and s.status = 'active' order by 2 limit :limit")
				.param("tenant", tenantId).param("limit", limit).query(Directory::summary).list();
		}
		return jdbc.sql(select(lang) + """
				 where s.tenant_id = :tenant and s.status = 'active'
				 and exists (select 1 from directory_attribute a join directory_taxonomy_term t on t.id = a.taxonomy_term_id
				             where a.link_entity = 'service' and a.link_id = s.id and t.code in (:codes))
				 order by (select count(*) from directory_attribute a join directory_taxonomy_term t on t.id = a.taxonomy_term_id
				           where a.link_entity = 'service' and a.link_id = s.id and t.code in (:codes)) desc, 2
				 limit :limit
				""")
			.param("tenant", tenantId).param("codes", List.copyOf(needCodes)).param("limit", limit)
			.query(Directory::summary).list();
	}

	/** The active services of the organisations a provider (account module) maintains. */
	public List<ServiceSummary> servicesOfProvider(long providerId, Locale lang) {
		return jdbc.sql(select(lang) + " where o.provider_id = :provider and s.status = 'active' order by 2")
			.param("provider", providerId).query(Directory::summary).list();
	}

	/** The account module's provider whose staff answer referrals to a service, if any. */
	public Optional<Long> providerOf(String serviceId) {
		return jdbc.sql("""
				select o.provider_id from directory_service s join directory_organization o on o.id = s.organization_id
				where s.id = :id and o.provider_id is not null
				""").param("id", serviceId).query(Long.class).optional();
	}

	/** The need categories, in the order of their codes' place in the taxonomy (by name in the language). */
	public List<NeedCategory> needCategories(Locale lang) {
		return jdbc.sql("select code, %s from directory_taxonomy_term where taxonomy_id = :taxonomy order by 2"
				.formatted(text("name", lang)))
			.param("taxonomy", NEEDS_TAXONOMY)
			.query((rs, n) -> new NeedCategory(rs.getString(1), rs.getString(2))).list();
	}

	private static String select(Locale lang) {
		return SELECT.formatted(text("s.name", lang), text("o.name", lang), text("s.description", lang),
				NEEDS_TAXONOMY);
	}

	/** The SQL for a translatable column in a language with the fallback en → bg → lv. */
	private static String text(String column, Locale lang) {
		String code = lang == null ? "en" : lang.getLanguage();
		if (!List.of("bg", "lv", "en").contains(code)) {
			code = "en";
		}
		return "coalesce(nullif(%1$s_%2$s, ''), nullif(%1$s_en, ''), nullif(%1$s_bg, ''), %1$s_lv)".formatted(column, code);
	}

	private static ServiceSummary summary(ResultSet rs, int row) throws SQLException {
		Array codes = rs.getArray("need_codes");
		long provider = rs.getLong("provider_id");
		Long providerId = rs.wasNull() ? null : provider;
		return new ServiceSummary(rs.getString("id"), rs.getString("name"), rs.getString("organization_name"),
				rs.getString("description"), codes == null ? List.of() : Arrays.asList((String[]) codes.getArray()),
				rs.getLong("tenant_id"), providerId);
	}
}
