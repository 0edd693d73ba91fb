package org.inclusio.directory.internal.hsds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inclusio.directory.internal.hsds.HsdsFiles.Rec;
import org.inclusio.directory.internal.hsds.HsdsModel.Field;
import org.inclusio.directory.internal.hsds.HsdsModel.Kind;
import org.inclusio.directory.internal.hsds.HsdsModel.Table;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a file's records against the standard and the directory, and writes them: all or nothing, each record
 * inserted or updated by its id (so importing the same file again changes nothing), only into the importing
 * municipality's directory. Taxonomies and their terms are shared by all municipalities: an import adds new ones
 * and leaves existing ones as they are. An import never removes a translation: a text it has in one language
 * replaces that language only.
 */
@Component
class HsdsImport {

	/** Tables shared by every municipality's directory. */
	static final Set<String> SHARED = Set.of("taxonomy", "taxonomy_term");

	/** References within one table, written once every row of the table is there. */
	static final Map<String, String> SELF_REFERENCES = Map.of("organization", "parent_organization_id",
			"taxonomy_term", "parent_id");

	/** A problem with one record: which (table, id, place in the file), which field, why (message key, arguments). */
	record Problem(String table, String id, String file, int line, String path, String field, String code,
			List<Object> args) {
	}

	/** How many records of a table are new, changed, or already as the file has them. */
	record Counts(int created, int changed, int unchanged) {
	}

	/** The outcome of checking a file: the rows to write, the counts per table, the problems. */
	record Plan(Map<String, List<Map<String, Object>>> writes, Map<String, Map<String, Object>> selfReferences,
			Map<String, Counts> counts, List<Problem> problems, Set<String> serviceIds) {

		boolean valid() {
			return problems.isEmpty();
		}

		int total(java.util.function.ToIntFunction<Counts> part) {
			return counts.values().stream().mapToInt(part).sum();
		}
	}

	private final HsdsModel model;

