package org.inclusio.account.internal.api;

import java.util.List;
import java.util.Map;

/**
 * One row as it arrived, before validation: its number (1-based position in a JSON array, line number in a CSV
 * file), its values as text, and any problem already found while reading it (e.g. a JSON object where text was
 * expected).
 */
record RawRow(int row, Map<Field, String> values, List<RowError> problems) {

	String get(Field field) {
		return values.get(field);
	}
}
