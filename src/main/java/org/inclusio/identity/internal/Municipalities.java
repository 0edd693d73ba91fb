package org.inclusio.identity.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class Municipalities {

	private final TenantRepository tenants;

	Municipalities(TenantRepository tenants) {
		this.tenants = tenants;
	}

	List<Option> options(Locale locale) {
		return tenants.findAllByOrderByNameEnAsc()
			.stream()
			.map(t -> new Option(t.getCode(), t.name(locale)))
			.toList();
	}

	String nameOf(long tenantId, Locale locale) {
		return tenants.findById(tenantId).map(t -> t.name(locale)).orElse("");
	}
}
