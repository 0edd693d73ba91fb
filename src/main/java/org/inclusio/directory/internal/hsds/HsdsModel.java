package org.inclusio.directory.internal.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS 3.0 tables and fields as the official tabular schema names them (a copy of its {@code tabular.json}),
 * matched with the directory's tables: HSDS table {@code service} is {@code directory_service}, field {@code url}
 * is column {@code url}, and a translated field {@code name} is the three columns {@code name_bg/_lv/_en}. Import,
 * export and the API read the field list from here, so they follow the standard and the database without a
 * hand-kept copy of either.
 */
@Component
class HsdsModel {

	static final List<String> LANGUAGES = List.of("bg", "lv", "en");

	/** The tables in an order in which every row's references point to rows written before it. */
	static final List<String> WRITE_ORDER = List.of("taxonomy", "taxonomy_term", "organization", "program", "service",
			"location", "address", "service_at_location", "contact", "phone", "schedule", "service_area", "language",
			"accessibility", "cost_option", "required_document", "attribute");

	/** Columns the directory keeps for itself: never exported, never taken from a file. */
	static final Set<String> INTERNAL = Set.of("tenant_id", "provider_id", "version", "updated_at", "free_of_charge");

	/** Reference fields and the table they point to. */
	static final Map<String, String> REFERENCES = Map.ofEntries(Map.entry("organization_id", "organization"),
			Map.entry("service_id", "service"), Map.entry("program_id", "program"),
			Map.entry("location_id", "location"), Map.entry("service_at_location_id", "service_at_location"),
			Map.entry("contact_id", "contact"), Map.entry("phone_id", "phone"),
			Map.entry("taxonomy_term_id", "taxonomy_term"), Map.entry("taxonomy_id", "taxonomy"),
			Map.entry("parent_organization_id", "organization"), Map.entry("parent_id", "taxonomy_term"));

	enum Kind {
		/** One column of the same name. */
		PLAIN,
		/** Three columns name_bg, name_lv, name_en. */
		TRANSLATED,
		/** In the standard, not kept by the directory (e.g. a service's wait_time): exported empty, ignored on import. */
		NOT_STORED,
		/** Kept by the directory, not in the standard (e.g. an accessibility's wheelchair flag): an extension field. */
		EXTENSION
	}

	/**
	 * One field: its HSDS name and JSON type ("string", "number", "boolean"), whether the schema requires it, the
	 * allowed values if it lists them, and the column's SQL type and length.
	 */
	record Field(String name, String jsonType, Kind kind, boolean required, List<String> allowed, String sqlType,
			Integer maxLength, boolean notNull) {

		boolean stored() {
			return kind != Kind.NOT_STORED;
		}

		/** The column names that hold this field. */
		List<String> columns() {
			return switch (kind) {
				case TRANSLATED -> LANGUAGES.stream().map(l -> name + "_" + l).toList();
				case NOT_STORED -> List.of();
				default -> List.of(name);
			};
		}

		/** The reference target table, if this field points to another record. */
		Optional<String> references() {
			return Optional.ofNullable(REFERENCES.get(name));
		}
	}

	/** One table: HSDS name, file name in the tabular format, the directory's table, fields in the standard's order. */
	record Table(String name, String path, int order, String dbTable, List<Field> fields) {

		Optional<Field> field(String name) {
			return fields.stream().filter(f -> f.name().equals(name)).findFirst();
		}

		List<Field> stored() {
			return fields.stream().filter(Field::stored).toList();
		}

		/** The columns of a CSV file: the standard's fields, then each translation and extension. */
		List<String> csvColumns() {
			List<String> columns = new ArrayList<>();
			fields.stream().filter(f -> f.kind() != Kind.EXTENSION).forEach(f -> columns.add(f.name()));
			fields.stream().filter(f -> f.kind() == Kind.TRANSLATED).forEach(f -> columns.addAll(f.columns()));
			fields.stream().filter(f -> f.kind() == Kind.EXTENSION).forEach(f -> columns.add(f.name()));
			return columns;
		}
	}

