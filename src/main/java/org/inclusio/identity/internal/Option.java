package org.inclusio.identity.internal;

/** A value and its label in the page's language, for select lists. */
record Option(String value, String label) {
}
