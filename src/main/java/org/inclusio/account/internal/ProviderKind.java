package org.inclusio.account.internal;

enum ProviderKind {
	LANDLORD, LOCAL_AUTHORITY, NGO, UTILITY, OTHER
}
