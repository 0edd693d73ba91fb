package org.inclusio.money.internal;

/** The parts of a monthly budget a citizen types lines into. */
enum Section {
	INCOME, ESSENTIAL, DEBT;

	/** The id prefix of the section's form fields and its anchor on the page, e.g. "income". */
	String anchor() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
