package org.inclusio.directory.internal.hsds;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded HSDS files between the preview and the commit, in the database (any node serves the next step). Only
 * the administrator who uploaded a file, in its municipality, sees it; it is removed after a day.
 */
@Component
class HsdsUploads {

	static final Duration KEPT = Duration.ofDays(1);

	record Upload(UUID id, long tenantId, String fileName, String language, byte[] content, OffsetDateTime createdAt,
			OffsetDateTime committedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	HsdsUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID save(long tenantId, long userId, String fileName, String language, byte[] content) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("delete from directory_hsds_upload where created_at < :before").param("before", now.minus(KEPT)).update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into directory_hsds_upload (id, tenant_id, user_id, file_name, language, content, created_at)
				values (:id, :tenant, :user, :name, :language, :content, :now)
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", userId)
			.param("name", fileName)
			.param("language", language)
			.param("content", content)
			.param("now", now)
			.update();
		return id;
	}

	Optional<Upload> find(UUID id, long tenantId, long userId) {
		return jdbc.sql("""
				select id, tenant_id, file_name, language, content, created_at, committed_at from directory_hsds_upload
				where id = :id and tenant_id = :tenant and user_id = :user and created_at >= :after
				""")
			.param("id", id)
			.param("tenant", tenantId)
			.param("user", userId)
			.param("after", OffsetDateTime.now(clock).minus(KEPT))
			.query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getBytes(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
			.optional();
	}

	/** Marks an upload as committed; false when it already was (a second click, another tab). */
	boolean claim(UUID id) {
		return jdbc.sql("update directory_hsds_upload set committed_at = :now where id = :id and committed_at is null")
			.param("id", id)
			.param("now", OffsetDateTime.now(clock))
			.update() == 1;
	}
}
