package org.inclusio.account.internal.api;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a CSV file that provider staff saved from a spreadsheet: UTF-8 only (a byte order mark is dropped), the
 * separator is a comma or a semicolon (whichever the header row has more of), quotes as in RFC 4180, a header row
 * naming the columns (case, spaces and dashes do not matter; empty header cells are ignored). Every data row keeps
 * its line number, for error messages. Only the shape of the file is checked here; the values are checked by
 * {@link RowValidator}, as for the API.
 */
final class CsvFile {

	/** Why a file cannot be read at all; a message key {@code accountapi.upload.error.<code>} with arguments. */
	static final class Problem extends RuntimeException {

		final String code;

		final transient Object[] args;

		Problem(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}
	}

	record Parsed(List<RawRow> rows, char separator) {

		boolean decimalComma() {
			return separator == ';';
		}
	}

	private CsvFile() {
	}

	static Parsed parse(byte[] bytes, Dataset dataset, int maxRows) {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new Problem("empty");
		}
		char separator = separator(text);
		List<Record> records = records(text, separator);
		Record header = records.getFirst();
		List<Field> columns = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String cell : header.cells) {
			String name = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
			if (name.isEmpty()) {
				columns.add(null);
				continue;
			}
			Field field = dataset.byColumn(name).orElse(null);
			if (field == null) {
				unknown.add(cell.strip());
			}
			else if (columns.contains(field)) {
				throw new Problem("duplicateColumn", field.column);
			}
			columns.add(field);
		}
		List<String> missing = dataset.fields.stream()
			.filter(f -> dataset.required.contains(f) && !columns.contains(f))
			.map(Field::column)
			.toList();
		if (!missing.isEmpty()) {
			throw new Problem("missingColumns", String.join(", ", missing), columnList(dataset));
		}
		if (!unknown.isEmpty()) {
			throw new Problem("unknownColumns", String.join(", ", unknown), columnList(dataset));
		}
		List<RawRow> rows = new ArrayList<>();
		for (Record record : records.subList(1, records.size())) {
			if (record.cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			for (int i = columns.size(); i < record.cells.size(); i++) {
				if (!record.cells.get(i).isBlank()) {
					throw new Problem("tooManyCells", record.line, columns.size());
				}
			}
			if (rows.size() == maxRows) {
				throw new Problem("tooManyRows", maxRows);
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			for (int i = 0; i < columns.size() && i < record.cells.size(); i++) {
				Field field = columns.get(i);
				String value = record.cells.get(i).strip();
				if (field != null && !value.isEmpty()) {
					values.put(field, value);
				}
			}
			rows.add(new RawRow(record.line, values, List.of()));
		}
		if (rows.isEmpty()) {
			throw new Problem("noRows");
		}
		return new Parsed(rows, separator);
	}

	static String columnList(Dataset dataset) {
		return dataset.fields.stream().map(Field::column).collect(Collectors.joining(", "));
	}

	/** Strict UTF-8: the first invalid byte is reported with its line. */
	private static String decode(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new Problem("notUtf8", line);
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** The one of ',' and ';' the first line has more of, outside quotes. */
	private static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	private record Record(int line, List<String> cells) {
	}

	private static List<Record> records(String text, char separator) {
		List<Record> records = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int line = 1;
		int recordLine = 1;
		boolean quoted = false;
		boolean wasQuoted = false;
		int quoteLine = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				i++;
				continue;
			}
			if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
				quoteLine = line;
				cell.setLength(0);
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				records.add(new Record(recordLine, cells));
				cells = new ArrayList<>();
				cell.setLength(0);
				wasQuoted = false;
				line++;
				recordLine = line;
			}
			else {
				cell.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new Problem("openQuote", quoteLine);
		}
		if (cell.length() > 0 || !cells.isEmpty()) {
			cells.add(cell.toString());
			records.add(new Record(recordLine, cells));
		}
		return records;
	}
}
