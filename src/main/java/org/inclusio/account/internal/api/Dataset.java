package org.inclusio.account.internal.api;

import static org.inclusio.account.internal.api.Field.AMOUNT;
import static org.inclusio.account.internal.api.Field.ARREARS;
import static org.inclusio.account.internal.api.Field.BALANCE;
import static org.inclusio.account.internal.api.Field.BODY;
import static org.inclusio.account.internal.api.Field.CURRENCY;
import static org.inclusio.account.internal.api.Field.DATE;
import static org.inclusio.account.internal.api.Field.DESCRIPTION;
import static org.inclusio.account.internal.api.Field.EXTERNAL_ID;
import static org.inclusio.account.internal.api.Field.KIND;
import static org.inclusio.account.internal.api.Field.NEXT_DUE_AMOUNT;
import static org.inclusio.account.internal.api.Field.NEXT_DUE_DATE;
import static org.inclusio.account.internal.api.Field.REFERENCE;
import static org.inclusio.account.internal.api.Field.SENT_AT;
import static org.inclusio.account.internal.api.Field.SUBJECT;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a batch holds: its JSON array name, its fields in order, and which of them are required. */
enum Dataset {
	ACCOUNTS(List.of(REFERENCE, KIND, CURRENCY, BALANCE, ARREARS, NEXT_DUE_DATE, NEXT_DUE_AMOUNT),
			EnumSet.of(REFERENCE, KIND, CURRENCY, BALANCE, ARREARS), true),
	TRANSACTIONS(List.of(REFERENCE, EXTERNAL_ID, DATE, AMOUNT, DESCRIPTION),
			EnumSet.of(REFERENCE, EXTERNAL_ID, DATE, AMOUNT, DESCRIPTION), true),
	MESSAGES(List.of(REFERENCE, EXTERNAL_ID, SUBJECT, BODY, SENT_AT),
			EnumSet.of(REFERENCE, EXTERNAL_ID, SUBJECT, BODY, SENT_AT), false);

	final List<Field> fields;

	final Set<Field> required;

	/** Whether provider staff can upload it as a CSV file in the browser. */
	final boolean csv;

	private final Map<String, Field> byJsonName = new HashMap<>();

	Dataset(List<Field> fields, Set<Field> required, boolean csv) {
		this.fields = fields;
		this.required = required;
		this.csv = csv;
		fields.forEach(field -> byJsonName.put(field.json, field));
	}

	/** The name of the array in the JSON body and of the endpoint: "accounts", "transactions", "messages". */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The field with this name in the JSON API, or null. */
	Field byJsonName(String name) {
		return byJsonName.get(name);
	}

	Optional<Field> byColumn(String name) {
		return fields.stream().filter(f -> f.column.equals(name)).findFirst();
	}

	static Optional<Dataset> of(String key) {
		for (Dataset dataset : values()) {
			if (dataset.key().equals(key)) {
				return Optional.of(dataset);
			}
		}
		return Optional.empty();
	}
}
