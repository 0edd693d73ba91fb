package org.inclusio.support.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.shared.web.Amounts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Sentences of the support pages made in Java: refusals, consent texts and dates in the municipality's time. */
@Component("supportTexts")
public class SupportTexts {

	private final MessageSource messages;

	private final MunicipalityTimeZones zones;

	SupportTexts(MessageSource messages, MunicipalityTimeZones zones) {
		this.messages = messages;
		this.zones = zones;
	}

	String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** Why a change was refused; arguments that are message keys (a state's name) are said in the language too. */
	String refusal(ReferralRefused refused, Locale locale) {
		Object[] arguments = Arrays.stream(refused.arguments())
			.map(a -> a instanceof String key && key.startsWith("support.") ? messages.getMessage(key, null, locale) : a)
			.toArray();
		return messages.getMessage(refused.messageKey(), arguments, locale);
	}

	/** A moment as a date in the municipality's time zone, written the way people write dates in the language. */
	public String date(OffsetDateTime at, long tenantId, Locale locale) {
		return at == null ? "" : Amounts.date(at.atZoneSameInstant(zones.of(tenantId)).toLocalDate(), locale);
	}
}
