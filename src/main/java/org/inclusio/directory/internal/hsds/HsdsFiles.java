package org.inclusio.directory.internal.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an uploaded file into flat records, one per row of a directory table: HSDS JSON (an array of organizations
 * or of services, nested as the compiled schemas nest them, or a page of the API) or the tabular format (a ZIP of
 * CSV files named as the standard names them, e.g. {@code services.csv}). A nested record gets its parent's id
 * where it has none (a phone inside a service gets {@code service_id}).
 */
@Component
class HsdsFiles {

	/** Nested arrays and the table of their items. Funding, metadata and identifiers are not kept by the directory. */
	static final Map<String, String> ARRAYS = Map.ofEntries(Map.entry("services", "service"),
			Map.entry("phones", "phone"), Map.entry("schedules", "schedule"),
			Map.entry("service_areas", "service_area"), Map.entry("service_at_locations", "service_at_location"),
			Map.entry("languages", "language"), Map.entry("cost_options", "cost_option"),
			Map.entry("required_documents", "required_document"), Map.entry("contacts", "contact"),
			Map.entry("attributes", "attribute"), Map.entry("locations", "location"),
			Map.entry("addresses", "address"), Map.entry("accessibility", "accessibility"),
			Map.entry("programs", "program"));

	/** Nested single objects, their table and the field of the holder that names them. */
	record One(String table, String reference) {
	}

	static final Map<String, One> OBJECTS = Map.of("organization", new One("organization", "organization_id"),
			"program", new One("program", "program_id"), "location", new One("location", "location_id"),
			"service", new One("service", "service_id"), "taxonomy_term", new One("taxonomy_term", "taxonomy_term_id"),
			"taxonomy_detail", new One("taxonomy", "taxonomy_id"));

	static final Set<String> IGNORED = Set.of("funding", "metadata", "organization_identifiers");

	/** One record of the file: its table, where it is (a CSV file and line, or a JSON path), its non-empty values. */
	record Rec(String table, String file, int line, String path, Map<String, String> values) {

		String id() {
			return values.get("id");
		}
	}

	/** A file that cannot be read at all: a message key and its arguments. */
	static final class Unreadable extends Exception {

		final String code;

		final Object[] args;

		Unreadable(String code, Object... args) {
			super(code);
			this.code = code;
			this.args = args;
		}
	}

	private final HsdsModel model;

	private final JsonMapper json = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	HsdsFiles(HsdsModel model) {
		this.model = model;
	}

	/** The records of a JSON file or a ZIP of CSV files (told apart by their first bytes). */
	List<Rec> read(byte[] content) throws Unreadable {
		if (content.length == 0) {
			throw new Unreadable("empty");
		}
		if (content.length > 3 && content[0] == 'P' && content[1] == 'K') {
			return readZip(content);
		}
		return readJson(utf8(content, null));
	}

	// ---- JSON ----

	private List<Rec> readJson(String text) throws Unreadable {
		JsonNode root;
		try {
			root = json.readTree(text);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			throw new Unreadable("json", location == null ? 0 : location.getLineNr(),
					location == null ? 0 : location.getColumnNr());
		}
		if (root == null || root.isMissingNode()) {
			throw new Unreadable("empty");
		}
		JsonNode items = root.isObject() && root.has("contents") ? root.get("contents") : root;
		if (items.isObject()) {
			items = json.createArrayNode().add(items);
		}
		if (!items.isArray()) {
			throw new Unreadable("jsonShape");
		}
		List<Rec> records = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			if (!item.isObject()) {
				throw new Unreadable("jsonShape");
			}
			boolean service = item.has("status") && !item.has("services");
			walk(item, service ? "service" : "organization", "[" + i + "]", null, records);
		}
		return records;
	}

	private Map<String, String> walk(JsonNode node, String table, String path, Rec parent, List<Rec> records) {
		Map<String, String> values = new LinkedHashMap<>();
		Rec rec = new Rec(table, null, 0, path, values);
		for (var property : node.properties()) {
			JsonNode value = property.getValue();
			if (value.isValueNode() && !value.isNull()) {
				String text = value.isString() ? value.asString() : value.toString();
				if (!text.isEmpty()) {
					values.put(property.getKey(), text);
				}
			}
		}
		if (parent != null) {
			if (table.equals("attribute")) {
				values.putIfAbsent("link_id", parent.id());
				values.putIfAbsent("link_entity", parent.table());
			}
			else if (model.find(table).flatMap(t -> t.field(parent.table() + "_id")).isPresent()) {
				values.putIfAbsent(parent.table() + "_id", parent.id());
			}
		}
		records.add(rec);
		for (var property : node.properties()) {
			String key = property.getKey();
			JsonNode value = property.getValue();
			if (value.isArray() && ARRAYS.containsKey(key)) {
				for (int i = 0; i < value.size(); i++) {
					if (value.get(i).isObject()) {
						walk(value.get(i), ARRAYS.get(key), path + "." + key + "[" + i + "]", rec, records);
					}
				}
			}
			else if (value.isObject() && OBJECTS.containsKey(key)) {
				One one = OBJECTS.get(key);
				Map<String, String> nested = walk(value, one.table(), path + "." + key, null, records);
				if (nested.get("id") != null) {
					values.putIfAbsent(one.reference(), nested.get("id"));
				}
			}
		}
		return values;
	}

	// ---- the tabular format ----

	private List<Rec> readZip(byte[] content) throws Unreadable {
		Map<String, HsdsModel.Table> byPath = new HashMap<>();
		model.tables().forEach(t -> byPath.put(t.path(), t));
		List<Rec> records = new ArrayList<>();
		boolean any = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
				HsdsModel.Table table = byPath.get(name);
				if (entry.isDirectory() || table == null) {
					continue; // datapackage.json and tables the directory does not keep
				}
				any = true;
				byte[] bytes = zip.readNBytes(100 * 1024 * 1024);
				readCsv(table, name, utf8(bytes, name), records);
			}
		}
		catch (ZipException ex) {
			throw new Unreadable("zip");
		}
		catch (IOException ex) {
			throw new Unreadable("zip");
		}
		if (!any) {
			throw new Unreadable("noTables");
		}
		return records;
	}

	private void readCsv(HsdsModel.Table table, String file, String text, List<Rec> records) throws Unreadable {
		List<HsdsCsv.Line> lines;
		try {
			lines = HsdsCsv.read(text);
		}
		catch (HsdsCsv.Malformed ex) {
			throw new Unreadable("csvQuote", file, ex.line);
		}
		if (lines.isEmpty()) {
			return;
		}
		List<String> header = lines.get(0).cells().stream().map(String::strip).toList();
		if (!header.contains("id")) {
			throw new Unreadable("csvNoId", file);
		}
		for (HsdsCsv.Line line : lines.subList(1, lines.size())) {
			if (line.cells().size() != header.size()) {
				throw new Unreadable("csvCells", file, line.number(), line.cells().size(), header.size());
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				if (!line.cells().get(i).isEmpty()) {
					values.put(header.get(i), line.cells().get(i));
				}
			}
			records.add(new Rec(table.name(), file, line.number(), null, values));
		}
	}

	/** The text of UTF-8 bytes without a byte order mark; any other encoding is refused, never guessed. */
	private static String utf8(byte[] bytes, String file) throws Unreadable {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw file == null ? new Unreadable("encoding") : new Unreadable("encodingIn", file);
		}
	}
}
