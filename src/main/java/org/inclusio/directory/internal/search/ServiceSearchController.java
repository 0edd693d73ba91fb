package org.inclusio.directory.internal.search;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public search page: a GET form (words, filters, order) whose answer is the same page with the results, so it
 * works without JavaScript and every search has an address to keep or share. No sign-in needed.
 */
@Controller
class ServiceSearchController {

	static final int PAGE_SIZE = 20;

	private static final int SNIPPET = 220;

	private final ServiceSearch search;

	private final SearchLabels labels;

	private final NearPlaces places;

	ServiceSearchController(ServiceSearch search, SearchLabels labels, NearPlaces places) {
		this.search = search;
		this.labels = labels;
		this.places = places;
	}

	/** A choice in a filter with the number of services it gives. */
	record Option(String value, String label, long count, boolean selected) {
	}

	/** One result as the page shows it; each text with the language it is in (a fallback may differ). */
	record Item(String id, String name, String nameLang, String organization, String organizationLang, String snippet,
			String snippetLang, String municipality, boolean free, boolean wheelchair, String distanceKm) {
	}

	@GetMapping("/services")
	String search(@ModelAttribute("form") SearchForm form, BindingResult errors, Model model, Locale locale) {
		GeoPoint near = null;
		if (form.byDistance() && form.getNear().isEmpty()) {
			errors.rejectValue("near", "directorysearch.near.required");
		}
		else if (!form.getNear().isEmpty()) {
			Optional<GeoPoint> place = places.find(form.getNear());
			if (place.isEmpty()) {
				errors.rejectValue("near", "directorysearch.near.unknown", new Object[] { form.getNear() }, null);
			}
			else if (form.byDistance()) {
				near = place.get();
			}
		}
		ServiceSearch.Query query = new ServiceSearch.Query(form.getQ(), form.getNeed(), form.areaId(),
				form.getLanguage(), form.isOpen(), form.isFree(), form.isWheelchair(), near, form.pageNumber(), PAGE_SIZE);
		ServiceSearch.Result result = search.search(query);
		String language = language(locale);
		model.addAttribute("result", result);
		model.addAttribute("items", result.hits().stream().map(hit -> item(hit, language, locale)).toList());
		model.addAttribute("needOptions", needOptions(result.facets(), form, locale));
		model.addAttribute("areaOptions", areaOptions(result.facets(), form, locale));
		model.addAttribute("languageOptions", languageOptions(result.facets(), form, locale));
		model.addAttribute("hasFilters", form.hasFilters());
		if (result.total() == 0) {
			// the way out of an empty result: every need category with its number of services
			ServiceSearch.Result everything = search.search(new ServiceSearch.Query("", List.of(), null, null, false,
					false, false, null, 1, 1));
			model.addAttribute("browse", needOptions(everything.facets(), new SearchForm(), locale).stream()
				.filter(o -> o.count() > 0)
				.toList());
		}
		return "directorysearch/search";
	}

	private Item item(ServiceSearch.Hit hit, String language, Locale locale) {
		String description = hit.description().in(language);
		String distance = hit.distanceKm() == null ? null
				: BigDecimal.valueOf(hit.distanceKm()).setScale(hit.distanceKm() < 10 ? 1 : 0, RoundingMode.HALF_UP)
					.toPlainString();
		if (distance != null && "bg".equals(language) || distance != null && "lv".equals(language)) {
			distance = distance.replace('.', ','); // the decimal comma of Bulgarian and Latvian
		}
		return new Item(hit.id(), hit.name().in(language), hit.name().languageOf(language),
				hit.organization().in(language), hit.organization().languageOf(language), snippet(description),
				hit.description().languageOf(language),
				hit.tenant() == null ? "" : labels.municipality(hit.tenant(), locale), hit.free(), hit.wheelchair(),
				distance);
	}

	static String snippet(String text) {
		if (text == null || text.length() <= SNIPPET) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SNIPPET);
		return text.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET).stripTrailing() + "…";
	}

	private List<Option> needOptions(ServiceSearch.Facets facets, SearchForm form, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Map.Entry<String, String> need : labels.needs(locale).entrySet()) {
			options.add(new Option(need.getKey(), need.getValue(), facets.needs().getOrDefault(need.getKey(), 0L),
					form.getNeed().contains(need.getKey())));
		}
		return options;
	}

	private List<Option> areaOptions(ServiceSearch.Facets facets, SearchForm form, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Map.Entry<Long, Long> tenant : facets.tenants().entrySet()) {
			options.add(new Option(String.valueOf(tenant.getKey()), labels.municipality(tenant.getKey(), locale),
					tenant.getValue(), String.valueOf(tenant.getKey()).equals(form.getArea())));
		}
		if (form.areaId() != null && facets.tenants().get(form.areaId()) == null) {
			options.add(new Option(form.getArea(), labels.municipality(form.areaId(), locale), 0, true));
		}
		options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
		return options;
	}

	private List<Option> languageOptions(ServiceSearch.Facets facets, SearchForm form, Locale locale) {
		List<Option> options = new ArrayList<>();
		for (Map.Entry<String, Long> language : facets.languages().entrySet()) {
			options.add(new Option(language.getKey(), labels.language(language.getKey(), locale), language.getValue(),
					language.getKey().equals(form.getLanguage())));
		}
		if (!form.getLanguage().isEmpty() && facets.languages().get(form.getLanguage()) == null) {
			options.add(new Option(form.getLanguage(), labels.language(form.getLanguage(), locale), 0, true));
		}
		options.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
		return options;
	}

	private static String language(Locale locale) {
		String code = locale.getLanguage();
		return List.of("bg", "lv", "en").contains(code) ? code : "en";
	}
}
