package org.inclusio.codesign.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.inclusio.codesign.internal.Invitations.Invitation;
import org.inclusio.codesign.internal.Invitations.Invitee;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking part with nothing but the code from the invitation (no account): the reply with access needs, cancelling,
 * ideas and comments, and the ballot. Also signing up from the public page, and finding one's own invitation when
 * signed in. The code is the key: whoever has it acts for that participant, as on paper.
 */
@Controller
class RsvpController {

	private final Invitations invitations;

	private final SessionStore sessions;

	private final SeriesStore series;

	private final Ideas ideas;

	private final Voting voting;

	private final Calendars calendars;

	private final MessageSource messages;

	private final Clock clock;

	RsvpController(Invitations invitations, SessionStore sessions, SeriesStore series, Ideas ideas, Voting voting,
			Calendars calendars, MessageSource messages, Clock clock) {
		this.invitations = invitations;
		this.sessions = sessions;
		this.series = series;
		this.ideas = ideas;
		this.voting = voting;
		this.calendars = calendars;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/rsvp")
	String enterCode(Locale locale, Model model) {
		model.addAttribute("form", Form.empty(messages, locale));
		return "codesign/rsvp-code";
	}

	@PostMapping("/rsvp")
	String findCode(@RequestParam MultiValueMap<String, String> params, Locale locale, Model model) {
		Form form = new Form(params, messages, locale);
		Optional<Invitation> invitation = invitations.byCode(form.value("code"));
		if (invitation.isEmpty()) {
			form.reject("code", form.text("code") == null ? "codesign.rsvp.codeRequired" : "codesign.rsvp.unknownCode");
			model.addAttribute("form", form);
			return "codesign/rsvp-code";
		}
		return "redirect:/rsvp/" + invitation.get().code();
	}

	@GetMapping("/rsvp/{code}")
	String participant(@PathVariable String code, Locale locale, Model model) {
		Optional<Invitation> found = invitations.byCode(code);
		if (found.isEmpty()) {
			Form form = Form.empty(messages, locale).with("code", code);
			form.reject("code", "codesign.rsvp.unknownCode");
			model.addAttribute("form", form);
			return "codesign/rsvp-code";
		}
		Invitation invitation = found.get();
		Session session = sessions.find(invitation.sessionId()).orElseThrow();
		model.addAttribute("invitation", invitation);
		model.addAttribute("meeting", session);
		model.addAttribute("series", series.find(session.seriesId(), locale).orElseThrow());
		model.addAttribute("deadlinePassed", !ZonedDateTime.now(clock).isBefore(session.rsvpDeadline()));
		model.addAttribute("needs", AccessNeed.values());
		model.addAttribute("ideas", ideas.of(session.id()));
		model.addAttribute("allowance", voting.allowance(session.id()));
		model.addAttribute("hasVoted", voting.hasVoted(invitation.id()));
		model.addAttribute("ballot", voting.ballot(invitation.id()));
		model.addAttribute("split", voting.split(session.id()));
		for (String name : List.of("replyForm", "ideaForm", "commentForm", "ballotForm")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, Form.empty(messages, locale));
			}
		}
		return "codesign/rsvp";
	}

	@PostMapping("/rsvp/{code}/reply")
	String reply(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect) {
		Form form = new Form(params, messages, locale);
		String answer = form.value("answer");
		if (!answer.equals("yes") && !answer.equals("no")) {
			form.reject("answer", "codesign.rsvp.answerRequired");
		}
		Set<AccessNeed> needs = AccessNeed.parse(form.values("needs"));
		String note = form.optional("accessNote", 500);
		if (!form.hasErrors()) {
			try {
				Invitation replied = invitations.reply(code, answer.equals("yes"), needs, note,
						form.checked("nameConsent", "true"));
				redirect.addFlashAttribute("notice", "codesign.rsvp.status." + replied.status());
				return "redirect:/rsvp/" + replied.code();
			}
			catch (Refusal refusal) {
				form.reject("answer", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("replyForm", form);
		return participant(code, locale, model);
	}

	@PostMapping("/rsvp/{code}/cancel")
	String cancel(@PathVariable String code, RedirectAttributes redirect) {
		try {
			invitations.cancel(code);
			redirect.addFlashAttribute("notice", "codesign.rsvp.cancelled");
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute("problem", refusal.key());
		}
		return "redirect:/rsvp/" + Optional.ofNullable(Codes.normalize(code)).orElse("");
	}

	@PostMapping("/rsvp/{code}/ideas")
	String addIdea(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect) {
		Form form = new Form(params, messages, locale);
		String problem = form.required("problem", 2000);
		String measure = form.required("measure", 2000);
		Optional<Invitation> invitation = invitations.byCode(code);
		if (!form.hasErrors() && invitation.isPresent()) {
			try {
				requireParticipant(invitation.get());
				ideas.add(invitation.get().sessionId(), invitation.get().id(), problem, measure, false, null);
				redirect.addFlashAttribute("notice", "codesign.idea.added");
				return "redirect:/rsvp/" + invitation.get().code() + "#idea-list";
			}
			catch (Refusal refusal) {
				form.reject("problem", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("ideaForm", form);
		return participant(code, locale, model);
	}

	@PostMapping("/rsvp/{code}/comments")
	String addComment(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect) {
		Form form = new Form(params, messages, locale);
		Long idea = form.ids("commentIdea").stream().findFirst().orElse(null);
		if (idea == null) {
			form.reject("commentIdea", "codesign.idea.choose");
		}
		String body = form.required("commentBody", 2000);
		Optional<Invitation> invitation = invitations.byCode(code);
		if (!form.hasErrors() && invitation.isPresent()) {
			try {
				requireParticipant(invitation.get());
				ideas.comment(invitation.get().sessionId(), idea, invitation.get().id(), body, false, null);
				redirect.addFlashAttribute("notice", "codesign.comment.added");
				return "redirect:/rsvp/" + invitation.get().code() + "#idea-list";
			}
			catch (Refusal refusal) {
				form.reject("commentBody", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("commentForm", form);
		return participant(code, locale, model);
	}

	@PostMapping("/rsvp/{code}/ballot")
	String vote(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect) {
		Form form = new Form(params, messages, locale);
		Optional<Invitation> invitation = invitations.byCode(code);
		if (invitation.isPresent()) {
			try {
				voting.cast(invitation.get().id(), form.ids("ideas"), false, null);
				redirect.addFlashAttribute("notice", "codesign.vote.saved");
				return "redirect:/rsvp/" + invitation.get().code() + "#vote";
			}
			catch (Refusal refusal) {
				form.reject("ideas", refusal.key(), refusal.args());
			}
		}
		model.addAttribute("ballotForm", form);
		return participant(code, locale, model);
	}

	private static void requireParticipant(Invitation invitation) {
		if (!invitation.takesPart()) {
			throw new Refusal("codesign.idea.notRegistered");
		}
	}

	@GetMapping("/rsvp/{code}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String code, Locale locale) {
		Invitation invitation = invitations.byCode(code).orElseThrow(StaffController.NotFound::new);
		Session session = sessions.find(invitation.sessionId()).orElseThrow();
		String title = series.find(session.seriesId(), locale).orElseThrow().title();
		return PublicController.ics(calendars.of(session.title(), title, List.of(session)), "session-" + session.id());
	}

	// ------------------------------------------------------------------ signing up from the public page

	@GetMapping("/rsvp/join/{sessionId}")
	String joinForm(@PathVariable long sessionId, Locale locale, Model model) {
		Session session = sessions.find(sessionId).orElseThrow(StaffController.NotFound::new);
		Form form = Form.empty(messages, locale);
		SignedInUser.current().ifPresent(user -> form.with("name", user.displayName()));
		return joinPage(session, form, locale, model);
	}

	private String joinPage(Session session, Form form, Locale locale, Model model) {
		model.addAttribute("meeting", session);
		model.addAttribute("series", series.find(session.seriesId(), locale).orElseThrow());
		model.addAttribute("needs", AccessNeed.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("deadlinePassed", !ZonedDateTime.now(clock).isBefore(session.rsvpDeadline()));
		model.addAttribute("form", form);
		return "codesign/join";
	}

	@PostMapping("/rsvp/join/{sessionId}")
	String join(@PathVariable long sessionId, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect) {
		Session session = sessions.find(sessionId).orElseThrow(StaffController.NotFound::new);
		Form form = new Form(params, messages, locale);
		String name = form.required("name", 200);
		Side side = form.side("side");
		String email = form.email("email");
		Set<AccessNeed> needs = AccessNeed.parse(form.values("needs"));
		String note = form.optional("accessNote", 500);
		if (!form.hasErrors()) {
			Long userId = SignedInUser.current().filter(u -> u.tenantId() == session.tenantId()).map(SignedInUser::id)
				.orElse(null);
			try {
				Invitation joined = invitations.join(session,
						new Invitee(name, side, email, Languages.of(locale), null, userId), true, needs, note,
						form.checked("nameConsent", "true"));
				redirect.addFlashAttribute("notice", "codesign.rsvp.status." + joined.status());
				redirect.addFlashAttribute("newCode", joined.displayCode());
				return "redirect:/rsvp/" + joined.code();
			}
			catch (Refusal refusal) {
				form.reject("name", refusal.key(), refusal.args());
			}
		}
		return joinPage(session, form, locale, model);
	}

	/** A signed-in participant's way to their invitation without the code. */
	@GetMapping("/rsvp/session/{sessionId}")
	String mine(@PathVariable long sessionId, Locale locale, Model model) {
		Optional<SignedInUser> user = SignedInUser.current();
		if (user.isEmpty()) {
			return "redirect:/login";
		}
		Session session = sessions.find(sessionId).orElseThrow(StaffController.NotFound::new);
		Optional<Invitation> invitation = invitations.ofUser(sessionId, user.get().id());
		if (invitation.isPresent()) {
			return "redirect:/rsvp/" + invitation.get().code();
		}
		model.addAttribute("meeting", session);
		model.addAttribute("series", series.find(session.seriesId(), locale).orElseThrow());
		return "codesign/not-registered";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static MediaType calendarType() {
		return new MediaType("text", "calendar", StandardCharsets.UTF_8);
	}
}
