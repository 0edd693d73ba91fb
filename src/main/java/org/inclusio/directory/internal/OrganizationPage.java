package org.inclusio.directory.internal;

import java.util.List;

/** The public page of an organisation: who they are, where, and their active services. */
record OrganizationPage(String id, Shown name, Shown description, String email, String website, List<String> phones,
		List<ServicePage.Place> places, List<ServiceLink> services, boolean fallback) {

	record ServiceLink(String id, Shown name, Shown description) {
	}
}
