package org.inclusio.actionplan.internal;

/** A choice in a select list: the value sent and the label shown. */
record Option(String value, String label) {
}