	private final HsdsRecords records;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	HsdsImport(HsdsModel model, HsdsRecords records, JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.model = model;
		this.records = records;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Checks the records for a municipality; language is that of texts given without a language (e.g. "name"). */
	Plan check(List<Rec> file, long tenantId, String language) {
		List<Problem> problems = new ArrayList<>();
		// 1. one record per table and id
		Map<String, Map<String, Rec>> byTable = new LinkedHashMap<>();
		for (Rec rec : file) {
			String id = rec.id();
			if (id == null) {
				problems.add(problem(rec, "id", "required"));
				continue;
			}
			if (id.length() > 64) {
				problems.add(problem(rec, "id", "tooLong", 64));
				continue;
			}
			Map<String, Rec> table = byTable.computeIfAbsent(rec.table(), t -> new LinkedHashMap<>());
			Rec seen = table.get(id);
			if (seen == null) {
				table.put(id, rec);
			}
			else if (rec.file() != null || !seen.values().equals(rec.values())) {
				problems.add(problem(rec, "id", "duplicate", where(seen)));
			}
		}
		// 2. each value as its column needs it
		Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();
		Map<Map<String, Object>, Rec> origin = new HashMap<>();
		for (var entry : byTable.entrySet()) {
			Table table = model.table(entry.getKey());
			Map<String, Map<String, Object>> tableRows = new LinkedHashMap<>();
			for (Rec rec : entry.getValue().values()) {
				Map<String, Object> row = convert(table, rec, language, problems);
				if (table.name().equals("organization") || table.name().equals("service")) {
					row.put("tenant_id", tenantId);
				}
				tableRows.put(rec.id(), row);
				origin.put(row, rec);
			}
			rows.put(table.name(), tableRows);
		}
		// 3. the records themselves: new, or this municipality's (shared taxonomies: new, or kept as they are)
		Map<String, Map<String, Long>> owners = new HashMap<>();
		Map<String, Map<String, Map<String, Object>>> existing = new HashMap<>();
		for (var entry : rows.entrySet()) {
			Table table = model.table(entry.getKey());
			Map<String, Long> found = owners(table.name(), entry.getValue().keySet());
			owners.put(table.name(), found);
			for (var id : found.keySet()) {
				Long owner = found.get(id);
				if (owner != null && owner != tenantId) {
					problems.add(problem(origin.get(entry.getValue().get(id)), "id", "otherMunicipality"));
				}
			}
			Map<String, Map<String, Object>> current = new HashMap<>();
			for (var row : records.where(table, "id", found.keySet())) {
				current.put(row.get("id").toString(), row);
			}
			existing.put(table.name(), current);
		}
		// 4. every reference points to a record of the file or of this municipality's directory
		Map<String, Set<String>> wanted = new HashMap<>();
		for (var entry : rows.entrySet()) {
			for (var row : entry.getValue().values()) {
				references(entry.getKey(), row).forEach((field, target) -> {
					if (!rows.getOrDefault(target.table(), Map.of()).containsKey(target.id())) {
						wanted.computeIfAbsent(target.table(), t -> new HashSet<>()).add(target.id());
					}
				});
			}
		}
		Map<String, Map<String, Long>> referenced = new HashMap<>();
		wanted.forEach((table, ids) -> referenced.put(table, owners(table, ids)));
		for (var entry : rows.entrySet()) {
			for (var row : entry.getValue().values()) {
				references(entry.getKey(), row).forEach((field, target) -> {
					if (rows.getOrDefault(target.table(), Map.of()).containsKey(target.id())) {
						return;
					}
					Map<String, Long> found = referenced.getOrDefault(target.table(), Map.of());
					if (!found.containsKey(target.id())) {
						problems.add(problem(origin.get(row), field,
								target.table().equals("taxonomy_term") ? "unknownTerm" : "unknownReference",
								target.id(), target.table()));
					}
					else if (found.get(target.id()) != null && found.get(target.id()) != tenantId) {
						problems.add(problem(origin.get(row), field, "otherMunicipalityReference", target.id()));
					}
				});
			}
		}
		// 5. what changes
		Map<String, List<Map<String, Object>>> writes = new LinkedHashMap<>();
		Map<String, Map<String, Object>> selfReferences = new LinkedHashMap<>();
		Map<String, Counts> counts = new LinkedHashMap<>();
		Set<String> serviceIds = new LinkedHashSet<>();
		for (String name : HsdsModel.WRITE_ORDER) {
			Map<String, Map<String, Object>> tableRows = rows.get(name);
			if (tableRows == null) {
				continue;
			}
			Table table = model.table(name);
			int created = 0;
			int changed = 0;
			int unchanged = 0;
			List<Map<String, Object>> toWrite = new ArrayList<>();
			for (var row : tableRows.values()) {
				var current = existing.get(name).get(row.get("id").toString());
				if (current != null && SHARED.contains(name)) {
					unchanged++;
					continue;
				}
				Map<String, Object> merged = merge(table, row, current);
				if (current == null) {
					created++;
				}
				else if (same(table, merged, current)) {
					unchanged++;
					continue;
				}
				else {
					changed++;
				}
				if (name.equals("service")) {
					if (row.get("last_modified") == null) {
						merged.put("last_modified", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
					}
					serviceIds.add(merged.get("id").toString());
				}
				toWrite.add(merged);
				String self = SELF_REFERENCES.get(name);
				if (self != null && merged.get(self) != null) {
					selfReferences.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(merged.get("id").toString(),
							merged.get(self));
				}
			}
			if (name.equals("cost_option")) {
				toWrite.forEach(r -> serviceIds.add(r.get("service_id").toString()));
			}
			writes.put(name, toWrite);
			counts.put(name, new Counts(created, changed, unchanged));
		}
		return new Plan(writes, selfReferences, counts, problems, serviceIds);
	}

	/** Writes a checked plan; the caller holds the transaction. */
	void write(Plan plan) {
		if (!plan.valid()) {
			throw new IllegalStateException("A plan with problems is never written");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (var entry : plan.writes().entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			Table table = model.table(entry.getKey());
			List<String> columns = new ArrayList<>();
			columns.add("id");
			table.stored().stream().filter(f -> !f.name().equals("id")).forEach(f -> columns.addAll(f.columns()));
			if (table.name().equals("organization") || table.name().equals("service")) {
				columns.add("tenant_id");
			}
			if (table.name().equals("organization")) {
				columns.add("updated_at");
			}
			String self = SELF_REFERENCES.get(table.name());
			StringBuilder sql = new StringBuilder("insert into " + table.dbTable() + " (")
				.append(String.join(", ", columns))
				.append(") values (")
				.append(String.join(", ", columns.stream().map(c -> ":" + c).toList()))
				.append(") on conflict (id) do update set ")
				.append(String.join(", ", columns.stream().filter(c -> !c.equals("id") && !c.equals(self))
					.map(c -> c + " = excluded." + c).toList()));
			if (table.name().equals("organization") || table.name().equals("service")) {
				sql.append(", version = ").append(table.dbTable()).append(".version + 1");
			}
			MapSqlParameterSource[] params = entry.getValue().stream().map(row -> {
				MapSqlParameterSource source = new MapSqlParameterSource();
				for (String column : columns) {
					Object value = row.get(column);
					if (column.equals(self)) {
						value = null; // set below, once the row it points to is written
					}
					if (column.equals("updated_at")) {
						value = now;
					}
					source.addValue(column, value);
				}
				return source;
			}).toArray(MapSqlParameterSource[]::new);
			batch.batchUpdate(sql.toString(), params);
		}
		plan.selfReferences().forEach((name, references) -> {
			Table table = model.table(name);
			String column = SELF_REFERENCES.get(name);
			batch.batchUpdate("update " + table.dbTable() + " set " + column + " = :target where id = :id",
					references.entrySet().stream()
						.map(e -> new MapSqlParameterSource("id", e.getKey()).addValue("target", e.getValue()))
						.toArray(MapSqlParameterSource[]::new));
		});
		if (!plan.serviceIds().isEmpty()) {
			// free of charge: no cost option at all or one of 0, and no fees description in any language
			jdbc.sql("""
					update directory_service s set free_of_charge =
					    (not exists (select 1 from directory_cost_option c where c.service_id = s.id)
					     or exists (select 1 from directory_cost_option c where c.service_id = s.id and c.amount = 0))
					    and coalesce(s.fees_description_bg, '') = '' and coalesce(s.fees_description_lv, '') = ''
					    and coalesce(s.fees_description_en, '') = ''
					where s.id = any(:ids)
					""").param("ids", plan.serviceIds().toArray(String[]::new)).update();
		}
	}

	// ---- values ----

	private Map<String, Object> convert(Table table, Rec rec, String language, List<Problem> problems) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", rec.id());
		for (Field field : table.fields()) {
			if (field.name().equals("id")) {
				continue;
			}
			switch (field.kind()) {
				case NOT_STORED -> {
				}
				case TRANSLATED -> {
					boolean any = field.columns().stream().anyMatch(c -> rec.values().containsKey(c));
					if (any) {
						field.columns().forEach(c -> row.put(c, rec.values().get(c)));
					}
					else if (rec.values().get(field.name()) != null) {
						row.put(field.name() + "_" + language, rec.values().get(field.name()));
					}
					if (field.required() && field.columns().stream().allMatch(c -> row.get(c) == null)) {
						problems.add(problem(rec, field.name(), "required"));
					}
				}
				case PLAIN, EXTENSION -> {
					String raw = rec.values().get(field.name());
					if (raw == null || raw.isBlank()) {
						if (field.required() || field.notNull()) {
							problems.add(problem(rec, field.name(), "required"));
						}
						else if ("boolean".equals(field.sqlType())) {
							row.put(field.name(), false);
						}
						continue;
					}
					try {
						Object value = parse(field, raw.strip());
						row.put(field.name(), value);
					}
					catch (BadValue bad) {
						problems.add(problem(rec, field.name(), bad.code, bad.args));
					}
				}
			}
		}
		return row;
	}

	private static final class BadValue extends Exception {

		final String code;

		final Object[] args;

		BadValue(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}
	}

	private static Object parse(Field field, String raw) throws BadValue {
		if (!field.allowed().isEmpty() && !field.allowed().contains(raw)) {
			throw new BadValue("notAllowed", String.join(", ", field.allowed()));
		}
		try {
			return switch (field.sqlType()) {
				case "integer", "bigint" -> {
					BigDecimal number = new BigDecimal(raw);
					try {
						yield number.intValueExact();
					}
					catch (ArithmeticException ex) {
						throw new BadValue("notWholeNumber");
					}
				}
				case "numeric" -> new BigDecimal(raw);
				case "date" -> LocalDate.parse(raw);
				case "time without time zone" -> time(raw);
				case "timestamp with time zone" -> OffsetDateTime.parse(raw).withOffsetSameInstant(ZoneOffset.UTC);
				case "boolean" -> switch (raw.toLowerCase(java.util.Locale.ROOT)) {
					case "true", "1", "yes" -> true;
					case "false", "0", "no" -> false;
					default -> throw new BadValue("notBoolean");
				};
				default -> {
					if (field.maxLength() != null && raw.length() > field.maxLength()) {
						throw new BadValue("tooLong", field.maxLength());
					}
					if (field.name().equals("country") && !raw.matches("[A-Z]{2}")) {
						throw new BadValue("country");
					}
					yield raw;
				}
			};
		}
		catch (NumberFormatException ex) {
			throw new BadValue("notNumber");
		}
		catch (DateTimeParseException ex) {
			throw new BadValue(switch (field.sqlType()) {
				case "date" -> "notDate";
				case "time without time zone" -> "notTime";
				default -> "notDateTime";
			});
		}
	}

	/** 09:00, 09:00:00, or with an offset as the standard suggests (09:00Z, 09:00+02:00): the local time is kept. */
	private static LocalTime time(String raw) {
		try {
			return LocalTime.parse(raw);
		}
		catch (DateTimeParseException ex) {
			return OffsetTime.parse(raw.length() == 6 && raw.endsWith("Z") ? raw.substring(0, 5) + ":00Z" : raw)
				.toLocalTime();
		}
	}

	/** The file's row, keeping the directory's translations (and time of change) that the file does not have. */
	private static Map<String, Object> merge(Table table, Map<String, Object> row, Map<String, Object> current) {
		Map<String, Object> merged = new HashMap<>(row);
		if (current == null) {
			return merged;
		}
		for (Field field : table.fields()) {
			if (field.kind() == Kind.TRANSLATED) {
				for (String column : field.columns()) {
					if (merged.get(column) == null && current.get(column) != null) {
						merged.put(column, current.get(column));
					}
				}
			}
		}
		if (table.name().equals("service") && merged.get("last_modified") == null) {
			merged.put("last_modified", current.get("last_modified"));
		}
		return merged;
	}

	private static boolean same(Table table, Map<String, Object> merged, Map<String, Object> current) {
		for (Field field : table.stored()) {
			for (String column : field.columns()) {
				if (!equal(merged.get(column), current.get(column))) {
					return false;
				}
			}
		}
		return Objects.equals(merged.get("tenant_id"), current.get("tenant_id") == null ? null
				: ((Number) current.get("tenant_id")).longValue());
	}

	private static boolean equal(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return x.longValue() == y.longValue();
		}
		if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
			return x.isEqual(y);
		}
		return Objects.equals(a, b);
	}

