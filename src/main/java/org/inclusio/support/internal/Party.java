package org.inclusio.support.internal;

/** Who acts on a referral: the citizen it is about, a caseworker of their municipality, or the provider's staff. */
enum Party {
	CITIZEN, CASEWORKER, PROVIDER
}
