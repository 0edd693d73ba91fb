package org.inclusio.account.internal.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a JSON batch such as {@code {"accounts": [ {...}, ... ]}} into raw rows. The shape must be exactly right
 * (an unknown field anywhere is refused with 400, naming it, so that a typo never loses data silently); values of
 * the wrong JSON type become row errors, like any other bad value.
 */
@Component
class JsonBatchReader {

	static final int MAX_ROWS = 5_000;

	private final ApiJson json;

	JsonBatchReader(ApiJson json) {
		this.json = json;
	}

	/**
	 * Streams through the body once (no tree of the whole batch is built). The checks and their precedence are those
	 * of reading the whole document first: invalid JSON, then the top level, then the number of rows, then the first
	 * row that is not an object or has an unknown field.
	 */
	List<RawRow> read(byte[] body, Dataset dataset) {
		String name = dataset.key();
		List<RawRow> rows = new ArrayList<>();
		ApiProblem topLevel = null;
		ApiProblem rowProblem = null;
		boolean array = false;
		int size = 0;
		try (JsonParser parser = json.mapper.createParser(body)) {
			JsonToken token = parser.nextToken();
			if (token != JsonToken.START_OBJECT) {
				parser.skipChildren();
				endOfDocument(parser);
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
						"The body must be a JSON object like {\"" + name + "\": [ ... ]}");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String property = parser.currentName();
				token = parser.nextToken();
				if (!property.equals(name)) {
					if (topLevel == null) {
						topLevel = new ApiProblem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
								"Unknown field '" + property + "' at the top level; the only field is '" + name + "'");
					}
					parser.skipChildren();
					continue;
				}
				if (token != JsonToken.START_ARRAY) {
					parser.skipChildren();
					continue;
				}
				array = true;
				while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
					int row = ++size;
					if (token != JsonToken.START_OBJECT) {
						if (rowProblem == null) {
							rowProblem = new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_ROW",
									name + "[" + row0(row) + "] (row " + row + ") must be a JSON object");
						}
						parser.skipChildren();
					}
					else if (rowProblem != null || size > MAX_ROWS) {
						parser.skipChildren(); // refused anyway: only counted
					}
					else {
						rowProblem = readRow(parser, dataset, row, rows);
					}
				}
			}
			endOfDocument(parser);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
					"The body is not valid JSON" + where + ": " + ex.getOriginalMessage());
		}
		if (topLevel != null) {
			throw topLevel;
		}
		if (!array) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MISSING_FIELD",
					"The body must have an array '" + name + "', like {\"" + name + "\": [ ... ]}");
		}
		if (size > MAX_ROWS) {
			throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS", "A batch may have at most " + MAX_ROWS
					+ " rows; this one has " + size + ". Send it as several smaller batches.");
		}
		if (rowProblem != null) {
			throw rowProblem;
		}
		return rows;
	}

	/** Reads one object (the parser is on its start) into a raw row; an unknown field is the batch's problem. */
	private static ApiProblem readRow(JsonParser parser, Dataset dataset, int row, List<RawRow> rows) {
		Map<Field, String> values = new EnumMap<>(Field.class);
		List<RowError> problems = null;
		ApiProblem unknown = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String property = parser.currentName();
			JsonToken value = parser.nextToken();
			Field field = unknown == null ? dataset.byJsonName(property) : null;
			if (field == null) {
				if (unknown == null) {
					String name = dataset.key();
					unknown = new ApiProblem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", "Unknown field '" + property + "' in "
							+ name + "[" + row0(row) + "] (row " + row + "); the fields are "
							+ dataset.fields.stream().map(Field::json).collect(Collectors.joining(", ")));
				}
				parser.skipChildren();
				continue;
			}
			String problem = null;
			switch (value) {
				case VALUE_NULL -> {
				}
				case VALUE_STRING -> values.put(field, parser.getString());
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
					if (!field.isAmount()) {
						problem = "INVALID_TYPE";
						break;
					}
					// judged before it is written out: 1e999999999 would otherwise become a billion digits
					java.math.BigDecimal number = parser.getDecimalValue();
					if (number.scale() > 2 || number.scale() < 0) {
						number = number.stripTrailingZeros();
					}
					if (number.precision() - number.scale() > 9) {
						problems = add(problems, new RowError(row, field, "OUT_OF_RANGE", RowValidator.MAX_AMOUNT.intValueExact()));
					}
					else if (number.scale() > 2) {
						problems = add(problems, new RowError(row, field, "TOO_MANY_DECIMALS"));
					}
					else {
						values.put(field, number.toPlainString());
					}
				}
				default -> {
					parser.skipChildren();
					problem = field.isAmount() ? "INVALID_NUMBER" : "INVALID_TYPE";
				}
			}
			if (problem != null) {
				problems = add(problems, new RowError(row, field, problem));
			}
		}
		if (unknown != null) {
			return unknown;
		}
		rows.add(new RawRow(row, values, problems == null ? List.of() : problems));
		return null;
	}

	private static List<RowError> add(List<RowError> problems, RowError error) {
		List<RowError> list = problems == null ? new ArrayList<>(2) : problems;
		list.add(error);
		return list;
	}

	/** Nothing but white space may follow the one JSON value. */
	private static void endOfDocument(JsonParser parser) {
		JsonToken trailing = parser.nextToken();
		if (trailing != null) {
			var location = parser.currentLocation();
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "The body is not valid JSON (line "
					+ location.getLineNr() + ", column " + location.getColumnNr() + "): more content after the JSON value");
		}
	}

	private static int row0(int row) {
		return row - 1;
	}
}
