package org.inclusio.identity.internal;

import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.LanguageChosen;
import org.inclusio.shared.web.Languages;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Remembers the language a signed-in person picks, so every device and every email uses it. */
@Component
class LanguagePreference {

	private final JdbcClient jdbc;

	LanguagePreference(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(LanguageChosen chosen) {
		if (!Languages.isSupported(chosen.locale().getLanguage())) {
			return;
		}
		SignedInUser.current().ifPresent(user -> jdbc
			.sql("update identity_user set preferred_language = :language where id = :id and preferred_language <> :language")
			.param("language", chosen.locale().getLanguage())
			.param("id", user.id())
			.update());
	}
}
