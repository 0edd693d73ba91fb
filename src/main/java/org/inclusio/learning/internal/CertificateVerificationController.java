package org.inclusio.learning.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Amounts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Anyone, signed in or not, checks a certificate by its code: an employer, a college, an office. The page shows
 * only what the certificate itself says (name, course, date, municipality), never an email address or an id.
 * The form is a GET, so a checked certificate has an address that can be shared.
 */
@Controller
@RequestMapping(CertificateVerificationController.PATH)
class CertificateVerificationController {

	static final String PATH = "/certificates/verify";

	// a code pasted with a whole sentence around it is shown back shortened
	private static final int SHOWN_TYPED_LENGTH = 40;

	private final Certificates certificates;

	private final AuditLog audit;

	private final MunicipalityTimeZones zones;

	CertificateVerificationController(Certificates certificates, AuditLog audit,
			MunicipalityTimeZones zones) {
		this.certificates = certificates;
		this.audit = audit;
		this.zones = zones;
	}

	/** A verified certificate as the page shows it. */
	record Verified(String code, String personName, LocalText courseTitle, String date, LocalText municipality) {
	}

	@GetMapping
	String form(@ModelAttribute("lookup") CertificateLookup lookup, BindingResult errors) {
		if (lookup.getCode() == null) {
			return "learning/certificates/verify";
		}
		if (lookup.getCode().isBlank()) {
			errors.rejectValue("code", "learningcert.verify.code.required");
			return "learning/certificates/verify";
		}
		Optional<String> code = CertificateCode.normalise(lookup.getCode());
		if (code.isEmpty()) {
			errors.rejectValue("code", "learningcert.verify.code.invalid");
			return "learning/certificates/verify";
		}
		return "redirect:" + PATH + "/" + CertificateCode.display(code.get());
	}

	@GetMapping("/{typed}")
	String verify(@PathVariable String typed, Model model, Locale locale, HttpServletResponse response) {
		// a person's name on a page that only its code opens: not for search engines
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		Optional<Certificates.Certificate> found = CertificateCode.normalise(typed)
			.flatMap(code -> certificates.byCode(code, CertificateIssuer.language(locale)));
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("typed", typed.length() > SHOWN_TYPED_LENGTH
					? typed.substring(0, SHOWN_TYPED_LENGTH) + "…" : typed);
			CertificateLookup lookup = new CertificateLookup();
			lookup.setCode(typed.length() > SHOWN_TYPED_LENGTH ? "" : typed);
			model.addAttribute("lookup", lookup);
			return "learning/certificates/unknown";
		}
		Certificates.Certificate certificate = found.get();
		audit.record(certificate.tenantId(), SignedInUser.current().orElse(null), "READ", "learning-certificate",
				certificate.id(), "verified by code");
		model.addAttribute("certificate", new Verified(certificate.displayCode(), certificate.personName(),
				certificate.courseTitle(), Amounts.date(LocalDate.ofInstant(certificate.issuedAt(), zones.of(certificate.tenantId())), locale),
				certificate.municipality()));
		return "learning/certificates/verified";
	}
}
