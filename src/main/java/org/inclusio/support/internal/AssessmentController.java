package org.inclusio.support.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's support pages: the start page, the self-assessment (one question per life area, radio buttons, no
 * JavaScript needed), what may help, and how things changed since the first time.
 */
@Controller
@PreAuthorize("hasRole('CITIZEN')")
class AssessmentController {

	private final Assessments assessments;

	private final Suggestions suggestions;

	private final ReferralNotices notices;

	private final Referrals referrals;

	AssessmentController(Assessments assessments, Suggestions suggestions, ReferralNotices notices, Referrals referrals) {
		this.assessments = assessments;
		this.suggestions = suggestions;
		this.notices = notices;
		this.referrals = referrals;
	}

	@GetMapping("/support")
	String start(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		model.addAttribute("latest", assessments.latest(citizen.tenantId(), citizen.id()).orElse(null));
		model.addAttribute("unread", notices.unread(citizen.tenantId(), citizen.id()).size());
		model.addAttribute("referrals", referrals.ofCitizen(citizen.tenantId(), citizen.id()).size());
		return "support/start";
	}

	@GetMapping("/support/assessment")
	String form(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		Assessment latest = assessments.latest(citizen.tenantId(), citizen.id()).orElse(null);
		return showForm(model, new EnumMap<>(LifeArea.class), List.of(), latest);
	}

	@PostMapping("/support/assessment")
	String take(@AuthenticationPrincipal SignedInUser citizen, @RequestParam Map<String, String> params, Model model) {
		Map<LifeArea, Integer> scores = new EnumMap<>(LifeArea.class);
		List<LifeArea> missing = new ArrayList<>();
		for (LifeArea area : LifeArea.values()) {
			Integer score = score(params.get(area.name()));
			if (score == null) {
				missing.add(area);
			}
			else {
				scores.put(area, score);
			}
		}
		if (!missing.isEmpty()) {
			return showForm(model, scores, missing, assessments.latest(citizen.tenantId(), citizen.id()).orElse(null));
		}
		long id = assessments.save(citizen.tenantId(), citizen.id(), scores);
		return "redirect:/support/assessment/" + id;
	}

	@GetMapping("/support/assessment/{id}")
	String result(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long id, Model model, Locale locale) {
		Assessment assessment = assessments.find(citizen.tenantId(), citizen.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("assessment", assessment);
		model.addAttribute("areas", List.of(LifeArea.values()));
		model.addAttribute("suggestions", suggestions.of(assessment, locale));
		model.addAttribute("taken", assessments.history(citizen.tenantId(), citizen.id()).size());
		return "support/assessment-result";
	}

	@GetMapping("/support/assessment/history")
	String history(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		List<Assessment> history = assessments.history(citizen.tenantId(), citizen.id());
		model.addAttribute("progress", Progress.of(history));
		model.addAttribute("taken", history.size());
		return "support/assessment-history";
	}

	private String showForm(Model model, Map<LifeArea, Integer> scores, List<LifeArea> missing, Assessment latest) {
		model.addAttribute("areas", List.of(LifeArea.values()));
		model.addAttribute("scores", scores);
		model.addAttribute("missing", missing);
		model.addAttribute("latest", latest);
		model.addAttribute("scale", List.of(1, 2, 3, 4));
		return "support/assessment";
	}

	private static Integer score(String value) {
		if (value == null) {
			return null;
		}
		try {
			int score = Integer.parseInt(value.strip());
			return score >= Assessment.MIN && score <= Assessment.MAX ? score : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
