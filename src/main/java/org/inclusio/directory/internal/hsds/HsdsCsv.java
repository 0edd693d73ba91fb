package org.inclusio.directory.internal.hsds;

import java.util.ArrayList;
import java.util.List;

/** CSV as RFC 4180 writes it (commas, double quotes, CRLF), the tabular format's files. */
final class HsdsCsv {

	private HsdsCsv() {
	}

	/** One line of a file: its number (the first line is 1) and its cells. */
	record Line(int number, List<String> cells) {
	}

	/** The lines of a text; a quoted cell may hold commas, quotes ("") and line breaks. */
	static List<Line> read(String text) throws Malformed {
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int line = 1;
		int start = 1;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				wasQuoted = false;
				if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
					lines.add(new Line(start, List.copyOf(cells)));
				}
				cells.clear();
				line++;
				start = line;
			}
			else if (wasQuoted) {
				throw new Malformed(line);
			}
			else {
				cell.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new Malformed(start);
		}
		if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
			cells.add(cell.toString());
			lines.add(new Line(start, List.copyOf(cells)));
		}
		return lines;
	}

	static void write(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0) {
				out.append('"').append(cell.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(cell);
			}
		}
		out.append("\r\n");
	}

	/** A quote that is never closed, or text right after a closing quote. */
	static final class Malformed extends Exception {

		final int line;

		Malformed(int line) {
			super("line " + line);
			this.line = line;
		}
	}
}
