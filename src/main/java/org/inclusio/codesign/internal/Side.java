package org.inclusio.codesign.internal;

/** Which side of the table a participant sits on. Votes count the same whatever the side. */
enum Side {
	SERVICE_USER, PROVIDER, MUNICIPALITY, NGO, EXPERT;

	static Side parse(String value) {
		for (Side side : values()) {
			if (side.name().equals(value)) {
				return side;
			}
		}
		return null;
	}
}
