package org.inclusio.account.internal.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

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

	List<RawRow> read(byte[] body, Dataset dataset) {
		String name = dataset.key();
		JsonNode root;
		try {
			root = json.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
					"The body is not valid JSON" + where + ": " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
					"The body must be a JSON object like {\"" + name + "\": [ ... ]}");
		}
		for (String property : root.propertyNames()) {
			if (!property.equals(name)) {
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD",
						"Unknown field '" + property + "' at the top level; the only field is '" + name + "'");
			}
		}
		JsonNode array = root.get(name);
		if (array == null || !array.isArray()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "MISSING_FIELD",
					"The body must have an array '" + name + "', like {\"" + name + "\": [ ... ]}");
		}
		if (array.size() > MAX_ROWS) {
			throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_ROWS", "A batch may have at most " + MAX_ROWS
					+ " rows; this one has " + array.size() + ". Send it as several smaller batches.");
		}
		List<RawRow> rows = new ArrayList<>(array.size());
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			int row = i + 1;
			if (!item.isObject()) {
				throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_ROW",
						name + "[" + i + "] (row " + row + ") must be a JSON object");
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			List<RowError> problems = new ArrayList<>(0);
			for (Map.Entry<String, JsonNode> property : item.properties()) {
				Field field = dataset.byJson(property.getKey()).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST,
						"UNKNOWN_FIELD", "Unknown field '" + property.getKey() + "' in " + name + "[" + row0(row)
								+ "] (row " + row + "); the fields are " + dataset.fields.stream().map(Field::json)
									.collect(Collectors.joining(", "))));
				JsonNode value = property.getValue();
				if (value.isNull()) {
					continue;
				}
				if (value.isString()) {
					values.put(field, value.stringValue());
				}
				else if (value.isNumber() && field.isAmount()) {
					// judged before it is written out: 1e999999999 would otherwise become a billion digits
					java.math.BigDecimal number = value.decimalValue().stripTrailingZeros();
					if (number.precision() - number.scale() > 9) {
						problems.add(new RowError(row, field, "OUT_OF_RANGE", RowValidator.MAX_AMOUNT.intValueExact()));
					}
					else if (number.scale() > 2) {
						problems.add(new RowError(row, field, "TOO_MANY_DECIMALS"));
					}
					else {
						values.put(field, number.toPlainString());
					}
				}
				else {
					problems.add(new RowError(row, field, field.isAmount() ? "INVALID_NUMBER" : "INVALID_TYPE"));
				}
			}
			rows.add(new RawRow(row, values, problems));
		}
		return rows;
	}

	private static int row0(int row) {
		return row - 1;
	}
}
