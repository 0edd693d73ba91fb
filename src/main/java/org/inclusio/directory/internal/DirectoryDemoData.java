package org.inclusio.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.inclusio.account.ProviderStaff;
import org.inclusio.identity.People;
import org.inclusio.shared.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo directory from {@code directory/demo-services.yml}: invented organisations in Sofia and Tvarditsa with
 * their services, locations, opening hours, languages, costs and documents to bring, and places for "distance
 * from". Loaded into an empty directory in demo mode, after the account module's demo providers (whose staff then
 * maintain the organisations marked "maintainedBy").
 */
@Component
@Order(20)
class DirectoryDemoData implements ApplicationRunner {

	private static final Map<String, String> LANGUAGE_NAMES = Map.of("bg", "Bulgarian", "en", "English", "ru",
			"Russian", "rom", "Romani", "tr", "Turkish", "lv", "Latvian");

	private final Environment environment;

	private final People people;

	private final ProviderStaff providerStaff;

	private final OrganizationRepository organizations;

	private final DirectoryServiceRepository services;

	private final LocationRepository locations;

	private final TaxonomyTermRepository terms;

	private final PlaceRepository places;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DirectoryDemoData(Environment environment, People people, ProviderStaff providerStaff,
			OrganizationRepository organizations, DirectoryServiceRepository services, LocationRepository locations,
			TaxonomyTermRepository terms, PlaceRepository places, TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.people = people;
		this.providerStaff = providerStaff;
		this.organizations = organizations;
		this.services = services;
		this.locations = locations;
		this.terms = terms;
		this.places = places;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!DemoMode.wanted(environment) || organizations.count() > 0 || places.count() > 0) {
			return;
		}
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource("directory/demo-services.yml").getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		transactions.executeWithoutResult(status -> load(file));
	}

	/** A stable id for a demo record, so that links to demo services stay the same across fresh databases. */
	static String demoId(String key) {
		return UUID.nameUUIDFromBytes(("inclusio-demo:" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@SuppressWarnings("unchecked")
	private void load(Map<String, Object> file) {
		for (List<Object> row : (List<List<Object>>) file.get("places")) {
			Optional<Long> tenant = people.municipality((String) row.get(0));
			if (tenant.isEmpty()) {
				continue;
			}
			Place place = new Place();
			place.setTenantId(tenant.get());
			place.setPostcode((String) row.get(1));
			place.setName(text(row.get(2)));
			place.setLatitude(decimal(row.get(3)));
			place.setLongitude(decimal(row.get(4)));
			places.save(place);
		}
		Map<String, Object> documents = (Map<String, Object>) file.get("documents");
		for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("organizations")) {
			people.municipality((String) entry.get("municipality"))
				.ifPresent(tenant -> organization(tenant, entry, documents));
		}
	}

	@SuppressWarnings("unchecked")
	private void organization(long tenant, Map<String, Object> entry, Map<String, Object> documents) {
		String key = (String) entry.get("key");
		Organization organization = new Organization();
		organization.setId(demoId(key));
		organization.setTenantId(tenant);
		organization.setName(text(entry.get("name")));
		organization.setDescription(text(entry.get("description")));
		organization.setEmail((String) entry.get("email"));
		organization.setWebsite((String) entry.get("website"));
		organization.setUpdatedAt(clock.instant());
		String maintainer = (String) entry.get("maintainedBy");
		if (maintainer != null) {
			people.findByEmail(tenant, maintainer)
				.flatMap(staff -> providerStaff.providersOf(tenant, staff.id()).stream().findFirst())
				.ifPresent(organization::setProviderId);
		}
		organizations.save(organization);

		Map<String, Object> place = (Map<String, Object>) entry.get("location");
		Location location = new Location();
		location.setId(demoId(key + "/location"));
		location.setOrganization(organization);
		location.setLocationType("physical");
		location.setName(text(place.get("name")));
		location.setTransportation(text(place.get("transport")));
		location.setLatitude(decimal(place.get("lat")));
		location.setLongitude(decimal(place.get("lon")));
		Address address = new Address();
		address.setId(demoId(key + "/address"));
		address.setLocation(location);
		address.setAddress1((String) place.get("street"));
		address.setCity(tenant == people.municipality("sofia").orElse(-1L) ? "София"
				: "8895".equals(place.get("postcode")) ? "Шивачево" : "Твърдица");
		address.setStateProvince(address.getCity().equals("София") ? "София-град" : "Сливен");
		address.setPostalCode((String) place.get("postcode"));
		address.setCountry("BG");
		address.setAddressType("physical");
		location.getAddresses().add(address);
		Accessibility accessibility = new Accessibility();
		accessibility.setId(demoId(key + "/accessibility"));
		accessibility.setLocation(location);
		accessibility.setWheelchair(Boolean.TRUE.equals(place.get("wheelchair")));
		accessibility.setDescription(text(place.get("accessibility")));
		location.getAccessibilities().add(accessibility);
		Phone locationPhone = new Phone();
		locationPhone.setId(demoId(key + "/phone"));
		locationPhone.setLocation(location);
		locationPhone.setOrganizationId(organization.getId());
		locationPhone.setNumber((String) entry.get("phone"));
		locationPhone.setType("voice");
		location.getPhones().add(locationPhone);
		location = locations.save(location);

		int index = 0;
		for (Map<String, Object> item : (List<Map<String, Object>>) entry.get("services")) {
			service(tenant, organization, location, key + "/" + index++, entry, item, documents);
		}
	}

	@SuppressWarnings("unchecked")
	private void service(long tenant, Organization organization, Location location, String key,
			Map<String, Object> owner, Map<String, Object> item, Map<String, Object> documents) {
		DirectoryService service = new DirectoryService();
		service.setId(demoId(key));
		service.setOrganization(organization);
		service.setTenantId(tenant);
		service.setStatus("active");
		service.setName(text(item.get("name")));
		service.setDescription(text(item.get("description")));
		service.setEligibilityDescription(text(item.get("eligibility")));
		service.setApplicationProcess(text(item.getOrDefault("apply", owner.get("apply"))));
		service.setEmail((String) owner.get("email"));
		service.setUrl((String) owner.get("website"));
		service.setMinimumAge((Integer) item.get("minimumAge"));
		service.setMaximumAge((Integer) item.get("maximumAge"));
		service.setLastModified(clock.instant());

		ServiceAtLocation at = new ServiceAtLocation();
		at.setId(demoId(key + "/at"));
		at.setService(service);
		at.setLocation(location);
		service.getServiceAtLocations().add(at);

		String hours = (String) item.getOrDefault("hours", owner.get("hours"));
		for (OpeningHours.Opening opening : OpeningHours.parse(hours)) {
			Schedule schedule = OpeningHours.schedule(service, opening);
			schedule.setId(demoId(key + "/hours/" + opening.day()));
			service.getSchedules().add(schedule);
		}
		for (String code : (List<String>) item.getOrDefault("languages", owner.get("languages"))) {
			ServiceLanguage language = new ServiceLanguage();
			language.setId(demoId(key + "/language/" + code));
			language.setService(service);
			language.setCode(code);
			language.setName(LANGUAGE_NAMES.getOrDefault(code, code));
			service.getLanguages().add(language);
		}
		List<Object> fee = (List<Object>) item.get("fee");
		if (fee != null) {
			CostOption cost = new CostOption();
			cost.setId(demoId(key + "/cost"));
			cost.setService(service);
			cost.setAmount(decimal(fee.get(0)).setScale(2));
			cost.setCurrency("EUR");
			cost.setOption(text(fee.get(1)));
			service.getCostOptions().add(cost);
			service.setFeesDescription(text(fee.get(1)));
		}
		int document = 0;
		for (String name : (List<String>) item.get("documents")) {
			if ("none".equals(name)) {
				continue;
			}
			RequiredDocument required = new RequiredDocument();
			required.setId(demoId(key + "/document/" + document++));
			required.setService(service);
			required.setDocument(text(documents.get(name)));
			service.getRequiredDocuments().add(required);
		}
		Phone phone = new Phone();
		phone.setId(demoId(key + "/phone"));
		phone.setService(service);
		phone.setNumber((String) owner.get("phone"));
		phone.setType("voice");
		service.getPhones().add(phone);
		for (String code : (List<String>) item.get("needs")) {
			TaxonomyTerm term = terms.findByCode(code)
				.orElseThrow(() -> new IllegalStateException("No need category " + code));
			Attribute attribute = new Attribute();
			attribute.setId(demoId(key + "/need/" + code));
			attribute.setLinkId(service.getId());
			attribute.setLinkEntity("service");
			attribute.setLinkType("need");
			attribute.setTaxonomyTerm(term);
			attribute.setLabel(code);
			service.getAttributes().add(attribute);
		}
		service.refreshFreeOfCharge();
		services.save(service);
	}

	@SuppressWarnings("unchecked")
	private static LocalText text(Object value) {
		if (value == null) {
			return new LocalText();
		}
		List<String> texts = (List<String>) value;
		return new LocalText(texts.get(0), texts.get(1), texts.get(2));
	}

	private static BigDecimal decimal(Object value) {
		return new BigDecimal(String.valueOf(value));
	}
}
