package org.inclusio.account.internal.api;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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
			.param("count", parsed.rows().size())
			.param("rows", write(dataset, parsed.rows()))
			.param("now", now())
			.param("expires", now().plus(KEPT))
			.update();
		return id;
	}

	/**
	 * The rows as a JSON array of arrays, one per row: the line number, then the values in the order of the
	 * dataset's fields (null where the file had none). Written as a stream: a file may have 100,000 rows.
	 */
	private String write(Dataset dataset, List<RawRow> rows) {
		StringWriter out = new StringWriter(rows.size() * 64);
		try (JsonGenerator generator = json.mapper.createGenerator(out)) {
			generator.writeStartArray();
			for (RawRow row : rows) {
				generator.writeStartArray();
				generator.writeNumber(row.row());
				for (Field field : dataset.fields) {
					String value = row.get(field);
					if (value == null) {
						generator.writeNull();
					}
					else {
						generator.writeString(value);
					}
				}
				generator.writeEndArray();
			}
			generator.writeEndArray();
		}
		return out.toString();
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
						rs.getBoolean(5), rows(dataset, rs.getBytes(6)), rs.getObject(7, OffsetDateTime.class),
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

	/** Reads the rows back (the JSON text as UTF-8 bytes); also uploads stored as {"row", "values"} objects. */
	private List<RawRow> rows(Dataset dataset, byte[] stored) {
		List<RawRow> rows = new ArrayList<>();
		try (JsonParser parser = json.mapper.createParser(stored)) {
			parser.nextToken(); // the outer array
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				Map<Field, String> values = new EnumMap<>(Field.class);
				if (token == JsonToken.START_OBJECT) { // {"row": 2, "values": {"reference": "...", ...}}
					int line = 0;
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String name = parser.currentName();
						parser.nextToken();
						if (name.equals("row")) {
							line = parser.getIntValue();
						}
						else if (name.equals("values")) {
							while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
								String column = parser.currentName();
								parser.nextToken();
								String value = parser.getString();
								dataset.byColumn(column).ifPresent(field -> values.put(field, value));
							}
						}
						else {
							parser.skipChildren();
						}
					}
					rows.add(new RawRow(line, values, List.of()));
					continue;
				}
				parser.nextToken();
				int line = parser.getIntValue();
				for (Field field : dataset.fields) {
					if (parser.nextToken() == JsonToken.VALUE_STRING) {
						values.put(field, parser.getString());
					}
				}
				parser.nextToken(); // the end of the row
				rows.add(new RawRow(line, values, List.of()));
			}
		}
		return rows;
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}
}
