package org.inclusio.account.internal.api;

/**
 * How values are written. The JSON API takes ISO dates and a decimal point only; a CSV file may also have dates
 * like 31.12.2026 and, when its separator is a semicolon, a decimal comma (as spreadsheets write them in
 * Bulgaria and Latvia).
 */
record Dialect(boolean csv, boolean decimalComma) {

	static final Dialect JSON = new Dialect(false, false);

	static Dialect csv(boolean decimalComma) {
		return new Dialect(true, decimalComma);
	}
}
