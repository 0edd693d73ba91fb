package org.inclusio.money.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inclusio.account.AccountKind;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's budget planner, "what if" view, reminders and reminder settings. Every change is a plain form
 * post followed by a redirect, so it all works without JavaScript; a form with mistakes comes back with what was
 * typed and an error summary that links to each field.
 */
@Controller
@RequestMapping("/money")
@PreAuthorize("hasRole('CITIZEN')")
class MoneyController {

	static final int MAX_LABEL = 80;

	private final Budget budget;

	private final BudgetLines lines;

	private final Notices notices;

	private final Preferences preferences;

	private final AuditLog audit;

	private final MessageSource messages;

	private final java.time.Clock clock;

	MoneyController(Budget budget, BudgetLines lines, Notices notices, Preferences preferences, AuditLog audit,
			MessageSource messages, java.time.Clock clock) {
		this.budget = budget;
		this.lines = lines;
		this.notices = notices;
		this.preferences = preferences;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** One line the citizen adds: what it is, how much a month and, for a debt, what kind. */
	public static class LineForm {

		private String label;

		private String amount;

		private String kind;

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getAmount() {
			return amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}
	}

	public static class WhatIfForm {

		private Long account;

		private String extra;

		public Long getAccount() {
			return account;
		}

		public void setAccount(Long account) {
			this.account = account;
		}

		public String getExtra() {
			return extra;
		}

		public void setExtra(String extra) {
			this.extra = extra;
		}
	}

	public static class SettingsForm {

		private boolean email;

		private boolean inApp;

		private String daysBefore;

		public boolean isEmail() {
			return email;
		}

		public void setEmail(boolean email) {
			this.email = email;
		}

		public boolean isInApp() {
			return inApp;
		}

		public void setInApp(boolean inApp) {
			this.inApp = inApp;
		}

		public String getDaysBefore() {
			return daysBefore;
		}

		public void setDaysBefore(String daysBefore) {
			this.daysBefore = daysBefore;
		}
	}

	/** A value and its label in the page's language, for select lists. */
	record Choice(String value, String label) {
	}

	@GetMapping
	String budget(@AuthenticationPrincipal SignedInUser citizen, Model model, Locale locale) {
		return page(citizen, model, locale);
	}

	private String page(SignedInUser citizen, Model model, Locale locale) {
		for (Section section : Section.values()) {
			if (!model.containsAttribute(section.anchor())) {
				model.addAttribute(section.anchor(), new LineForm());
			}
		}
		Budget.View view = budget.of(citizen.tenantId(), citizen.id());
		model.addAttribute("budget", view);
		model.addAttribute("currencyName", currencyName(view.currency(), locale));
		model.addAttribute("notices", notices.unread(citizen.tenantId(), citizen.id()));
		model.addAttribute("debtKinds", List.of(AccountKind.values()).stream()
			.map(kind -> new Choice(kind.name(), messages.getMessage("money.kind." + kind, null, locale)))
			.toList());
		return "money/budget";
	}

	@PostMapping("/income")
	@Transactional
	String addIncome(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("income") LineForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		return add(Section.INCOME, citizen, form, errors, model, locale, redirect);
	}

	@PostMapping("/essential")
	@Transactional
	String addEssential(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("essential") LineForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		return add(Section.ESSENTIAL, citizen, form, errors, model, locale, redirect);
	}

	@PostMapping("/debt")
	@Transactional
	String addDebt(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("debt") LineForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		return add(Section.DEBT, citizen, form, errors, model, locale, redirect);
	}

	private String add(Section section, SignedInUser citizen, LineForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		String label = form.getLabel() == null ? "" : form.getLabel().strip();
		if (label.isEmpty()) {
			errors.rejectValue("label", "money." + section.anchor() + ".label.required");
		}
		else if (label.length() > MAX_LABEL) {
			errors.rejectValue("label", "money.label.tooLong");
		}
		AccountKind kind = null;
		if (section == Section.DEBT) {
			kind = kindOf(form.getKind()).orElse(null);
			if (kind == null) {
				errors.rejectValue("kind", "money.debt.kind.required");
			}
		}
		AmountInput.Result amount = AmountInput.parse(form.getAmount());
		if (amount instanceof AmountInput.Problem problem) {
			errors.rejectValue("amount", problem.messageKey());
		}
		if (!errors.hasErrors() && lines.count(citizen.tenantId(), citizen.id(), section) >= BudgetLines.MAX_PER_SECTION) {
			errors.reject("money.lines.tooMany", new Object[] { BudgetLines.MAX_PER_SECTION }, null);
		}
		if (errors.hasErrors()) {
			model.addAttribute("problemForm", section.anchor());
			return page(citizen, model, locale);
		}
		String currency = budget.currencyOf(citizen.tenantId(), citizen.id());
		long id = lines.add(citizen.tenantId(), citizen.id(), section, label, kind,
				((AmountInput.Amount) amount).value(), currency);
		audit.record("CREATE", "money-budget-line", id, "section=" + section);
		redirect.addFlashAttribute("added", label);
		redirect.addFlashAttribute("changed", section.anchor());
		return "redirect:/money#" + section.anchor();
	}

	private static Optional<AccountKind> kindOf(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(AccountKind.valueOf(name));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@PostMapping("/lines/{id}/remove")
	@Transactional
	String remove(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long id, RedirectAttributes redirect) {
		Optional<BudgetLines.Line> removed = lines.remove(citizen.tenantId(), citizen.id(), id);
		if (removed.isEmpty()) {
			return "redirect:/money";
		}
		audit.record("DELETE", "money-budget-line", id, "section=" + removed.get().section());
		redirect.addFlashAttribute("removed", removed.get().label());
		redirect.addFlashAttribute("changed", removed.get().section().anchor());
		return "redirect:/money#" + removed.get().section().anchor();
	}

	@PostMapping("/notices/{id}/read")
	String read(@AuthenticationPrincipal SignedInUser citizen, @PathVariable long id) {
		notices.markRead(citizen.tenantId(), citizen.id(), id);
		return "redirect:/money#reminders";
	}

	@PostMapping("/notices/read")
	String readAll(@AuthenticationPrincipal SignedInUser citizen) {
		notices.markAllRead(citizen.tenantId(), citizen.id());
		return "redirect:/money";
	}

	/** "What if I pay more?": a form that only asks, so it is a GET and the answer can be bookmarked. */
	@GetMapping("/what-if")
	String whatIf(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("whatIf") WhatIfForm form,
			BindingResult errors, Model model, Locale locale) {
		Budget.View view = budget.of(citizen.tenantId(), citizen.id());
		List<Budget.Entry> candidates = view.withArrears();
		model.addAttribute("budget", view);
		model.addAttribute("candidates", candidates.stream()
			.map(e -> new Choice(String.valueOf(e.linkId()), messages.getMessage("money.kind." + e.kind(), null, locale)
					+ " – " + e.label()))
			.toList());
		if (form.getAccount() == null && candidates.size() == 1) {
			form.setAccount(candidates.getFirst().linkId());
		}
		if (form.getExtra() == null || candidates.isEmpty()) {
			return "money/what-if"; // nothing asked yet
		}
		Optional<Budget.Entry> account = candidates.stream()
			.filter(e -> e.linkId().equals(form.getAccount()))
			.findFirst();
		if (account.isEmpty()) {
			errors.rejectValue("account", "money.whatIf.account.required");
		}
		AmountInput.Result extra = AmountInput.parse(form.getExtra());
		if (extra instanceof AmountInput.Problem problem) {
			errors.rejectValue("extra", problem.messageKey());
		}
		if (errors.hasErrors()) {
			return "money/what-if";
		}
		WhatIf result = WhatIf.of(account.get().arrears(), ((AmountInput.Amount) extra).value(), view.balance(),
				YearMonth.now(clock));
		model.addAttribute("chosen", account.get());
		model.addAttribute("result", result);
		model.addAttribute("clearedBy", DateTimeFormatter
			.ofPattern(messages.getMessage("money.monthPattern", null, locale), locale)
			.format(result.clearedBy()));
		return "money/what-if";
	}

	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal SignedInUser citizen, Model model) {
		if (!model.containsAttribute("settings")) {
			Preferences.Preference preference = preferences.of(citizen.tenantId(), citizen.id());
			SettingsForm form = new SettingsForm();
			form.setEmail(preference.email());
			form.setInApp(preference.inApp());
			form.setDaysBefore(String.valueOf(preference.daysBefore()));
			model.addAttribute("settings", form);
		}
		return "money/settings";
	}

	@PostMapping("/settings")
	@Transactional
	String saveSettings(@AuthenticationPrincipal SignedInUser citizen, @ModelAttribute("settings") SettingsForm form,
			BindingResult errors, RedirectAttributes redirect) {
		Integer days = null;
		String typed = form.getDaysBefore() == null ? "" : form.getDaysBefore().strip();
		if (typed.isEmpty()) {
			errors.rejectValue("daysBefore", "money.settings.days.required");
		}
		else {
			try {
				days = Integer.valueOf(typed);
			}
			catch (NumberFormatException ex) {
				// not a whole number: said below
			}
			if (days == null || days < Preferences.MIN_DAYS || days > Preferences.MAX_DAYS) {
				errors.rejectValue("daysBefore", "money.settings.days.invalid",
						new Object[] { Preferences.MIN_DAYS, Preferences.MAX_DAYS }, null);
			}
		}
		if (errors.hasErrors()) {
			return "money/settings";
		}
		preferences.save(citizen.tenantId(), citizen.id(),
				new Preferences.Preference(form.isEmail(), form.isInApp(), days));
		audit.record("UPDATE", "money-preference", citizen.id(),
				"email=" + form.isEmail() + ",inApp=" + form.isInApp() + ",days=" + days);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/money/settings";
	}

	static String currencyName(String code, Locale locale) {
		try {
			return Currency.getInstance(code).getDisplayName(locale);
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}
}