	// ---- references and owners ----

	record Target(String table, String id) {
	}

	/** The records a row points to, by field. */
	private Map<String, Target> references(String table, Map<String, Object> row) {
		Map<String, Target> targets = new LinkedHashMap<>();
		for (Field field : model.table(table).fields()) {
			Object value = row.get(field.name());
			if (value == null) {
				continue;
			}
			field.references().ifPresent(target -> targets.put(field.name(), new Target(target, value.toString())));
		}
		if (table.equals("attribute") && row.get("link_id") != null && row.get("link_entity") != null) {
			String entity = row.get("link_entity").toString();
			if (model.find(entity).isPresent()) {
				targets.put("link_id", new Target(entity, row.get("link_id").toString()));
			}
		}
		return targets;
	}

	/**
	 * The ids that exist in a table, each with the municipality whose directory holds it (null for shared taxonomy
	 * records, and for a record linked to no organization or service).
	 */
	Map<String, Long> owners(String table, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> owners = new HashMap<>();
		List<String> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += 10_000) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 10_000));
			jdbc.sql("select t.id, " + tenant(table, "t", 0) + " from directory_" + table + " t where t.id = any(:ids)")
				.param("ids", chunk.toArray(String[]::new))
				.query(rs -> {
					owners.put(rs.getString(1), (Long) rs.getObject(2));
				});
		}
		return owners;
	}

	/** An SQL expression for the municipality of a table's row, through the records it belongs to. */
	String tenant(String table, String alias) {
		return tenant(table, alias, 0);
	}

	private String tenant(String table, String alias, int depth) {
		if (table.equals("organization") || table.equals("service")) {
			return alias + ".tenant_id";
		}
		if (SHARED.contains(table) || depth > 3) {
			return "cast(null as bigint)";
		}
		String next = "p" + depth;
		List<String> ways = new ArrayList<>();
		if (table.equals("attribute")) {
			for (String entity : List.of("organization", "service", "location", "service_at_location")) {
				ways.add("(select " + tenant(entity, next, depth + 1) + " from directory_" + entity + " " + next
						+ " where " + alias + ".link_entity = '" + entity + "' and " + next + ".id = " + alias
						+ ".link_id)");
			}
		}
		for (String parent : List.of("service", "organization", "location", "service_at_location", "contact", "phone")) {
			if (model.table(table).field(parent + "_id").filter(Field::stored).isPresent()) {
				ways.add("(select " + tenant(parent, next, depth + 1) + " from directory_" + parent + " " + next
						+ " where " + next + ".id = " + alias + "." + parent + "_id)");
			}
		}
		if (table.equals("location")) {
			ways.add("(select s.tenant_id from directory_service_at_location x join directory_service s on s.id = "
					+ "x.service_id where x.location_id = " + alias + ".id limit 1)");
		}
		return ways.isEmpty() ? "cast(null as bigint)" : "coalesce(" + String.join(", ", ways) + ")";
	}

	// ---- problems ----

	private static Problem problem(Rec rec, String field, String code, Object... args) {
		return new Problem(rec.table(), rec.id(), rec.file(), rec.line(), rec.path(), field, code, List.of(args));
	}

	/** Where a record is, for a message: "services.csv:12" or "[0].services[2]". */
	static String where(Rec rec) {
		return rec.file() != null ? rec.file() + ":" + rec.line() : rec.path();
	}
}
