package org.inclusio.account.internal.api;

/**
 * A value a provider sends, with its name in the JSON API, its column name in CSV files and, for text, the
 * longest value the database column takes (in characters).
 */
enum Field {
	REFERENCE("reference", "reference", 64),
	KIND("kind", "kind", 20),
	CURRENCY("currency", "currency", 3),
	BALANCE("balance", "balance", 0),
	ARREARS("arrears", "arrears", 0),
	NEXT_DUE_DATE("nextDueDate", "next_due_date", 0),
	NEXT_DUE_AMOUNT("nextDueAmount", "next_due_amount", 0),
	EXTERNAL_ID("externalId", "external_id", 64),
	DATE("date", "date", 0),
	AMOUNT("amount", "amount", 0),
	DESCRIPTION("description", "description", 300),
	SUBJECT("subject", "subject", 200),
	BODY("body", "body", 4000),
	SENT_AT("sentAt", "sent_at", 0);

	final String json;

	final String column;

	final int maxLength;

	Field(String json, String column, int maxLength) {
		this.json = json;
		this.column = column;
		this.maxLength = maxLength;
	}

	/** Amounts may be sent as JSON numbers or as strings. */
	boolean isAmount() {
		return this == BALANCE || this == ARREARS || this == NEXT_DUE_AMOUNT || this == AMOUNT;
	}

	String json() {
		return json;
	}

	String column() {
		return column;
	}
}
