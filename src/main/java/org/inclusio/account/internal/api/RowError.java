package org.inclusio.account.internal.api;

import java.util.List;

/**
 * Why a row cannot be stored: a stable code (also the message key {@code accountapi.error.<code>}), the field
 * (null for the whole row) and the arguments of the message.
 */
record RowError(int row, Field field, String code, List<Object> args) {

	RowError(int row, Field field, String code, Object... args) {
		this(row, field, code, List.of(args));
	}
}