	private final Map<String, Table> tables;

	HsdsModel(JdbcClient jdbc, JsonMapper json) {
		this.tables = load(jdbc, json);
	}

	Table table(String name) {
		Table table = tables.get(name);
		if (table == null) {
			throw new IllegalArgumentException("Not an HSDS table of the directory: " + name);
		}
		return table;
	}

	Optional<Table> find(String name) {
		return Optional.ofNullable(tables.get(name));
	}

	/** The tables the directory keeps, in the standard's order. */
	List<Table> tables() {
		return tables.values().stream().sorted(Comparator.comparingInt(Table::order)).toList();
	}

	/** A column: its SQL type, length, and whether the table refuses a row without it (no null, no default). */
	private record Column(String type, Integer maxLength, boolean notNull) {
	}

	private static Map<String, Table> load(JdbcClient jdbc, JsonMapper json) {
		Map<String, Map<String, Column>> columns = new HashMap<>();
		jdbc.sql("""
				select table_name, column_name, data_type, character_maximum_length,
				       is_nullable = 'NO' and column_default is null
				from information_schema.columns
				where table_schema = current_schema() and table_name like 'directory\\_%'
				order by table_name, ordinal_position
				""").query(rs -> {
			columns.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>()).put(rs.getString(2),
					new Column(rs.getString(3), (Integer) rs.getObject(4), rs.getBoolean(5)));
		});
		JsonNode tabular;
		try (InputStream in = HsdsModel.class.getResourceAsStream("/directory/hsds-3.0-tabular.json")) {
			tabular = json.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Table> tables = new LinkedHashMap<>();
		for (var entry : tabular.get("properties").properties()) {
			JsonNode schema = entry.getValue().get("items");
			String name = schema.get("name").asString();
			Map<String, Column> db = columns.get("directory_" + name);
			if (db == null) {
				continue; // funding, metadata, organization identifiers: not kept by the directory
			}
			List<String> required = new ArrayList<>();
			for (String list : List.of("required", "tabular_required")) {
				if (schema.has(list)) {
					schema.get(list).forEach(r -> required.add(r.asString()));
				}
			}
			List<Field> fields = new ArrayList<>();
			Set<String> used = new java.util.HashSet<>();
			for (var property : schema.get("properties").properties()) {
				JsonNode p = property.getValue();
				String type = p.path("type").asString("");
				if (!Set.of("string", "number", "integer", "boolean").contains(type)) {
					continue; // nested arrays and objects are tables of their own
				}
				String field = property.getKey();
				List<String> allowed = new ArrayList<>();
				p.path("enum").forEach(v -> allowed.add(v.asString()));
				Column plain = db.get(field);
				Column translated = db.get(field + "_en");
				Kind kind = plain != null ? Kind.PLAIN : translated != null ? Kind.TRANSLATED : Kind.NOT_STORED;
				Column column = plain != null ? plain : translated;
				fields.add(new Field(field, type, kind, required.contains(field), List.copyOf(allowed),
						column == null ? null : column.type(), column == null ? null : column.maxLength(),
						plain != null && plain.notNull()));
				if (kind == Kind.PLAIN) {
					used.add(field);
				}
				else if (kind == Kind.TRANSLATED) {
					LANGUAGES.forEach(l -> used.add(field + "_" + l));
				}
			}
			db.forEach((column, type) -> {
				if (!used.contains(column) && !INTERNAL.contains(column)) {
					fields.add(new Field(column, type.type().equals("boolean") ? "boolean" : "string", Kind.EXTENSION,
							false, List.of(), type.type(), type.maxLength(), type.notNull()));
				}
			});
			int order = schema.path("datapackage_metadata").path("order").asInt(99);
			tables.put(name, new Table(name, schema.get("path").asString(), order, "directory_" + name,
					List.copyOf(fields)));
		}
		return Map.copyOf(tables);
	}
}
