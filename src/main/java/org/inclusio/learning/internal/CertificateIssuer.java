package org.inclusio.learning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Languages;
import org.springframework.stereotype.Component;

/**
 * Gives a citizen the certificate of a course they have completed, exactly once: the enrolment has at most one
 * (a unique column), so asking again, e.g. after passing the quiz a second time, changes nothing.
 */
@Component
class CertificateIssuer {

	// 31^12 codes: a clash is all but impossible, and a few new draws settle one
	private static final int CODE_DRAWS = 5;

	private final Certificates certificates;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	CertificateIssuer(Certificates certificates, People people, AuditLog audit, Clock clock) {
		this.certificates = certificates;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues the certificate when the enrolment is completed and has none yet; call inside the completing transaction. */
	void issueIfCompleted(SignedInUser citizen, long enrolmentId, Locale language) {
		if (!certificates.isDue(citizen.tenantId(), citizen.id(), enrolmentId)) {
			return;
		}
		// the name as the account has it now, not as the session remembered it at sign-in
		String name = people.find(citizen.tenantId(), citizen.id())
			.map(People.Person::displayName)
			.orElse(citizen.displayName());
		String municipality = municipalityNames(citizen.tenantId());
		String lang = language(language);
		for (int draw = 0; draw < CODE_DRAWS; draw++) {
			Optional<Long> issued = certificates.issue(citizen.tenantId(), citizen.id(), enrolmentId,
					CertificateCode.random(), name, municipality, lang, OffsetDateTime.now(clock));
			if (issued.isPresent()) {
				audit.record("CREATE", "learning-certificate", issued.get(), "enrolment=" + enrolmentId);
				return;
			}
			if (!certificates.isDue(citizen.tenantId(), citizen.id(), enrolmentId)) {
				return;
			}
		}
		throw new IllegalStateException("No free certificate code after " + CODE_DRAWS + " draws");
	}

	/** The municipality's name in every language, as a jsonb text; English is the fallback of the others. */
	private String municipalityNames(long tenantId) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Locale language : Languages.SUPPORTED) {
			people.municipalityName(tenantId, language)
				.filter(name -> !name.isBlank())
				.ifPresent(name -> names.put(language.getLanguage(), name));
		}
		names.putIfAbsent(Texts.FALLBACK, names.values().stream().findFirst().orElse("—"));
		return new Texts(names).toJson();
	}

	static String language(Locale locale) {
		Locale supported = Languages.of(locale.getLanguage());
		return (supported == null ? Languages.FALLBACK : supported).getLanguage();
	}
}
