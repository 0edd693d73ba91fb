package org.inclusio.directory.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the public service and organisation pages from the entities, in one read-only transaction each. */
@Component
@Transactional(readOnly = true)
class PublicPages {

	private final DirectoryServiceRepository services;

	private final OrganizationRepository organizations;

	private final MessageSource messages;

	PublicPages(DirectoryServiceRepository services, OrganizationRepository organizations, MessageSource messages) {
		this.services = services;
		this.organizations = organizations;
		this.messages = messages;
	}

	Optional<ServicePage> service(String id, Locale page) {
		return services.findById(id).map(service -> service(service, page));
	}

	Optional<OrganizationPage> organization(String id, Locale page) {
		return organizations.findById(id).map(organization -> organization(organization, page));
	}

	private ServicePage service(DirectoryService s, Locale page) {
		List<Shown> texts = new ArrayList<>();
		Organization organization = s.getOrganization();
		List<ServicePage.Place> places = s.getServiceAtLocations().stream()
			.map(ServiceAtLocation::getLocation)
			.map(location -> place(location, page, texts))
			.toList();
		List<ServicePage.Cost> costs = s.getCostOptions().stream()
			.map(c -> new ServicePage.Cost(shown(c.getOption(), page, texts), c.getAmount(), c.getCurrency(),
					shown(c.getAmountDescription(), page, texts)))
			.toList();
		List<Shown> documents = s.getRequiredDocuments().stream().map(d -> shown(d.getDocument(), page, texts))
			.filter(Objects::nonNull).toList();
		List<Shown> needs = s.getAttributes().stream().map(Attribute::getTaxonomyTerm)
			.sorted(Comparator.comparing(TaxonomyTerm::getCode))
			.map(term -> shown(term.getName(), page, texts)).filter(Objects::nonNull).toList();
		List<String> phones = s.getPhones().stream().map(Phone::getNumber).toList();
		if (phones.isEmpty()) {
			phones = places.stream().flatMap(p -> p.phones().stream()).distinct().toList();
		}
		List<Schedule> schedules = s.getSchedules();
		if (schedules.isEmpty()) {
			schedules = s.getServiceAtLocations().stream().flatMap(at -> at.getLocation().getSchedules().stream())
				.toList();
		}
		ServicePage view = new ServicePage(s.getId(), shown(s.getName(), page, texts), s.getStatus(),
				organization.getId(), shown(organization.getName(), page, texts), shown(s.getDescription(), page, texts),
				shown(s.getAlert(), page, texts), shown(s.getApplicationProcess(), page, texts),
				shown(s.getEligibilityDescription(), page, texts), shown(s.getInterpretationServices(), page, texts),
				s.getMinimumAge(), s.getMaximumAge(), places, week(schedules, page),
				s.getLanguages().stream().map(ServiceLanguage::getCode).filter(Objects::nonNull).distinct()
					.map(code -> languageName(code, page)).toList(),
				s.isFreeOfCharge(), costs, shown(s.getFeesDescription(), page, texts), documents, phones,
				s.getEmail() != null ? s.getEmail() : organization.getEmail(),
				s.getUrl() != null ? s.getUrl() : organization.getWebsite(), needs,
				texts.stream().anyMatch(Shown::fallback));
		return view;
	}

	private OrganizationPage organization(Organization o, Locale page) {
		List<Shown> texts = new ArrayList<>();
		List<ServicePage.Place> places = o.getLocations().stream().map(l -> place(l, page, texts)).toList();
		List<OrganizationPage.ServiceLink> links = o.getServices().stream()
			.filter(s -> "active".equals(s.getStatus()))
			.map(s -> new OrganizationPage.ServiceLink(s.getId(), shown(s.getName(), page, texts),
					shown(s.getDescription(), page, texts)))
			.sorted(Comparator.comparing(link -> link.name() == null ? "" : link.name().text()))
			.toList();
		List<String> phones = places.stream().flatMap(p -> p.phones().stream()).distinct().toList();
		return new OrganizationPage(o.getId(), shown(o.getName(), page, texts), shown(o.getDescription(), page, texts),
				o.getEmail(), o.getWebsite(), phones, places, links, texts.stream().anyMatch(Shown::fallback));
	}

	private ServicePage.Place place(Location location, Locale page, List<Shown> texts) {
		List<String> lines = new ArrayList<>();
		location.getAddresses().stream()
			.sorted(Comparator.comparing(a -> "physical".equals(a.getAddressType()) ? 0 : 1))
			.limit(1)
			.forEach(a -> {
				Stream.of(a.getAttention(), a.getAddress1(), a.getAddress2()).filter(PublicPages::present)
					.forEach(lines::add);
				String town = Stream.of(a.getPostalCode(), a.getCity()).filter(PublicPages::present)
					.reduce((x, y) -> x + " " + y).orElse(null);
				if (town != null) {
					lines.add(town);
				}
			});
		String map = null;
		if (location.getLatitude() != null && location.getLongitude() != null) {
			String lat = location.getLatitude().stripTrailingZeros().toPlainString();
			String lon = location.getLongitude().stripTrailingZeros().toPlainString();
			map = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
		}
		boolean wheelchair = location.getAccessibilities().stream().anyMatch(Accessibility::isWheelchair);
		List<Shown> accessibility = location.getAccessibilities().stream()
			.flatMap(a -> Stream.of(shown(a.getDescription(), page, texts), shown(a.getDetails(), page, texts)))
			.filter(Objects::nonNull).toList();
		return new ServicePage.Place(shown(location.getName(), page, texts), lines, map,
				shown(location.getTransportation(), page, texts), wheelchair, accessibility,
				location.getPhones().stream().map(Phone::getNumber).toList());
	}

	/** Monday to Sunday, each with its openings (a schedule's byday may name several days). */
	private static List<ServicePage.Day> week(List<Schedule> schedules, Locale page) {
		List<ServicePage.Day> week = new ArrayList<>();
		for (String code : OpeningHours.DAYS) {
			List<ServicePage.Hours> hours = schedules.stream()
				.filter(s -> s.getOpensAt() != null && s.getClosesAt() != null)
				.filter(s -> OpeningHours.days(s).contains(code))
				.map(s -> new ServicePage.Hours(s.getOpensAt(), s.getClosesAt()))
				.sorted(Comparator.comparing(ServicePage.Hours::opens))
				.toList();
			String name = DayOfWeek.of(OpeningHours.indexOf(code) + 1).getDisplayName(TextStyle.FULL_STANDALONE, page);
			week.add(new ServicePage.Day(name.substring(0, 1).toUpperCase(page) + name.substring(1), hours));
		}
		return week;
	}

	/** A language's name in the page's language: our own names for the ones the JDK may not know (Romani). */
	String languageName(String code, Locale page) {
		String name = messages.getMessage("directory.language." + code, null, null, page);
		return name != null ? name : Locale.forLanguageTag(code).getDisplayLanguage(page);
	}

	private static Shown shown(LocalText text, Locale page, List<Shown> texts) {
		Shown shown = Shown.of(text, page);
		if (shown != null) {
			texts.add(shown);
		}
		return shown;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	static boolean positive(BigDecimal amount) {
		return amount != null && amount.signum() > 0;
	}
}
