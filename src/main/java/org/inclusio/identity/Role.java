package org.inclusio.identity;

/** What a person may do in their municipality. A person may hold several roles. */
public enum Role {
	CITIZEN, CASEWORKER, PROVIDER_STAFF, FACILITATOR, ANALYST, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != CITIZEN;
	}
}
