package org.inclusio.codesign.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a participant needs to take part, asked with their reply so the facilitator can arrange it. */
enum AccessNeed {
	INTERPRETER, SIGN_LANGUAGE, STEP_FREE, CHILDCARE, TRANSPORT, LARGE_PRINT;

	/** Known needs among the given values; unknown values are dropped. */
	static Set<AccessNeed> parse(Collection<String> values) {
		Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
		if (values != null) {
			for (String value : values) {
				Arrays.stream(values()).filter(n -> n.name().equals(value)).forEach(needs::add);
			}
		}
		return needs;
	}

	static Set<AccessNeed> fromColumn(String column) {
		return column == null || column.isBlank() ? EnumSet.noneOf(AccessNeed.class)
				: parse(Arrays.asList(column.split(",")));
	}

	static String toColumn(Set<AccessNeed> needs) {
		return needs.stream().map(Enum::name).collect(Collectors.joining(","));
	}
}
