package org.inclusio.actionplan.internal;

/** Where an action's money comes from. */
enum Funding {
	MUNICIPAL_BUDGET, ESF_PLUS, ERDF, NATIONAL, OTHER
}
