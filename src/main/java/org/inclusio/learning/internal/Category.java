package org.inclusio.learning.internal;

/** The catalogue's groups, in the order shown. */
enum Category {
	DIGITAL, MONEY
}
