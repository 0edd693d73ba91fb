package org.inclusio.support.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inclusio.account.CaseworkerAccess;
import org.inclusio.account.ProviderStaff;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referrals: a citizen refers themself, or a caseworker refers a consenting citizen, to a directory service, with
 * the citizen's consent for exactly what is shared; the provider's staff answer in their inbox; everybody concerned
 * follows the referral on its page. Staff reads are in the audit log.
 */
@Controller
class ReferralController {

	/** How many of the municipality's services a referral form offers to choose from. */
	static final int SERVICES_OFFERED = 300;

	private final Referrals referrals;

	private final ReferralWork work;

	private final ReferralAccess access;

	private final Assessments assessments;

	private final ReferralNotices notices;

	private final Directory directory;

	private final People people;

	private final ProviderStaff providerStaff;

	private final CaseworkerAccess caseworkerAccess;

	private final AuditLog audit;

	private final SupportTexts texts;

	ReferralController(Referrals referrals, ReferralWork work, ReferralAccess access, Assessments assessments,
			ReferralNotices notices, Directory directory, People people, ProviderStaff providerStaff,
			CaseworkerAccess caseworkerAccess, AuditLog audit, SupportTexts texts) {
		this.referrals = referrals;
		this.work = work;
		this.access = access;
		this.assessments = assessments;
		this.notices = notices;
		this.directory = directory;
		this.people = people;
		this.providerStaff = providerStaff;
		this.caseworkerAccess = caseworkerAccess;
		this.audit = audit;
		this.texts = texts;
	}

	/** A referral in a list: the service's name, and the citizen's name where the reader may see it. */
	record Row(Referral referral, String serviceName, String citizenName, boolean overdue) {
	}

	/** An in-app message with the name of the service it is about. */
	record NoticeView(ReferralNotices.Notice notice, String serviceName) {
	}

	// ---- the citizen ----

	@GetMapping("/support/referrals")
	@PreAuthorize("hasRole('CITIZEN')")
	String mine(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale) {
		model.addAttribute("rows", rows(referrals.ofCitizen(citizen.tenantId(), citizen.id()), locale, Names.NONE));
		model.addAttribute("notices", notices(citizen, locale));
		return "support/referrals";
	}

	@GetMapping("/support/referrals/new")
	@PreAuthorize("hasRole('CITIZEN')")
	String selfReferralForm(@AuthenticationPrincipal SignedInUser citizen,
			@RequestParam(required = false) String service, Model model, Locale locale) {
		ReferralForm form = new ReferralForm();
		form.setService(service);
		form.setShareContact(true);
		return showForm(citizen.tenantId(), citizen.id(), null, form, model, locale);
	}

	@PostMapping("/support/referrals")
	@PreAuthorize("hasRole('CITIZEN')")
	String selfRefer(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("referral") ReferralForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		return send(citizen, citizen.id(), null, form, errors, model, locale, redirect);
	}

	// ---- the caseworker ----

	@GetMapping("/support/caseworker")
	@PreAuthorize("hasRole('CASEWORKER')")
	String caseworker(@AuthenticationPrincipal SignedInUser caseworker, @RequestParam(defaultValue = "") String email,
			Model model, Locale locale) {
		model.addAttribute("email", email);
		if (!email.isBlank()) {
			Optional<People.Person> person = people.findByEmail(caseworker.tenantId(), email)
				.filter(p -> p.has(Role.CITIZEN));
			audit.record("SEARCH", "citizen", person.map(People.Person::id).orElse(null));
			model.addAttribute("searched", true);
			person.ifPresent(p -> {
				model.addAttribute("person", p);
				model.addAttribute("shares", caseworkerAccess.allowed(caseworker.tenantId(), p.id()));
			});
		}
		List<Row> rows = rows(referrals.ofCaseworker(caseworker.tenantId(), caseworker.id()), locale, Names.ALL);
		audit.record("READ", "support-referral-list", caseworker.id(), "referrals:" + rows.size());
		model.addAttribute("rows", rows);
		model.addAttribute("overdueCount", rows.stream().filter(Row::overdue).count());
		model.addAttribute("overdueDays", work.overdueDays());
		model.addAttribute("notices", notices(caseworker, locale));
		return "support/caseworker";
	}

	@GetMapping("/support/citizens/{id}/referrals/new")
	@PreAuthorize("hasRole('CASEWORKER')")
	String referralForm(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id,
			@RequestParam(required = false) String service, Model model, Locale locale,
			HttpServletResponse response) {
		People.Person citizen = consentingCitizen(caseworker, id, model, response);
		if (citizen == null) {
			return "support/not-shared";
		}
		ReferralForm form = new ReferralForm();
		form.setService(service);
		form.setShareContact(true);
		return showForm(caseworker.tenantId(), id, citizen, form, model, locale);
	}

