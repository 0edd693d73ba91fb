package org.inclusio.identity.internal;

import java.util.List;
import java.util.Locale;
import org.inclusio.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices forms offer: municipalities and languages, named in the page's language. */
@Component
class Municipalities {

	private final TenantRepository tenants;

	private final MessageSource messages;

	Municipalities(TenantRepository tenants, MessageSource messages) {
		this.tenants = tenants;
		this.messages = messages;
	}

	/** Each language named in itself, as people look for their own language. */
	List<Option> languages() {
		return Languages.SUPPORTED.stream()
			.map(l -> new Option(l.getLanguage(), messages.getMessage("language." + l.getLanguage(), null, l)))
			.toList();
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
