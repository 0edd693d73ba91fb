package org.inclusio.directory.internal.hsds;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusio.directory.internal.hsds.HsdsModel.Field;
import org.inclusio.directory.internal.hsds.HsdsModel.Kind;
import org.inclusio.directory.internal.hsds.HsdsModel.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The busiest answer of the API, a page of {@code /services} (the compiled service_list: each service with its
 * organization and program), written straight from one query into JSON: the page's ids by the primary key's index,
 * joined with the services, organizations and programs, each text already picked in the language asked for by
 * PostgreSQL (so only one language of each text travels), and streamed with no tree of objects in between.
 */
@Component
class HsdsServicePage {

	/** One output field: its JSON name, how to write it, and whether the schema wants it even when empty. */
	private record Out(String name, Field field, boolean required) {
	}

	/** The query and the fields, in select order, for one language. */
	private record Plan(String select, List<Out> service, List<Out> organization, List<Out> program) {
	}

	private final HsdsModel model;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Map<String, Plan> plans = new ConcurrentHashMap<>();

	HsdsServicePage(HsdsModel model, JdbcClient jdbc, JsonMapper json) {
		this.model = model;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A page of services as the JSON items of "contents"; the number of items is returned with the bytes. */
	record Written(byte[] contents, int count) {
	}

	Written write(String where, Map<String, Object> params, int size, long offset, String language) {
		Plan plan = plans.computeIfAbsent(language, this::plan);
		String sql = plan.select() + " from (select s.id from directory_service s" + where
				+ " order by s.id limit :limit offset :offset) page join directory_service s on s.id = page.id"
				+ " left join directory_organization o on o.id = s.organization_id"
				+ " left join directory_program p on p.id = s.program_id order by s.id";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(48 * 1024);
		int[] count = { 0 };
		try (JsonGenerator out = json.createGenerator(bytes)) {
			out.writeStartArray();
			jdbc.sql(sql).params(params).param("limit", size).param("offset", offset).query(rs -> {
				int column = 1;
				out.writeStartObject();
				column = fields(rs, column, plan.service(), out);
				if (rs.getString(column) != null) {
					out.writeName("organization");
					out.writeStartObject();
					column = fields(rs, column, plan.organization(), out);
					out.writeEndObject();
				}
				else {
					column += plan.organization().size();
				}
				if (rs.getString(column) != null) {
					out.writeName("program");
					out.writeStartObject();
					fields(rs, column, plan.program(), out);
					out.writeEndObject();
				}
				out.writeEndObject();
				count[0]++;
			});
			out.writeEndArray();
		}
		return new Written(bytes.toByteArray(), count[0]);
	}

	private static int fields(ResultSet rs, int column, List<Out> fields, JsonGenerator out) throws SQLException {
		for (Out field : fields) {
			value(rs, column++, field, out);
		}
		return column;
	}

	private static void value(ResultSet rs, int column, Out out, JsonGenerator json) throws SQLException {
		Field field = out.field();
		String type = field.sqlType();
		switch (type) {
			case "integer", "bigint" -> {
				long value = rs.getLong(column);
				if (!rs.wasNull()) {
					json.writeName(out.name());
					json.writeNumber(value);
				}
			}
			case "numeric" -> {
				BigDecimal value = rs.getBigDecimal(column);
				if (value != null) {
					json.writeName(out.name());
					json.writeNumber(HsdsRecords.number(value));
				}
			}
			case "boolean" -> {
				boolean value = rs.getBoolean(column);
				if (!rs.wasNull()) {
					json.writeName(out.name());
					json.writeBoolean(value);
				}
			}
			case "date" -> string(json, out, text(rs.getObject(column, LocalDate.class)));
			case "time without time zone" -> string(json, out, text(rs.getObject(column, LocalTime.class)));
			case "timestamp with time zone" -> {
				OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
				string(json, out, at == null ? null : HsdsRecords.text(at.withOffsetSameInstant(ZoneOffset.UTC)));
			}
			default -> {
				String value = rs.getString(column);
				if (value != null && ("number".equals(field.jsonType()) || "integer".equals(field.jsonType()))) {
					BigDecimal number = HsdsRecords.number(value);
					if (number != null) {
						json.writeName(out.name());
						json.writeNumber(number);
					}
				}
				else {
					string(json, out, value);
				}
			}
		}
	}

	private static String text(Object value) {
		return value == null ? null : HsdsRecords.text(value);
	}

	private static void string(JsonGenerator json, Out out, String value) {
		if (value != null && !value.isEmpty()) {
			json.writeName(out.name());
			json.writeString(value);
		}
		else if (out.required()) {
			json.writeName(out.name());
			json.writeString("");
		}
	}

	private Plan plan(String language) {
		List<String> columns = new ArrayList<>();
		List<Out> service = outs(model.table("service"), "s", language, columns);
		List<Out> organization = outs(model.table("organization"), "o", language, columns);
		List<Out> program = outs(model.table("program"), "p", language, columns);
		return new Plan("select " + String.join(", ", columns), service, organization, program);
	}

	/** The select expressions of a table's own fields; the id comes first (null: no such row joined). */
	private static List<Out> outs(Table table, String alias, String language, List<String> columns) {
		List<Out> outs = new ArrayList<>();
		for (Field field : table.fields()) {
			if (field.kind() == Kind.PLAIN) {
				columns.add(alias + "." + field.name());
				outs.add(new Out(field.name(), field, field.required()));
			}
			else if (field.kind() == Kind.TRANSLATED) {
				List<String> order = new ArrayList<>(List.of(language, "en", "bg", "lv"));
				List<String> candidates = order.stream().distinct()
					.map(l -> "nullif(" + alias + "." + field.name() + "_" + l + ", '')").toList();
				columns.add("coalesce(" + String.join(", ", candidates) + ")");
				outs.add(new Out(field.name(), new Field(field.name(), "string", Kind.TRANSLATED, field.required(),
						List.of(), "text", null, false), field.required()));
			}
		}
		return outs;
	}
}
