package org.inclusio.directory.internal.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.inclusio.directory.internal.hsds.HsdsModel.Field;
import org.inclusio.directory.internal.hsds.HsdsModel.Kind;
import org.inclusio.directory.internal.hsds.HsdsModel.Table;
import org.inclusio.directory.internal.hsds.HsdsRecords.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality's whole directory as HSDS 3.0: JSON (its organizations, each with its services, locations,
 * programs, contacts and phones nested as the compiled organization schema has them) or the tabular format (a ZIP
 * with one CSV file per table and a Frictionless {@code datapackage.json}). Each text is given in the language
 * chosen and, as extension fields, in each language apart ({@code name_bg}, {@code name_lv}, {@code name_en}), so
 * that importing an export gives back the same directory.
 */
@Component
class HsdsExport {

	private final HsdsModel model;

	private final HsdsRecords records;

	private final HsdsDocuments documents;

	private final HsdsImport owners;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	HsdsExport(HsdsModel model, HsdsRecords records, HsdsDocuments documents, HsdsImport owners, JdbcClient jdbc,
			JsonMapper json) {
		this.model = model;
		this.records = records;
		this.documents = documents;
		this.owners = owners;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public byte[] json(long tenantId, String language) {
		List<String> ids = jdbc.sql("select id from directory_organization where tenant_id = :tenant order by id")
			.param("tenant", tenantId)
			.query(String.class)
			.list();
		ArrayNode all = JsonNodeFactory.instance.arrayNode();
		for (int from = 0; from < ids.size(); from += 200) {
			documents.organizations(ids.subList(from, Math.min(ids.size(), from + 200)), new Texts(language, true), true)
				.forEach(all::add);
		}
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(all);
	}

	@Transactional(readOnly = true)
	public byte[] tabular(long tenantId, String language) {
		Texts texts = new Texts(language, true);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			ObjectNode datapackage = JsonNodeFactory.instance.objectNode();
			datapackage.put("name", "inclusio-directory");
			datapackage.put("profile", "tabular-data-package");
			datapackage.put("description", "Open Referral HSDS 3.0 tabular format");
			ArrayNode resources = datapackage.putArray("resources");
			for (Table table : model.tables()) {
				List<Map<String, Object>> rows = HsdsImport.SHARED.contains(table.name())
						? records.all(table, null, Map.of())
						: records.all(table, owners.tenant(table.name(), "directory_" + table.name()) + " = :tenant",
								Map.of("tenant", tenantId));
				StringBuilder csv = new StringBuilder();
				List<String> columns = table.csvColumns();
				HsdsCsv.write(csv, columns);
				for (var row : rows) {
					List<String> cells = new ArrayList<>(columns.size());
					for (String column : columns) {
						cells.add(cell(table, column, row, texts));
					}
					HsdsCsv.write(csv, cells);
				}
				zip.putNextEntry(new ZipEntry(table.path()));
				zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				resources.add(resource(table, columns));
			}
			zip.putNextEntry(new ZipEntry("datapackage.json"));
			zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String cell(Table table, String column, Map<String, Object> row, Texts texts) {
		var field = table.field(column);
		if (field.isPresent()) {
			return switch (field.get().kind()) {
				case TRANSLATED -> {
					String text = texts.pick(row, column);
					yield text == null ? "" : text;
				}
				case NOT_STORED -> "";
				default -> HsdsRecords.text(row.get(column));
			};
		}
		return HsdsRecords.text(row.get(column)); // name_bg, name_lv, name_en
	}

	private ObjectNode resource(Table table, List<String> columns) {
		ObjectNode resource = JsonNodeFactory.instance.objectNode();
		resource.put("name", table.name());
		resource.put("path", table.path());
		resource.put("profile", "tabular-data-resource");
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		ObjectNode schema = resource.putObject("schema");
		ArrayNode fields = schema.putArray("fields");
		for (String column : columns) {
			ObjectNode field = fields.addObject();
			field.put("name", column);
			Field known = table.field(column).orElse(null);
			field.put("type", known == null || known.kind() == Kind.TRANSLATED ? "string" : type(known));
			if (known != null && known.required()) {
				field.putObject("constraints").put("required", true);
			}
		}
		schema.put("primaryKey", "id");
		return resource;
	}

	private static String type(Field field) {
		if (field.sqlType() == null) {
			return field.jsonType();
		}
		return switch (field.sqlType()) {
			case "integer", "bigint" -> "integer";
			case "numeric" -> "number";
			case "date" -> "date";
			case "time without time zone" -> "time";
			case "timestamp with time zone" -> "datetime";
			case "boolean" -> "boolean";
			default -> "string";
		};
	}
}