	@PostMapping("/support/citizens/{id}/referrals")
	@PreAuthorize("hasRole('CASEWORKER')")
	String refer(@AuthenticationPrincipal SignedInUser caseworker, @PathVariable long id,
			@ModelAttribute("referral") ReferralForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		People.Person citizen = consentingCitizen(caseworker, id, model, response);
		if (citizen == null) {
			return "support/not-shared";
		}
		model.addAttribute("citizen", citizen);
		return send(caseworker, id, citizen, form, errors, model, locale, redirect);
	}

	/** The citizen, if they let caseworkers see their situation; else the refusal is recorded and explained. */
	private People.Person consentingCitizen(SignedInUser caseworker, long id, Model model,
			HttpServletResponse response) {
		People.Person citizen = people.find(caseworker.tenantId(), id).filter(p -> p.has(Role.CITIZEN))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!caseworkerAccess.allowed(caseworker.tenantId(), id)) {
			audit.record("READ_REFUSED", "citizen-support", id, "no-consent");
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("person", citizen);
			return null;
		}
		return citizen;
	}

	// ---- the provider's staff ----

	@GetMapping("/support/referrals/inbox")
	@PreAuthorize("hasRole('PROVIDER_STAFF')")
	String inbox(@AuthenticationPrincipal SignedInUser staff, Model model, Locale locale) {
		List<Long> providers = providerStaff.providersOf(staff.tenantId(), staff.id());
		List<Row> rows = rows(referrals.toProviders(staff.tenantId(), providers), locale, Names.IF_SHARED);
		audit.record("READ", "support-referral-inbox", staff.id(), "referrals:" + rows.size());
		model.addAttribute("rows", rows);
		model.addAttribute("hasProvider", !providers.isEmpty());
		model.addAttribute("notices", notices(staff, locale));
		return "support/inbox";
	}

	// ---- everybody concerned ----

	@GetMapping("/support/referrals/{id}")
	String referral(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model, Locale locale) {
		Referral referral = referrals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Party party = access.partyOf(user, referral).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (party != Party.CITIZEN) {
			audit.record("READ", "support-referral", id, "as:" + party.name().toLowerCase(Locale.ROOT));
		}
		notices.readAbout(user.id(), id);
		return showReferral(referral, party, model, locale);
	}

	@PostMapping("/support/referrals/{id}/state")
	String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String to,
			@RequestParam long version, @RequestParam(defaultValue = "") String reason, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Referral referral = referrals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Party party = access.partyOf(user, referral).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReferralState target;
		try {
			target = ReferralState.valueOf(to);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			work.move(id, version, target, reason, user, party);
		}
		catch (ReferralRefused refused) {
			// shown on the referral as it is now, with what was typed kept
			Referral now = referrals.find(id).orElseThrow();
			if ("support.refused.changed".equals(refused.messageKey())) {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			model.addAttribute("refusal", texts.refusal(refused, locale));
			model.addAttribute("failedTo", target);
			model.addAttribute("typedReason", reason);
			return showReferral(now, party, model, locale);
		}
		redirect.addFlashAttribute("moved", target);
		return "redirect:/support/referrals/" + id;
	}

	private String showReferral(Referral referral, Party party, Model model, Locale locale) {
		boolean provider = party == Party.PROVIDER;
		model.addAttribute("r", referral);
		model.addAttribute("party", party);
		model.addAttribute("service", directory.service(referral.serviceId(), locale).orElse(null));
		model.addAttribute("providerName", providerStaff.name(referral.providerId()).orElse(""));
		model.addAttribute("showContact", !provider || referral.shareContact());
		if (!provider || referral.shareContact()) {
			model.addAttribute("person", people.find(referral.tenantId(), referral.citizenId()).orElse(null));
		}
		if (referral.assessmentId() != null && (!provider || referral.shareAssessment())) {
			assessments.find(referral.tenantId(), referral.citizenId(), referral.assessmentId())
				.ifPresent(a -> model.addAttribute("assessment", a));
		}
		model.addAttribute("showNote", referral.shareNote() && referral.note() != null);
		model.addAttribute("areas", List.of(LifeArea.values()));
		model.addAttribute("history", referrals.history(referral.id()));
		model.addAttribute("next", ReferralStateMachine.next(referral.state(), party));
		model.addAttribute("overdue", work.isOverdue(referral));
		model.addAttribute("overdueDays", work.overdueDays());
		return "support/referral";
	}

	// ---- sending ----

	private String showForm(long tenantId, long citizenId, People.Person citizen, ReferralForm form, Model model,
			Locale locale) {
		model.addAttribute("referral", form);
		model.addAttribute("citizen", citizen);
		model.addAttribute("services", referable(tenantId, locale));
		model.addAttribute("assessment", assessments.latest(tenantId, citizenId).orElse(null));
		model.addAttribute("chosen", form.getService() == null ? null
				: directory.service(form.getService(), locale).filter(s -> s.tenantId() == tenantId).orElse(null));
		return "support/referral-new";
	}

	private String send(SignedInUser sender, long citizenId, People.Person citizen, ReferralForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		long tenantId = sender.tenantId();
		ServiceSummary service = form.getService() == null || form.getService().isBlank() ? null
				: directory.service(form.getService(), locale).filter(s -> s.tenantId() == tenantId).orElse(null);
		Long providerId = service == null ? null : directory.providerOf(service.id()).orElse(null);
		Assessment assessment = assessments.latest(tenantId, citizenId).orElse(null);
		if (service == null) {
			errors.rejectValue("service", "support.referral.service.required");
		}
		else if (providerId == null) {
			errors.rejectValue("service", "support.referral.service.noProvider");
		}
		if (!form.isShareContact() && !form.isShareAssessment() && !form.isShareNote()) {
			errors.rejectValue("shareContact", "support.referral.share.required");
		}
		if (form.isShareAssessment() && assessment == null) {
			errors.rejectValue("shareAssessment", "support.referral.share.noAssessment");
		}
		String note = form.getNote() == null ? "" : form.getNote().strip();
		if (form.isShareNote() && note.isEmpty()) {
			errors.rejectValue("note", "support.referral.note.required");
		}
		else if (note.length() > ReferralForm.NOTE_MAX) {
			errors.rejectValue("note", "support.referral.note.long", new Object[] { ReferralForm.NOTE_MAX }, null);
		}
		if (!form.isAgree()) {
			errors.rejectValue("agree", citizen == null ? "support.referral.agree.required"
					: "support.referral.agree.requiredCaseworker");
		}
		if (errors.hasErrors()) {
			return showForm(tenantId, citizenId, citizen, form, model, locale);
		}
		String consent = consentText(form, service, assessment, tenantId, locale);
		long id = work.send(new Referrals.NewReferral(tenantId, citizenId, service.id(), providerId,
				citizen == null ? null : sender.id(), sender.id(), form.isShareContact(), form.isShareAssessment(),
				form.isShareNote(), assessment == null ? null : assessment.id(), note, consent, locale.getLanguage(),
				citizen == null ? "ONLINE" : "IN_PERSON"), sender);
		redirect.addFlashAttribute("sent", true);
		return "redirect:/support/referrals/" + id;
	}

	/** The consent, word for word as it is kept with the referral: to whom, and exactly what is shared. */
	private String consentText(ReferralForm form, ServiceSummary service, Assessment assessment, long tenantId,
			Locale locale) {
		List<String> items = new ArrayList<>();
		if (form.isShareContact()) {
			items.add(texts.message("support.consent.item.contact", locale));
		}
		if (form.isShareAssessment()) {
			items.add(texts.message("support.consent.item.assessment", locale,
					texts.date(assessment.takenAt(), tenantId, locale)));
		}
		if (form.isShareNote()) {
			items.add(texts.message("support.consent.item.note", locale));
		}
		return texts.message("support.consent.text", locale, service.name(), service.organizationName(),
				String.join("; ", items));
	}

	private List<ServiceSummary> referable(long tenantId, Locale locale) {
		return directory.servicesFor(tenantId, List.of(), locale, SERVICES_OFFERED).stream()
			.filter(s -> s.providerId() != null)
			.toList();
	}

	/** Whose names a list shows: none (the citizen's own list), all (the caseworker's), or only shared ones. */
	enum Names {
		NONE, ALL, IF_SHARED
	}

	private List<Row> rows(List<Referral> list, Locale locale, Names names) {
		Map<String, String> serviceNames = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Referral r : list) {
			String serviceName = serviceNames.computeIfAbsent(r.serviceId(),
					sid -> directory.service(sid, locale).map(ServiceSummary::name).orElse(sid));
			String citizenName = null;
			if (names == Names.ALL || names == Names.IF_SHARED && r.shareContact()) {
				citizenName = people.find(r.tenantId(), r.citizenId()).map(People.Person::displayName).orElse(null);
			}
			rows.add(new Row(r, serviceName, citizenName, work.isOverdue(r)));
		}
		return rows;
	}

	private List<NoticeView> notices(SignedInUser user, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		return notices.unread(user.tenantId(), user.id()).stream()
			.map(n -> new NoticeView(n, names.computeIfAbsent(n.referralId(), rid -> referrals.find(rid)
				.flatMap(r -> directory.service(r.serviceId(), locale)).map(ServiceSummary::name).orElse(""))))
			.toList();
	}
}
