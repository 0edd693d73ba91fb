package org.inclusio.codesign.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inclusio.codesign.internal.Invitations.Invitation;
import org.inclusio.codesign.internal.Invitations.Invitee;
import org.inclusio.codesign.internal.SeriesStore.Series;
import org.inclusio.codesign.internal.SessionStore.NewSession;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.identity.People;
import org.inclusio.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's pages: series and their support group, sessions, invitations and letters, attendance, voting,
 * ideas and paper ballots entered for people without an account (proxy entries), themes, decisions and minutes.
 * Only the municipality's own series are reachable; another municipality's ids answer "not found".
 */
@Controller
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class StaffController {

	private final SeriesStore series;

	private final SessionStore sessions;

	private final Invitations invitations;

	private final Ideas ideas;

	private final Voting voting;

	private final Minutes minutes;

	private final AuditLog audit;

	private final People people;

	private final MunicipalityTimeZones zones;

	private final MessageSource messages;

	StaffController(SeriesStore series, SessionStore sessions, Invitations invitations, Ideas ideas, Voting voting,
			Minutes minutes, AuditLog audit, People people, MunicipalityTimeZones zones, MessageSource messages) {
		this.series = series;
		this.sessions = sessions;
		this.invitations = invitations;
		this.ideas = ideas;
		this.voting = voting;
		this.minutes = minutes;
		this.audit = audit;
		this.people = people;
		this.zones = zones;
		this.messages = messages;
	}

	// ------------------------------------------------------------------ series

	@GetMapping("/codesign")
	String index(@AuthenticationPrincipal SignedInUser staff, Locale locale, Model model) {
		model.addAttribute("allSeries", series.ofTenant(staff.tenantId(), locale));
		return "codesign/index";
	}

	@GetMapping("/codesign/series/new")
	String newSeries(Locale locale, Model model) {
		model.addAttribute("form", Form.empty(messages, locale).with("votes", "3"));
		return "codesign/series-form";
	}

	@PostMapping("/codesign/series")
	@Transactional
	String createSeries(@AuthenticationPrincipal SignedInUser staff, @RequestParam MultiValueMap<String, String> params,
			Locale locale, Model model) {
		Form form = new Form(params, messages, locale);
		Map<String, String> titles = new java.util.LinkedHashMap<>();
		Map<String, String> purposes = new java.util.LinkedHashMap<>();
		for (String lang : List.of("bg", "lv", "en")) {
			titles.put(lang, form.optional("title_" + lang, 200));
			purposes.put(lang, form.optional("purpose_" + lang, 4000));
		}
		if (titles.values().stream().allMatch(t -> t == null)) {
			form.reject("title_" + Languages.of(locale), "codesign.series.titleRequired");
		}
		if (purposes.values().stream().allMatch(t -> t == null)) {
			form.reject("purpose_" + Languages.of(locale), "codesign.series.purposeRequired");
		}
		Integer votes = form.number("votes", 1, 10);
		if (form.hasErrors()) {
			model.addAttribute("form", form);
			return "codesign/series-form";
		}
		long id = series.create(staff.tenantId(), titles, purposes, votes, staff.id());
		audit.record("CREATE", "codesign-series", id);
		return "redirect:/codesign/series/" + id;
	}

	@GetMapping("/codesign/series/{id}")
	String showSeries(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Locale locale, Model model) {
		Series s = series(staff, id, locale);
		audit.record("READ", "codesign-members", id);
		model.addAttribute("series", s);
		model.addAttribute("members", series.members(id));
		model.addAttribute("sessions", sessions.ofSeries(id));
		model.addAttribute("sides", Side.values());
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", Form.empty(messages, locale));
		}
		return "codesign/series";
	}

	@PostMapping("/codesign/series/{id}/members")
	@Transactional
	String addMember(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		series(staff, id, locale);
		Form form = new Form(params, messages, locale);
		String name = form.required("name", 200);
		Side side = form.side("side");
		String organisation = form.optional("organisation", 200);
		String email = form.email("email");
		if (form.hasErrors()) {
			model.addAttribute("memberForm", form);
			return showSeries(staff, id, locale, model);
		}
		long member = series.addMember(id, name, side, organisation, email);
		audit.record("CREATE", "codesign-member", member);
		redirect.addFlashAttribute("notice", "codesign.member.added");
		return "redirect:/codesign/series/" + id + "#members";
	}

	// ------------------------------------------------------------------ sessions

	@GetMapping("/codesign/series/{id}/sessions/new")
	String newSession(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Locale locale, Model model) {
		model.addAttribute("series", series(staff, id, locale));
		model.addAttribute("form", Form.empty(messages, locale).with("capacity", "20").with("language",
				Languages.of(locale)).with("start", "10:00").with("end", "12:00"));
		return "codesign/session-form";
	}

	@PostMapping("/codesign/series/{id}/sessions")
	@Transactional
	String createSession(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
		Series s = series(staff, id, locale);
		Form form = new Form(params, messages, locale);
		ZoneId zone = zones.of(staff.tenantId());
		String title = form.required("title", 200);
		LocalDate date = date(form, "date");
		LocalTime start = time(form, "start");
		LocalTime end = time(form, "end");
		if (start != null && end != null && !end.isAfter(start)) {
			form.reject("end", "codesign.session.endBeforeStart");
		}
		String place = form.optional("place", 300);
		String accessibility = form.optional("accessibility", 2000);
		String link = form.optional("onlineLink", 500);
		if (link != null && !link.matches("https?://\\S+")) {
			form.reject("onlineLink", "codesign.session.linkInvalid");
		}
		if (place == null && link == null) {
			form.reject("place", "codesign.session.placeOrLink");
		}
		if (place != null && accessibility == null) {
			form.reject("accessibility", "codesign.session.accessibilityRequired");
		}
		String agenda = form.required("agenda", 4000);
		Integer capacity = form.number("capacity", 1, 10000);
		LocalDate deadline = date(form, "deadline");
		if (deadline != null && date != null && deadline.isAfter(date)) {
			form.reject("deadline", "codesign.session.deadlineAfter");
		}
		String language = form.value("language");
		if (!Languages.ALL.contains(language)) {
			form.reject("language", "codesign.error.language");
		}
		if (form.hasErrors()) {
			model.addAttribute("series", s);
			model.addAttribute("form", form);
			return "codesign/session-form";
		}
		ZonedDateTime startsAt = ZonedDateTime.of(date, start, zone);
		// replies are taken until the end of the deadline's day, but never after the session has started
		ZonedDateTime until = deadline.plusDays(1).atStartOfDay(zone);
		long sessionId = sessions.create(id, staff.tenantId(), new NewSession(title, startsAt,
				ZonedDateTime.of(date, end, zone), place, accessibility, link, agenda, capacity,
				until.isAfter(startsAt) ? startsAt : until, language));
		audit.record("CREATE", "codesign-session", sessionId);
		return "redirect:/codesign/sessions/" + sessionId;
	}

	private static LocalDate date(Form form, String field) {
		try {
			String text = form.text(field);
			if (text != null) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeException ex) {
			// reported below
		}
		form.reject(field, "codesign.error.date");
		return null;
	}

	private static LocalTime time(Form form, String field) {
		try {
			String text = form.text(field);
			if (text != null) {
				return LocalTime.parse(text.length() == 4 ? "0" + text : text);
			}
		}
		catch (DateTimeException ex) {
			// reported below
		}
		form.reject(field, "codesign.error.time");
		return null;
	}

	@GetMapping("/codesign/sessions/{id}")
	String showSession(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Locale locale, Model model) {
		Session session = session(staff, id);
		audit.record("READ", "codesign-invitations", id);
		List<Invitation> invited = invitations.ofSession(id);
		model.addAttribute("meeting", session);
		model.addAttribute("series", series.find(session.seriesId(), locale).orElseThrow());
		model.addAttribute("invitations", invited);
		model.addAttribute("participants", invited.stream().filter(Invitation::takesPart).toList());
		model.addAttribute("attending", invitations.attending(id));
		model.addAttribute("ideas", ideas.of(id));
		model.addAttribute("themes", ideas.themes(id));
		model.addAttribute("decisions", ideas.decisions(id));
		model.addAttribute("split", voting.split(id));
		model.addAttribute("allowance", voting.allowance(id));
		model.addAttribute("sides", Side.values());
		model.addAttribute("voted", invited.stream().filter(i -> voting.hasVoted(i.id())).map(Invitation::id)
			.collect(java.util.stream.Collectors.toSet()));
		for (String name : List.of("inviteForm", "walkInForm", "ideaForm", "themeForm", "ballotForm", "decisionForm",
				"commentForm", "nextStepsForm")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, Form.empty(messages, locale));
			}
		}
		if (!model.containsAttribute("nextStepsFilled")) {
			((Form) model.getAttribute("nextStepsForm")).with("nextSteps",
					session.nextSteps() == null ? "" : session.nextSteps());
		}
		model.addAttribute("rsvpAddress", invitations.rsvpAddress());
		return "codesign/session";
	}

	@PostMapping("/codesign/sessions/{id}/invitations")
	String invite(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		Session session = session(staff, id);
		Form form = new Form(params, messages, locale);
		String name = form.required("name", 200);
		Side side = form.side("side");
		String email = form.email("email");
		String language = form.value("language");
		if (!Languages.ALL.contains(language)) {
			form.reject("language", "codesign.error.language");
		}
		if (form.hasErrors()) {
			model.addAttribute("inviteForm", form);
			return showSession(staff, id, locale, model);
		}
		Long userId = email == null ? null
				: people.findByEmail(staff.tenantId(), email).map(People.Person::id).orElse(null);
		try {
			Invitation invitation = invitations.invite(session, new Invitee(name, side, email, language, null, userId));
			audit.record("CREATE", "codesign-invitation", invitation.id());
			redirect.addFlashAttribute("notice", email == null ? "codesign.invite.letterReady" : "codesign.invite.sent");
			if (email == null) {
				return "redirect:/codesign/invitations/" + invitation.id() + "/letter";
			}
		}
		catch (Refusal refusal) {
			form.reject("email", refusal.key(), refusal.args());
			model.addAttribute("inviteForm", form);
			return showSession(staff, id, locale, model);
		}
		return "redirect:/codesign/sessions/" + id + "#invitations";
	}

	/** Invites every member of the support group not yet invited: by email, or a letter to print. */
	@PostMapping("/codesign/sessions/{id}/invite-members")
	@Transactional
	String inviteMembers(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			RedirectAttributes redirect) {
		Session session = session(staff, id);
		Set<String> already = new HashSet<>();
		Set<Long> alreadyMembers = new HashSet<>();
		for (Invitation i : invitations.ofSession(id)) {
			if (i.email() != null) {
				already.add(i.email().toLowerCase(Locale.ROOT));
			}
		}
		alreadyMembers.addAll(invitations.memberIds(id));
		int count = 0;
		for (SeriesStore.Member m : series.members(session.seriesId())) {
			if (alreadyMembers.contains(m.id()) || (m.email() != null && already.contains(m.email().toLowerCase(Locale.ROOT)))) {
				continue;
			}
			Long userId = m.email() == null ? null
					: people.findByEmail(staff.tenantId(), m.email()).map(People.Person::id).orElse(null);
			invitations.invite(session, new Invitee(m.name(), m.side(), m.email(), session.language(), m.id(), userId));
			count++;
		}
		audit.record("CREATE", "codesign-invitation", id, "members=" + count);
		redirect.addFlashAttribute("notice", "codesign.invite.membersInvited");
		redirect.addFlashAttribute("noticeArg", count);
		return "redirect:/codesign/sessions/" + id + "#invitations";
	}

	/** The printable letter with the code, for people without email; the page prints cleanly. */
	@GetMapping("/codesign/invitations/{id}/letter")
	String letter(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Locale locale, Model model) {
		Invitation invitation = invitations.find(id).orElseThrow(NotFound::new);
		Session session = session(staff, invitation.sessionId());
		audit.record("READ", "codesign-invitation", id, "letter");
		model.addAttribute("invitation", invitation);
		model.addAttribute("meeting", session);
		model.addAttribute("series", series.find(session.seriesId(), Locale.forLanguageTag(invitation.language()))
			.orElseThrow());
		// the letter is in the invitee's language, whatever the facilitator's page is in
		Locale language = Locale.forLanguageTag(invitation.language());
		Series letterSeries = series.find(session.seriesId(), language).orElseThrow();
		Map<String, Object> mail = invitations.mailModel(session, invitation);
		Map<String, String> words = new java.util.HashMap<>();
		java.util.function.BiFunction<String, Object[], String> msg = (key, args) -> messages.getMessage(key, args, language);
		words.put("heading", msg.apply("codesign.letter.heading", new Object[] { letterSeries.title() }));
		words.put("greeting", msg.apply("codesign.letter.greeting", new Object[] { invitation.name() }));
		words.put("intro", msg.apply("codesign.letter.intro", new Object[] { letterSeries.purpose() }));
		words.put("when", msg.apply("codesign.session.when", null));
		words.put("whenValue", String.valueOf(mail.get("when")));
		words.put("place", msg.apply("codesign.session.place", null));
		words.put("accessibility", msg.apply("codesign.session.accessibility", null));
		words.put("online", msg.apply("codesign.session.online", null));
		words.put("how", msg.apply("codesign.letter.how", new Object[] { invitations.rsvpAddress() }));
		words.put("deadline", msg.apply("codesign.letter.deadline", new Object[] { mail.get("deadline") }));
		words.put("needs", msg.apply("codesign.letter.needs", null));
		words.put("signature", msg.apply("codesign.letter.signature", null));
		model.addAttribute("words", words);
		return "codesign/letter";
	}

	@PostMapping("/codesign/sessions/{id}/attendance")
	String attendance(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, RedirectAttributes redirect) {
		session(staff, id);
		Set<Long> present = new HashSet<>(new Form(params, messages, locale).ids("present"));
		invitations.attendance(id, present);
		audit.record("UPDATE", "codesign-attendance", id, "present=" + present.size());
		redirect.addFlashAttribute("notice", "codesign.attendance.saved");
		return "redirect:/codesign/sessions/" + id + "#attendance";
	}

	@PostMapping("/codesign/sessions/{id}/walk-ins")
	String walkIn(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		Session session = session(staff, id);
		Form form = new Form(params, messages, locale);
		String name = form.required("walkInName", 200);
		Side side = form.side("walkInSide");
		if (session.closed()) {
			form.reject("walkInName", "codesign.session.closed");
		}
		if (form.hasErrors()) {
			model.addAttribute("walkInForm", form);
			return showSession(staff, id, locale, model);
		}
		Invitation walkIn = invitations.walkIn(session, name, side);
		audit.record("CREATE", "codesign-invitation", walkIn.id(), "walk-in");
		redirect.addFlashAttribute("notice", "codesign.walkIn.added");
		return "redirect:/codesign/sessions/" + id + "#attendance";
	}

	@PostMapping("/codesign/sessions/{id}/voting")
	String voting(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, @RequestParam String action,
			RedirectAttributes redirect) {
		session(staff, id);
		try {
			if ("open".equals(action)) {
				voting.open(id);
				redirect.addFlashAttribute("notice", "codesign.voting.opened");
			}
			else {
				voting.close(id);
				redirect.addFlashAttribute("notice", "codesign.voting.closedNotice");
			}
			audit.record("UPDATE", "codesign-session", id, "voting=" + action);
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.key());
		}
		return "redirect:/codesign/sessions/" + id + "#voting";
	}

	/** An idea written down by the facilitator (from paper or said aloud): a proxy entry. */
	@PostMapping("/codesign/sessions/{id}/ideas")
	String addIdea(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		String problem = form.required("problem", 2000);
		String measure = form.required("measure", 2000);
		Long author = participant(form, id, "author", false);
		if (!form.hasErrors()) {
			try {
				long idea = ideas.add(id, author, problem, measure, true, staff.id());
				audit.record("CREATE", "codesign-idea", idea, "proxy");
				redirect.addFlashAttribute("notice", "codesign.idea.added");
				return "redirect:/codesign/sessions/" + id + "#ideas";
			}
			catch (Refusal refusal) {
				form.reject("problem", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("ideaForm", form);
		return showSession(staff, id, locale, model);
	}

	@PostMapping("/codesign/sessions/{id}/comments")
	String addComment(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		Long idea = form.ids("commentIdea").stream().findFirst().orElse(null);
		if (idea == null) {
			form.reject("commentIdea", "codesign.idea.choose");
		}
		String body = form.required("commentBody", 2000);
		if (!form.hasErrors()) {
			try {
				ideas.comment(id, idea, null, body, true, staff.id());
				redirect.addFlashAttribute("notice", "codesign.comment.added");
				return "redirect:/codesign/sessions/" + id + "#ideas";
			}
			catch (Refusal refusal) {
				form.reject("commentBody", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("commentForm", form);
		return showSession(staff, id, locale, model);
	}

	@PostMapping("/codesign/sessions/{id}/themes")
	String addTheme(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		String name = form.required("themeName", 200);
		if (!form.hasErrors()) {
			try {
				ideas.theme(id, name);
				redirect.addFlashAttribute("notice", "codesign.theme.added");
				return "redirect:/codesign/sessions/" + id + "#themes";
			}
			catch (Refusal refusal) {
				form.reject("themeName", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("themeForm", form);
		return showSession(staff, id, locale, model);
	}

	/** Puts each idea under the theme chosen for it (one select per idea, one button). */
	@PostMapping("/codesign/sessions/{id}/grouping")
	@Transactional
	String group(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		session(staff, id);
		for (Ideas.Idea idea : ideas.of(id)) {
			String chosen = params.getFirst("theme-" + idea.id());
			if (chosen != null) {
				ideas.group(id, idea.id(), chosen.matches("\\d{1,18}") ? Long.valueOf(chosen) : null);
			}
		}
		redirect.addFlashAttribute("notice", "codesign.theme.grouped");
		return "redirect:/codesign/sessions/" + id + "#themes";
	}

	/** A paper ballot of someone without an account, entered by the facilitator: a proxy vote. */
	@PostMapping("/codesign/sessions/{id}/paper-ballots")
	String paperBallot(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		Long voter = participant(form, id, "voter", true);
		List<Long> chosen = form.ids("ballotIdeas");
		if (!form.hasErrors()) {
			try {
				voting.cast(voter, chosen, true, staff.id());
				audit.record("CREATE", "codesign-vote", voter, "proxy");
				redirect.addFlashAttribute("notice", "codesign.vote.paperSaved");
				return "redirect:/codesign/sessions/" + id + "#voting";
			}
			catch (Refusal refusal) {
				form.reject("voter", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("ballotForm", form);
		return showSession(staff, id, locale, model);
	}

	@PostMapping("/codesign/sessions/{id}/decisions")
	String decide(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		String text = form.required("decisionText", 2000);
		String rationale = form.required("rationale", 4000);
		if (!form.hasErrors()) {
			try {
				long decision = ideas.decide(id, text, rationale, form.ids("decisionIdeas"), staff.id());
				audit.record("CREATE", "codesign-decision", decision);
				redirect.addFlashAttribute("notice", "codesign.decision.added");
				return "redirect:/codesign/sessions/" + id + "#decisions";
			}
			catch (Refusal refusal) {
				form.reject("decisionText", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("decisionForm", form);
		return showSession(staff, id, locale, model);
	}

	@PostMapping("/codesign/sessions/{id}/next-steps")
	@Transactional
	String nextSteps(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> params, Locale locale, Model model, RedirectAttributes redirect) {
		session(staff, id);
		Form form = new Form(params, messages, locale);
		String text = form.optional("nextSteps", 4000);
		if (form.hasErrors()) {
			model.addAttribute("nextStepsForm", form);
			model.addAttribute("nextStepsFilled", true);
			return showSession(staff, id, locale, model);
		}
		sessions.nextSteps(id, text);
		redirect.addFlashAttribute("notice", "codesign.nextSteps.saved");
		return "redirect:/codesign/sessions/" + id + "#next-steps";
	}

	// ------------------------------------------------------------------ minutes

	@GetMapping("/codesign/sessions/{id}/minutes")
	String minutes(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, Model model) {
		Minutes.Content content = content(staff, id);
		audit.record("READ", "codesign-minutes", id);
		model.addAttribute("meeting", content.session());
		model.addAttribute("minutesTitle", minutes.title(content));
		model.addAttribute("minutesBody", minutes.body(content));
		return "codesign/minutes";
	}

	@GetMapping("/codesign/sessions/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id) {
		Minutes.Content content = content(staff, id);
		audit.record("READ", "codesign-minutes", id, "pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("minutes-" + id + ".pdf")
				.build()
				.toString())
			.body(minutes.pdf(content));
	}

	private Minutes.Content content(SignedInUser staff, long id) {
		Session session = session(staff, id);
		Locale language = Locale.forLanguageTag(session.language());
		List<Invitation> invited = invitations.ofSession(id);
		// walk-ins are marked present when added; attendance counts as taken once anyone else is ticked
		boolean attendanceTaken = invited.stream().anyMatch(i -> i.attended() && !"PAPER".equals(i.channel()));
		List<Invitation> participants = invited.stream()
			.filter(i -> attendanceTaken ? i.attended() : i.status() == Invitations.Status.ATTENDING)
			.toList();
		return new Minutes.Content(series.find(session.seriesId(), language).orElseThrow(), session, participants,
				ideas.of(id), ideas.decisions(id), voting.split(id), voting.allowance(id));
	}

	// ------------------------------------------------------------------ helpers

	/** A participant of this session chosen in a select, or a problem on the field. */
	private Long participant(Form form, long sessionId, String field, boolean required) {
		Long chosen = form.ids(field).stream().findFirst().orElse(null);
		if (chosen == null) {
			if (required) {
				form.reject(field, "codesign.participant.choose");
			}
			return null;
		}
		boolean ofSession = invitations.find(chosen).map(i -> i.sessionId() == sessionId).orElse(false);
		if (!ofSession) {
			form.reject(field, "codesign.vote.notRegistered");
			return null;
		}
		return chosen;
	}

	private Series series(SignedInUser staff, long id, Locale locale) {
		return series.find(id, locale).filter(s -> s.tenantId() == staff.tenantId()).orElseThrow(NotFound::new);
	}

	private Session session(SignedInUser staff, long id) {
		return sessions.find(id).filter(s -> s.tenantId() == staff.tenantId()).orElseThrow(NotFound::new);
	}

	static final class NotFound extends ResponseStatusException {

		NotFound() {
			super(HttpStatus.NOT_FOUND);
		}
	}
}
