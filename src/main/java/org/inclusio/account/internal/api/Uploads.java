package org.inclusio.account.internal.api;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Parsed CSV uploads, kept in the database between the preview and the commit (not in the session, so any node
 * serves the next step and nothing large travels in cookies). Only the uploader sees their upload; it expires
 * after a day.
 */
@Component
class Uploads {

	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final ApiJson json;

	private final Clock clock;

	Uploads(JdbcClient jdbc, ApiJson json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	record Upload(UUID id, long providerId, Dataset dataset, String fileName, boolean decimalComma, List<RawRow> rows,
			OffsetDateTime createdAt, OffsetDateTime committedAt) {

		Dialect dialect() {
			return Dialect.csv(decimalComma);
		}
	}

	UUID save(long providerId, long userId, Dataset dataset, String fileName, CsvFile.Parsed parsed) {
		jdbc.sql("delete from account_upload where expires_at < :now").param("now", now()).update();
		List<Map<String, Object>> rows = new ArrayList<>(parsed.rows().size());
		for (RawRow row : parsed.rows()) {
			Map<String, Object> values = new LinkedHashMap<>();
			row.values().forEach((field, value) -> values.put(field.column, value));
			rows.add(Map.of("row", row.row(), "values", values));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into account_upload (id, provider_id, user_id, dataset, file_name, decimal_comma, row_count, rows,
				                            created_at, expires_at)
				values (:id, :provider, :user, :dataset, :file, :comma, :count, cast(:rows as jsonb), :now, :expires)
				""")
			.param("id", id)
			.param("provider", providerId)
			.param("user", userId)
			.param("dataset", dataset.name())
			.param("file", fileName)
			.param("comma", parsed.decimalComma())
			.param("count", rows.size())
			.param("rows", json.write(rows))
			.param("now", now())
			.param("expires", now().plus(KEPT))
			.update();
		return id;
	}

	Optional<Upload> find(UUID id, long providerId, long userId) {
		return jdbc.sql("""
				select id, provider_id, dataset, file_name, decimal_comma, rows, created_at, committed_at
				from account_upload
				where id = :id and provider_id = :provider and user_id = :user and expires_at > :now
				""")
			.param("id", id)
			.param("provider", providerId)
			.param("user", userId)
			.param("now", now())
			.query((rs, n) -> {
				Dataset dataset = Dataset.valueOf(rs.getString(3));
				return new Upload(rs.getObject(1, UUID.class), rs.getLong(2), dataset, rs.getString(4),
						rs.getBoolean(5), rows(dataset, rs.getString(6)), rs.getObject(7, OffsetDateTime.class),
						rs.getObject(8, OffsetDateTime.class));
			})
			.optional();
	}

	/** Marks the upload committed; false if it already was (by an earlier or a concurrent commit). */
	boolean claim(UUID id) {
		return jdbc.sql("update account_upload set committed_at = :now where id = :id and committed_at is null")
			.param("now", now())
			.param("id", id)
			.update() == 1;
	}

	private List<RawRow> rows(Dataset dataset, String stored) {
		JsonNode array = json.mapper.readTree(stored);
		List<RawRow> rows = new ArrayList<>(array.size());
		for (JsonNode item : array) {
			Map<Field, String> values = new EnumMap<>(Field.class);
			for (Map.Entry<String, JsonNode> value : item.get("values").properties()) {
				dataset.byColumn(value.getKey()).ifPresent(field -> values.put(field, value.getValue().stringValue()));
			}
			rows.add(new RawRow(item.get("row").intValue(), values, List.of()));
		}
		return rows;
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
