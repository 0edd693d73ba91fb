package org.inclusio.learning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.identity.SignedInUser;
import org.inclusio.shared.web.Amounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A citizen's badges and certificates: one per completed course, each with its certificate as a PDF to download and
 * show to anyone (who can check it by its code). Only the citizen themselves sees or downloads them.
 */
@Controller
@RequestMapping("/learning/certificates")
@PreAuthorize("hasRole('CITIZEN')")
class CertificateController {

	private final Certificates certificates;

	private final CertificatePdf pdf;

	private final MessageSource messages;

	private final String verifyAddress;

	private final MunicipalityTimeZones zones;

	CertificateController(Certificates certificates, CertificatePdf pdf, MessageSource messages,
			@Value("${inclusio.base-url}") String baseUrl, MunicipalityTimeZones zones) {
		this.certificates = certificates;
		this.pdf = pdf;
		this.messages = messages;
		this.verifyAddress = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
				+ CertificateVerificationController.PATH;
		this.zones = zones;
	}

	/** A certificate as its badge shows it. */
	record Badge(long id, String code, LocalText courseTitle, String date, Category category) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale) {
		String language = CertificateIssuer.language(locale);
		List<Badge> badges = certificates.of(citizen.tenantId(), citizen.id(), language)
			.stream()
			.map(c -> new Badge(c.id(), c.displayCode(), c.courseTitle(), date(c, locale), c.category()))
			.toList();
		model.addAttribute("badges", badges);
		model.addAttribute("verifyAddress", verifyAddress);
		return "learning/certificates/list";
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser citizen, @PathVariable String id,
			Locale locale) {
		String language = CertificateIssuer.language(locale);
		Certificates.Certificate certificate = (id.matches("\\d{1,18}")
				? certificates.find(citizen.tenantId(), citizen.id(), Long.parseLong(id), language)
				: java.util.Optional.<Certificates.Certificate>empty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Locale page = Locale.forLanguageTag(language);
		CertificateText text = new CertificateText(certificate.personName(), certificate.courseTitle().text(),
				date(certificate, page), certificate.municipality().text(), certificate.displayCode(),
				verifyAddress + "/" + certificate.displayCode(), language, labels(page));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			// a plain ASCII name every browser and file system accepts, whatever the course is called
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("certificate-" + certificate.displayCode() + ".pdf")
				.build()
				.toString())
			.body(pdf.render(text));
	}

	private CertificateText.Labels labels(Locale page) {
		return new CertificateText.Labels(text("learningcert.pdf.heading", page),
				text("learningcert.pdf.certifyThat", page), text("learningcert.pdf.completedCourse", page),
				text("learningcert.pdf.date", page), text("learningcert.pdf.municipality", page),
				text("learningcert.pdf.checkAt", page), text("learningcert.pdf.code", page));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String date(Certificates.Certificate certificate, Locale locale) {
		return Amounts.date(LocalDate.ofInstant(certificate.issuedAt(), zones.of(certificate.tenantId())), locale);
	}
}
