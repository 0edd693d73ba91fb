package org.inclusio.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Looks up people for other modules, always within one municipality. Reading someone's details as staff must be
 * recorded with {@link AuditLog} by the caller, who knows why it was read.
 */
@Service
public class People {

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What other modules may know of a person. */
	public record Person(long id, long tenantId, String displayName, String email, Locale language, Set<Role> roles) {

		public boolean has(Role role) {
			return roles.contains(role);
		}
	}

	/** The id of a municipality by its code, e.g. "sofia". */
	public Optional<Long> municipality(String code) {
		return jdbc.sql("select id from identity_tenant where code = :code").param("code", code).query(Long.class).optional();
	}

	/** A municipality's name in a language (Bulgarian, Latvian, else English), e.g. for a certificate. */
	public Optional<String> municipalityName(long tenantId, Locale language) {
		String column = switch (language.getLanguage()) {
			case "bg" -> "name_bg";
			case "lv" -> "name_lv";
			default -> "name_en";
		};
		return jdbc.sql("select " + column + " from identity_tenant where id = :id").param("id", tenantId)
			.query(String.class).optional();
	}

	public Optional<Person> find(long tenantId, long id) {
		return query("u.tenant_id = :tenant and u.id = :key", tenantId, id);
	}

	public Optional<Person> findByEmail(long tenantId, String email) {
		return query("u.tenant_id = :tenant and u.email_normalized = :key", tenantId,
				email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
	}

	private Optional<Person> query(String where, long tenantId, Object key) {
		return jdbc.sql("""
				select u.id, u.tenant_id, u.display_name, u.email, u.preferred_language,
				       coalesce(string_agg(r.role, ','), '') as roles
				from identity_user u left join identity_user_role r on r.user_id = u.id
				where u.enabled and %s
				group by u.id
				""".formatted(where))
			.param("tenant", tenantId)
			.param("key", key)
			.query((rs, n) -> new Person(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					Locale.forLanguageTag(rs.getString(5)), roles(rs.getString(6))))
			.optional();
	}

	private static Set<Role> roles(String names) {
		if (names.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return Arrays.stream(names.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}
}
