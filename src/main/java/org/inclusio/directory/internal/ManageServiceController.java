package org.inclusio.directory.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.inclusio.directory.Directory;
import org.inclusio.identity.MunicipalityTimeZones;
import org.inclusio.identity.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Provider staff (and the municipality's administrator) maintain their organisations' services: list, add, edit,
 * deactivate. A form with errors comes back as typed, with the error summary; a save over someone else's newer
 * change comes back as typed too, with a message, and saves nothing.
 */
@Controller
@RequestMapping("/directory/manage")
class ManageServiceController {

	private final ManagedServices managed;

	private final Directory directory;

	private final PublicPages pages;

	private final MunicipalityTimeZones timeZones;

	ManageServiceController(ManagedServices managed, Directory directory, PublicPages pages,
			MunicipalityTimeZones timeZones) {
		this.managed = managed;
		this.directory = directory;
		this.pages = pages;
		this.timeZones = timeZones;
	}

	/** The form's fields in page order, for the error summary. */
	private static final List<String> ERROR_FIELDS = errorFields();

	private static List<String> errorFields() {
		List<String> fields = new ArrayList<>();
		for (String text : List.of("name", "alternateName", "description")) {
			for (String language : List.of("bg", "lv", "en")) {
				fields.add(text + "." + language);
			}
		}
		fields.add("needs");
		for (String language : List.of("bg", "lv", "en")) {
			fields.add("alert." + language);
		}
		for (String language : List.of("bg", "lv", "en")) {
			fields.add("eligibility." + language);
		}
		fields.addAll(List.of("minimumAge", "maximumAge"));
		for (String text : List.of("applicationProcess", "documents", "accreditations")) {
			for (String language : List.of("bg", "lv", "en")) {
				fields.add(text + "." + language);
			}
		}
		fields.add("fee");
		for (String language : List.of("bg", "lv", "en")) {
			fields.add("feesDescription." + language);
		}
		fields.addAll(List.of("locationName", "address1", "postalCode", "city", "latitude", "longitude"));
		for (String text : List.of("transportation", "accessibility")) {
			for (String language : List.of("bg", "lv", "en")) {
				fields.add(text + "." + language);
			}
		}
		for (int day = 0; day < OpeningHours.DAYS.length; day++) {
			fields.add("hours[" + day + "].opens");
			fields.add("hours[" + day + "].closes");
		}
		fields.add("languages");
		for (String language : List.of("bg", "lv", "en")) {
			fields.add("interpretationServices." + language);
		}
		fields.addAll(List.of("phone", "email", "url"));
		return List.copyOf(fields);
	}

	@GetMapping
	String list(Locale locale, Model model) {
		SignedInUser user = user();
		model.addAttribute("organizations", managed.list(user, locale));
		model.addAttribute("zone", timeZones.of(user.tenantId()));
		return "directory/manage-list";
	}

	@GetMapping("/organizations/{organizationId}/services/new")
	String newService(@PathVariable String organizationId, Locale locale, Model model) {
		SignedInUser user = user();
		ManagedServices.Editing editing = managed.adding(user, organizationId, locale).orElseThrow(ManageServiceController::notFound);
		model.addAttribute("form", managed.newForm(user, organizationId).orElseThrow(ManageServiceController::notFound));
		return form(model, locale, editing);
	}

	@PostMapping("/organizations/{organizationId}/services/new")
	String create(@PathVariable String organizationId, @ModelAttribute("form") ServiceForm form, BindingResult errors,
			Locale locale, Model model, RedirectAttributes redirect) {
		SignedInUser user = user();
		ManagedServices.Editing editing = managed.adding(user, organizationId, locale).orElseThrow(ManageServiceController::notFound);
		managed.validate(form, errors);
		if (errors.hasErrors()) {
			return form(model, locale, editing);
		}
		String id = managed.create(user, organizationId, form);
		redirect.addFlashAttribute("saved", id);
		return "redirect:/directory/manage";
	}

	@GetMapping("/services/{id}")
	String edit(@PathVariable String id, Locale locale, Model model) {
		SignedInUser user = user();
		ManagedServices.Editing editing = managed.editing(user, id, locale).orElseThrow(ManageServiceController::notFound);
		model.addAttribute("form", managed.editForm(user, id).orElseThrow(ManageServiceController::notFound));
		return form(model, locale, editing);
	}

	@PostMapping("/services/{id}")
	String update(@PathVariable String id, @ModelAttribute("form") ServiceForm form, BindingResult errors,
			Locale locale, Model model, RedirectAttributes redirect) {
		SignedInUser user = user();
		ManagedServices.Editing editing = managed.editing(user, id, locale).orElseThrow(ManageServiceController::notFound);
		managed.validate(form, errors);
		if (!errors.hasErrors()) {
			try {
				managed.update(user, id, form);
				redirect.addFlashAttribute("saved", id);
				return "redirect:/directory/manage";
			}
			catch (ManagedServices.Conflict conflict) {
				conflict(model, form, conflict.currentVersion());
			}
			catch (ObjectOptimisticLockingFailureException race) {
				conflict(model, form, managed.currentVersion(user, id).orElseThrow(ManageServiceController::notFound));
			}
		}
		return form(model, locale, editing);
	}

	/** Deactivates a service or makes it active again. */
	@PostMapping("/services/{id}/status")
	String status(@PathVariable String id, @RequestParam(required = false) Long version,
			@RequestParam String status, RedirectAttributes redirect) {
		SignedInUser user = user();
		managed.service(user, id).orElseThrow(ManageServiceController::notFound);
		if (!List.of("active", "inactive").contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			managed.setStatus(user, id, version, status);
			redirect.addFlashAttribute("active".equals(status) ? "activated" : "deactivated", id);
		}
		catch (ManagedServices.Conflict | ObjectOptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("statusConflict", id);
		}
		return "redirect:/directory/manage";
	}

	/**
	 * The person's input stays as typed; the hidden version becomes the current one, so that saving again
	 * (after looking at the other change) replaces it knowingly.
	 */
	private static void conflict(Model model, ServiceForm form, Long currentVersion) {
		model.addAttribute("conflict", true);
		form.setVersion(currentVersion);
	}

	private String form(Model model, Locale locale, ManagedServices.Editing editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("errorFields", ERROR_FIELDS);
		model.addAttribute("dayNames", Arrays.stream(DayOfWeek.values())
			.map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale))
			.map(name -> name.substring(0, 1).toUpperCase(locale) + name.substring(1))
			.toList());
		model.addAttribute("needOptions", directory.needCategories(locale));
		List<String> languages = new ArrayList<>(ManagedServices.LANGUAGES);
		ServiceForm form = (ServiceForm) model.getAttribute("form");
		form.getLanguages().stream().filter(code -> !languages.contains(code)).forEach(languages::add);
		model.addAttribute("languageOptions", languages.stream()
			.map(code -> new Option(code, pages.languageName(code, locale))).toList());
		return "directory/manage-form";
	}

	/** A checkbox's value and label. */
	record Option(String value, String label) {
	}

	private static SignedInUser user() {
		SignedInUser user = SignedInUser.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		if (!ManagedServices.mayManage(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return user;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
