package org.inclusio.directory.internal.hsds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.directory.internal.hsds.HsdsModel.Field;
import org.inclusio.directory.internal.hsds.HsdsModel.Kind;
import org.inclusio.directory.internal.hsds.HsdsModel.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads directory rows set-based (one query per table for any number of parents, never one per record) and turns
 * a row into an HSDS object: a translated field in one language, or in all three for an export.
 */
@Component
class HsdsRecords {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final JdbcClient jdbc;

	HsdsRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows of a table whose column has one of the values, in id order. */
	List<Map<String, Object>> where(Table table, String column, Collection<String> values) {
		if (values.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from " + table.dbTable() + " where " + column + " = any(:values) order by id")
			.param("values", values.toArray(String[]::new))
			.query((rs, n) -> row(rs))
			.list();
	}

	/** A service's, organization's or location's attributes. */
	List<Map<String, Object>> attributes(Table attribute, String entity, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from directory_attribute where link_entity = :entity and link_id = any(:ids) order by id")
			.param("entity", entity)
			.param("ids", ids.toArray(String[]::new))
			.query((rs, n) -> row(rs))
			.list();
	}

	/** Every row of a table, in id order. */
	List<Map<String, Object>> all(Table table, String where, Map<String, ?> params) {
		return jdbc.sql("select * from " + table.dbTable() + (where == null ? "" : " where " + where) + " order by id")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** A row: column name to value (LocalDate, LocalTime, OffsetDateTime in UTC, Integer, BigDecimal...); no nulls. */
	static Map<String, Object> row(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Object> row = new HashMap<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			Object value = switch (meta.getColumnTypeName(i)) {
				case "date" -> rs.getObject(i, LocalDate.class);
				case "time" -> rs.getObject(i, LocalTime.class);
				case "timestamptz" -> {
					OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
					yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
				}
				default -> rs.getObject(i);
			};
			if (value != null) {
				row.put(meta.getColumnName(i), value);
			}
		}
		return row;
	}

	static Map<String, List<Map<String, Object>>> byColumn(List<Map<String, Object>> rows, String column) {
		Map<String, List<Map<String, Object>>> grouped = new LinkedHashMap<>();
		for (var row : rows) {
			Object key = row.get(column);
			if (key != null) {
				grouped.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(row);
			}
		}
		return grouped;
	}

	/** How translated texts are written: in one language with fallback, or (export) also each language apart. */
	record Texts(String language, boolean allLanguages) {

		static Texts in(String language) {
			return new Texts(language, false);
		}

		/** The language asked for, then English, Bulgarian, Latvian: the first that has a text. */
		String pick(Map<String, Object> row, String field) {
			Object text = row.get(field + "_" + language);
			for (String fallback : List.of("en", "bg", "lv")) {
				if (text != null && !text.toString().isEmpty()) {
					break;
				}
				text = row.get(field + "_" + fallback);
			}
			return text == null || text.toString().isEmpty() ? null : text.toString();
		}
	}

	/** One row as an HSDS object: the standard's fields in their order, empty ones left out. */
	static ObjectNode object(Table table, Map<String, Object> row, Texts texts) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		for (Field field : table.fields()) {
			switch (field.kind()) {
				case PLAIN -> put(node, field, row.get(field.name()));
				case TRANSLATED -> {
					String text = texts.pick(row, field.name());
					if (text != null) {
						node.put(field.name(), text);
					}
					else if (field.required()) {
						node.put(field.name(), ""); // the schema requires it; the directory had no text in any language
					}
				}
				case EXTENSION -> {
					if (texts.allLanguages()) {
						put(node, field, row.get(field.name()));
					}
				}
				case NOT_STORED -> {
				}
			}
		}
		if (texts.allLanguages()) {
			for (Field field : table.fields()) {
				if (field.kind() == Kind.TRANSLATED) {
					for (String column : field.columns()) {
						Object text = row.get(column);
						if (text != null) {
							node.put(column, text.toString());
						}
					}
				}
			}
		}
		return node;
	}

	static void put(ObjectNode node, Field field, Object value) {
		if (value == null) {
			return;
		}
		switch (field.jsonType()) {
			case "number", "integer" -> {
				BigDecimal number = number(value);
				if (number != null) {
					node.put(field.name(), number);
				}
			}
			case "boolean" -> node.put(field.name(), (boolean) (value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString())));
			default -> node.put(field.name(), text(value));
		}
	}

	/** A value as the tabular format and JSON strings write it. */
	static String text(Object value) {
		return switch (value) {
			case null -> "";
			case OffsetDateTime at -> DATE_TIME.format(at);
			case LocalTime time -> time.getSecond() == 0 && time.getNano() == 0
					? time.format(DateTimeFormatter.ofPattern("HH:mm")) : time.toString();
			case BigDecimal number -> number.stripTrailingZeros().toPlainString();
			default -> value.toString();
		};
	}

	/** A number, or null for a text that is none (e.g. a time zone kept as "Europe/Sofia"). */
	static BigDecimal number(Object value) {
		return switch (value) {
			case BigDecimal number -> number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
			case Integer i -> BigDecimal.valueOf(i);
			case Long l -> BigDecimal.valueOf(l);
			default -> {
				try {
					yield new BigDecimal(value.toString().strip());
				}
				catch (NumberFormatException ex) {
					yield null;
				}
			}
		};
	}
}
