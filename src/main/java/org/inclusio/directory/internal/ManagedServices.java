package org.inclusio.directory.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.inclusio.account.ProviderStaff;
import org.inclusio.directory.Directory;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The services provider staff maintain: those of the organisations linked to a provider they act for, in their
 * municipality; an administrator maintains every organisation of the municipality. Anything else is "not found".
 * <p>
 * A save checks the version the form was opened with, so a change someone else saved meanwhile is never silently
 * overwritten (and Hibernate's own version check covers a save at the same moment).
 */
@Component
@Transactional
class ManagedServices {

	/** Languages offered on the form; a service may hold others (from an import), which are kept. */
	static final List<String> LANGUAGES = List.of("bg", "en", "lv", "ru", "uk", "rom", "tr", "de", "fr", "ar");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ()/-]{5,30}");

	private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9 -]{3,10}");

	private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

	private final OrganizationRepository organizations;

	private final DirectoryServiceRepository services;

	private final TaxonomyTermRepository terms;

	private final ProviderStaff providerStaff;

	private final AuditLog audit;

	private final EntityManager entities;

	private final Clock clock;

	ManagedServices(OrganizationRepository organizations, DirectoryServiceRepository services,
			TaxonomyTermRepository terms, ProviderStaff providerStaff, AuditLog audit, EntityManager entities,
			Clock clock) {
		this.entities = entities;
		this.organizations = organizations;
		this.services = services;
		this.terms = terms;
		this.providerStaff = providerStaff;
		this.audit = audit;
		this.clock = clock;
	}

	/** A service saved by someone else since the form was opened. */
	static class Conflict extends RuntimeException {

		private final long currentVersion;

		Conflict(long currentVersion) {
			super(null, null, false, false);
			this.currentVersion = currentVersion;
		}

		long currentVersion() {
			return currentVersion;
		}
	}

	/** What the list page shows of one service. */
	record Row(String id, Shown name, String status, java.time.Instant lastModified) {
	}

	/** An organisation with its services, for the list page. */
	record Maintained(String id, Shown name, List<Row> services) {
	}

	static boolean mayManage(SignedInUser user) {
		return user.has(Role.PROVIDER_STAFF) || user.has(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	List<Maintained> list(SignedInUser user, Locale page) {
		return organizationsOf(user).stream()
			.map(o -> new Maintained(o.getId(), Shown.of(o.getName(), page), o.getServices().stream()
				.map(s -> new Row(s.getId(), Shown.of(s.getName(), page), s.getStatus(), s.getLastModified()))
				.sorted(Comparator.comparing(r -> r.name() == null ? "" : r.name().text()))
				.toList()))
			.sorted(Comparator.comparing(m -> m.name() == null ? "" : m.name().text()))
			.toList();
	}

	private List<Organization> organizationsOf(SignedInUser user) {
		if (user.has(Role.ADMIN)) {
			return organizations.findByTenantIdOrderByNameBg(user.tenantId());
		}
		if (!user.has(Role.PROVIDER_STAFF)) {
			return List.of();
		}
		List<Long> providers = providerStaff.providersOf(user.tenantId(), user.id());
		if (providers.isEmpty()) {
			return List.of();
		}
		return organizations.findByProviderIdIn(providers).stream()
			.filter(o -> o.getTenantId() == user.tenantId())
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<Organization> organization(SignedInUser user, String id) {
		return organizations.findById(id).filter(o -> maintains(user, o));
	}

	@Transactional(readOnly = true)
	Optional<DirectoryService> service(SignedInUser user, String id) {
		return services.findById(id).filter(s -> s.getTenantId() == user.tenantId() && maintains(user, s.getOrganization()));
	}

	private boolean maintains(SignedInUser user, Organization organization) {
		if (organization.getTenantId() != user.tenantId()) {
			return false;
		}
		if (user.has(Role.ADMIN)) {
			return true;
		}
		return user.has(Role.PROVIDER_STAFF) && organization.getProviderId() != null
				&& providerStaff.providersOf(user.tenantId(), user.id()).contains(organization.getProviderId());
	}

	/** What the form page shows above the form: whose service, and its state. */
	record Editing(String serviceId, String organizationId, Shown organizationName, String status) {
	}

	@Transactional(readOnly = true)
	Optional<Editing> editing(SignedInUser user, String id, Locale page) {
		return service(user, id).map(s -> new Editing(s.getId(), s.getOrganization().getId(),
				Shown.of(s.getOrganization().getName(), page), s.getStatus()));
	}

	@Transactional(readOnly = true)
	Optional<Editing> adding(SignedInUser user, String organizationId, Locale page) {
		return organization(user, organizationId)
			.map(o -> new Editing(null, o.getId(), Shown.of(o.getName(), page), null));
	}

	@Transactional(readOnly = true)
	Optional<ServiceForm> editForm(SignedInUser user, String id) {
		return service(user, id).map(this::form);
	}

	@Transactional(readOnly = true)
	Optional<ServiceForm> newForm(SignedInUser user, String organizationId) {
		return organization(user, organizationId).map(this::newForm);
	}

	@Transactional(readOnly = true)
	Optional<Long> currentVersion(SignedInUser user, String id) {
		return service(user, id).map(DirectoryService::getVersion);
	}

	/** A form for a new service, with the organisation's first address filled in. */
	private ServiceForm newForm(Organization organization) {
		ServiceForm form = new ServiceForm();
		organization.getLocations().stream().findFirst().ifPresent(location -> fillLocation(form, location));
		form.setEmail(organization.getEmail());
		form.setUrl(organization.getWebsite());
		form.setLanguages(new ArrayList<>(List.of("bg")));
		return form;
	}

	private ServiceForm form(DirectoryService s) {
		ServiceForm form = new ServiceForm();
		form.setVersion(s.getVersion());
		form.setName(new ServiceForm.Texts(s.getName()));
		form.setAlternateName(new ServiceForm.Texts(s.getAlternateName()));
		form.setDescription(new ServiceForm.Texts(s.getDescription()));
		form.setApplicationProcess(new ServiceForm.Texts(s.getApplicationProcess()));
		form.setEligibility(new ServiceForm.Texts(s.getEligibilityDescription()));
		form.setInterpretationServices(new ServiceForm.Texts(s.getInterpretationServices()));
		form.setAlert(new ServiceForm.Texts(s.getAlert()));
		form.setAccreditations(new ServiceForm.Texts(s.getAccreditations()));
		form.setFeesDescription(new ServiceForm.Texts(s.getFeesDescription()));
		ServiceForm.Texts documents = new ServiceForm.Texts();
		for (String language : List.of("bg", "lv", "en")) {
			String lines = s.getRequiredDocuments().stream()
				.map(d -> Objects.requireNonNullElse(d.getDocument().get(language), ""))
				.collect(Collectors.joining("\n"));
			switch (language) {
				case "bg" -> documents.setBg(lines.isBlank() ? null : lines);
				case "lv" -> documents.setLv(lines.isBlank() ? null : lines);
				default -> documents.setEn(lines.isBlank() ? null : lines);
			}
		}
		form.setDocuments(documents);
		form.setNeeds(needCodes(s));
		location(s).ifPresent(location -> fillLocation(form, location));
		for (ServiceForm.Day day : form.getHours()) {
			s.getSchedules().stream()
				.filter(h -> h.getOpensAt() != null && h.getClosesAt() != null)
				.filter(h -> OpeningHours.days(h).contains(day.getDay()))
				.min(Comparator.comparing(Schedule::getOpensAt))
				.ifPresent(h -> {
					day.setOpens(h.getOpensAt().toString());
					day.setCloses(h.getClosesAt().toString());
				});
		}
		form.setLanguages(s.getLanguages().stream().map(ServiceLanguage::getCode).filter(Objects::nonNull)
			.distinct().collect(Collectors.toCollection(ArrayList::new)));
		s.getCostOptions().stream().map(CostOption::getAmount).filter(Objects::nonNull).max(BigDecimal::compareTo)
			.filter(amount -> amount.signum() > 0)
			.ifPresent(amount -> form.setFee(amount.toPlainString()));
		form.setMinimumAge(s.getMinimumAge() == null ? null : s.getMinimumAge().toString());
		form.setMaximumAge(s.getMaximumAge() == null ? null : s.getMaximumAge().toString());
		s.getPhones().stream().findFirst().ifPresent(p -> form.setPhone(p.getNumber()));
		form.setEmail(s.getEmail());
		form.setUrl(s.getUrl());
		return form;
	}

	private static void fillLocation(ServiceForm form, Location location) {
		form.setLocationName(location.getName().in(Locale.forLanguageTag("bg")));
		physicalAddress(location).ifPresent(a -> {
			form.setAddress1(a.getAddress1());
			form.setPostalCode(a.getPostalCode());
			form.setCity(a.getCity());
		});
		form.setLatitude(location.getLatitude() == null ? null : location.getLatitude().stripTrailingZeros().toPlainString());
		form.setLongitude(location.getLongitude() == null ? null : location.getLongitude().stripTrailingZeros().toPlainString());
		form.setTransportation(new ServiceForm.Texts(location.getTransportation()));
		form.setWheelchair(location.getAccessibilities().stream().anyMatch(Accessibility::isWheelchair));
		form.setAccessibility(new ServiceForm.Texts(
				location.getAccessibilities().stream().map(Accessibility::getDescription).findFirst().orElse(null)));
	}

	/** Checks everything before anything is written; errors name the field they belong to. */
	void validate(ServiceForm form, Errors errors) {
		requireOne(form.getName(), "name", "directory.manage.error.name", errors);
		requireOne(form.getDescription(), "description", "directory.manage.error.description", errors);
		for (String field : List.of("name", "alternateName")) {
			maxLength(texts(form, field), field, 200, errors);
		}
		for (String field : List.of("description", "applicationProcess", "eligibility", "interpretationServices",
				"alert", "accreditations", "feesDescription", "documents", "transportation", "accessibility")) {
			maxLength(texts(form, field), field, 4000, errors);
		}
		Set<String> known = terms.findByTaxonomyIdOrderByCode(Directory.NEEDS_TAXONOMY).stream()
			.map(TaxonomyTerm::getCode).collect(Collectors.toSet());
		if (form.getNeeds().isEmpty() || !known.containsAll(form.getNeeds())) {
			errors.rejectValue("needs", "directory.manage.error.needs");
		}
		if (blank(form.getAddress1()) || form.getAddress1().length() > 300) {
			errors.rejectValue("address1", "directory.manage.error.address1");
		}
		if (!blank(form.getPostalCode()) && !POSTCODE.matcher(form.getPostalCode().strip()).matches()) {
			errors.rejectValue("postalCode", "directory.manage.error.postalCode");
		}
		if (blank(form.getCity()) || form.getCity().length() > 200) {
			errors.rejectValue("city", "directory.manage.error.city");
		}
		BigDecimal latitude = decimal(form.getLatitude());
		BigDecimal longitude = decimal(form.getLongitude());
		if (!blank(form.getLatitude()) && (latitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0)) {
			errors.rejectValue("latitude", "directory.manage.error.latitude");
		}
		if (!blank(form.getLongitude())
				&& (longitude == null || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			errors.rejectValue("longitude", "directory.manage.error.longitude");
		}
		if (blank(form.getLatitude()) != blank(form.getLongitude())) {
			errors.rejectValue(blank(form.getLatitude()) ? "latitude" : "longitude", "directory.manage.error.coordinates");
		}
		for (int i = 0; i < form.getHours().size(); i++) {
			ServiceForm.Day day = form.getHours().get(i);
			boolean opens = !blank(day.getOpens());
			boolean closes = !blank(day.getCloses());
			String field = "hours[" + i + "].opens";
			if (opens != closes) {
				errors.rejectValue(opens ? "hours[" + i + "].closes" : field, "directory.manage.error.hoursBoth");
			}
			else if (opens) {
				LocalTime from = time(day.getOpens());
				LocalTime to = time(day.getCloses());
				if (from == null) {
					errors.rejectValue(field, "directory.manage.error.time");
				}
				else if (to == null) {
					errors.rejectValue("hours[" + i + "].closes", "directory.manage.error.time");
				}
				else if (!from.isBefore(to)) {
					errors.rejectValue("hours[" + i + "].closes", "directory.manage.error.hoursOrder");
				}
			}
		}
		if (form.getLanguages().stream().anyMatch(code -> !code.matches("[a-z]{2,3}"))) {
			errors.rejectValue("languages", "directory.manage.error.languages");
		}
		if (!blank(form.getFee())) {
			BigDecimal fee = decimal(form.getFee());
			if (fee == null || fee.signum() < 0 || fee.compareTo(BigDecimal.valueOf(100_000)) > 0
					|| fee.stripTrailingZeros().scale() > 2) {
				errors.rejectValue("fee", "directory.manage.error.fee");
			}
		}
		Integer minimum = age(form.getMinimumAge(), "minimumAge", errors);
		Integer maximum = age(form.getMaximumAge(), "maximumAge", errors);
		if (minimum != null && maximum != null && minimum > maximum) {
			errors.rejectValue("maximumAge", "directory.manage.error.ageOrder");
		}
		if (!blank(form.getPhone()) && !PHONE.matcher(form.getPhone().strip()).matches()) {
			errors.rejectValue("phone", "directory.manage.error.phone");
		}
		if (!blank(form.getEmail()) && (!EMAIL.matcher(form.getEmail().strip()).matches() || form.getEmail().length() > 320)) {
			errors.rejectValue("email", "directory.manage.error.email");
		}
		if (!blank(form.getUrl()) && (!form.getUrl().strip().matches("https?://\\S+") || form.getUrl().length() > 500)) {
			errors.rejectValue("url", "directory.manage.error.url");
		}
	}

	/** Adds a service to an organisation; the form must have been validated. */
	String create(SignedInUser user, String organizationId, ServiceForm form) {
		Organization organization = organization(user, organizationId).orElseThrow();
		DirectoryService service = new DirectoryService();
		service.setOrganization(organization);
		service.setTenantId(organization.getTenantId());
		service.setStatus("active");
		Location candidate = organization.getLocations().stream()
			.filter(l -> sameAddress(l, form))
			.findFirst().orElse(null);
		apply(service, form, candidate);
		services.save(service);
		audit.record("CREATE", "directory-service", service.getId());
		return service.getId();
	}

	/** Saves the form over a service, unless someone else saved it since the form was opened. */
	void update(SignedInUser user, String id, ServiceForm form) {
		DirectoryService service = service(user, id).orElseThrow();
		checkVersion(service, form.getVersion());
		apply(service, form, location(service).orElse(null));
		audit.record("UPDATE", "directory-service", id);
	}

	/** Deactivates a service (it leaves the search and the lists) or makes it active again. */
	void setStatus(SignedInUser user, String id, Long version, String status) {
		DirectoryService service = service(user, id).orElseThrow();
		checkVersion(service, version);
		service.setStatus(status);
		service.setLastModified(clock.instant());
		audit.record("active".equals(status) ? "ACTIVATE" : "DEACTIVATE", "directory-service", id);
	}

	private static void checkVersion(DirectoryService service, Long version) {
		if (version == null || !version.equals(service.getVersion())) {
			throw new Conflict(service.getVersion());
		}
	}

	private void apply(DirectoryService s, ServiceForm form, Location candidate) {
		s.setName(form.getName().toLocalText());
		s.setAlternateName(form.getAlternateName().toLocalText());
		s.setDescription(form.getDescription().toLocalText());
		s.setApplicationProcess(form.getApplicationProcess().toLocalText());
		s.setEligibilityDescription(form.getEligibility().toLocalText());
		s.setInterpretationServices(form.getInterpretationServices().toLocalText());
		s.setAlert(form.getAlert().toLocalText());
		s.setAccreditations(form.getAccreditations().toLocalText());
		s.setFeesDescription(form.getFeesDescription().toLocalText());
		s.setMinimumAge(blank(form.getMinimumAge()) ? null : Integer.valueOf(form.getMinimumAge().strip()));
		s.setMaximumAge(blank(form.getMaximumAge()) ? null : Integer.valueOf(form.getMaximumAge().strip()));
		s.setEmail(ServiceForm.clean(form.getEmail()));
		s.setUrl(ServiceForm.clean(form.getUrl()));
		applyNeeds(s, form.getNeeds());
		applyLocation(s, form, candidate);
		applyHours(s, form);
		applyLanguages(s, form.getLanguages());
		applyCost(s, form);
		applyDocuments(s, form.getDocuments());
		applyPhone(s, ServiceForm.clean(form.getPhone()));
		s.setLastModified(clock.instant());
		s.refreshFreeOfCharge();
	}

	private void applyNeeds(DirectoryService s, List<String> codes) {
		// only the need categories are edited here: attributes of other taxonomies (from an import) stay
		s.getAttributes().removeIf(a -> Directory.NEEDS_TAXONOMY.equals(a.getTaxonomyTerm().getTaxonomyId())
				&& !codes.contains(a.getTaxonomyTerm().getCode()));
		Set<String> present = s.getAttributes().stream().map(a -> a.getTaxonomyTerm().getCode())
			.collect(Collectors.toSet());
		for (String code : new LinkedHashSet<>(codes)) {
			if (!present.contains(code)) {
				Attribute attribute = new Attribute();
				attribute.setLinkId(s.getId());
				attribute.setLinkEntity("service");
				attribute.setLinkType("need");
				attribute.setLabel(code);
				attribute.setTaxonomyTerm(terms.findByCode(code).orElseThrow());
				s.getAttributes().add(attribute);
			}
		}
	}

	/**
	 * The service's address. A location several services share is never changed from one service's form: when the
	 * address differs, this service gets a location of its own.
	 */
	private void applyLocation(DirectoryService s, ServiceForm form, Location candidate) {
		boolean created = false;
		Location location = candidate;
		if (location != null && !sameLocation(location, form)) {
			boolean shared = location.getServiceAtLocations().stream()
				.anyMatch(at -> !at.getService().getId().equals(s.getId()));
			if (shared) {
				location = null;
			}
		}
		if (location == null) {
			location = new Location();
			location.setOrganization(s.getOrganization());
			location.setLocationType("physical");
			s.getOrganization().getLocations().add(location);
			created = true;
		}
		if (!sameLocation(location, form)) {
			writeLocation(location, form);
		}
		if (created) {
			entities.persist(location);
		}
		Location chosen = location;
		s.getServiceAtLocations().removeIf(at -> at.getLocation() != chosen);
		if (s.getServiceAtLocations().isEmpty()) {
			ServiceAtLocation at = new ServiceAtLocation();
			at.setService(s);
			at.setLocation(location);
			s.getServiceAtLocations().add(at);
			location.getServiceAtLocations().add(at);
		}
	}

	private static void writeLocation(Location location, ServiceForm form) {
		String name = ServiceForm.clean(form.getLocationName());
		if (name != null && !name.equals(location.getName().in(Locale.forLanguageTag("bg")))) {
			location.setName(new LocalText(name, null, null));
		}
		Address address = physicalAddress(location).orElseGet(() -> {
			Address created = new Address();
			created.setLocation(location);
			created.setAddressType("physical");
			created.setCountry("BG");
			location.getAddresses().add(created);
			return created;
		});
		address.setAddress1(ServiceForm.clean(form.getAddress1()));
		address.setPostalCode(ServiceForm.clean(form.getPostalCode()));
		address.setCity(ServiceForm.clean(form.getCity()));
		location.setLatitude(coordinate(form.getLatitude()));
		location.setLongitude(coordinate(form.getLongitude()));
		location.setTransportation(form.getTransportation().toLocalText());
		Accessibility accessibility = location.getAccessibilities().stream().findFirst().orElseGet(() -> {
			Accessibility created = new Accessibility();
			created.setLocation(location);
			location.getAccessibilities().add(created);
			return created;
		});
		accessibility.setWheelchair(form.isWheelchair());
		accessibility.setDescription(form.getAccessibility().toLocalText());
	}

	private static boolean sameAddress(Location location, ServiceForm form) {
		Optional<Address> address = physicalAddress(location);
		return address.isPresent() && Objects.equals(address.get().getAddress1(), ServiceForm.clean(form.getAddress1()))
				&& Objects.equals(address.get().getPostalCode(), ServiceForm.clean(form.getPostalCode()))
				&& Objects.equals(address.get().getCity(), ServiceForm.clean(form.getCity()));
	}

	private static boolean sameLocation(Location location, ServiceForm form) {
		String name = ServiceForm.clean(form.getLocationName());
		return sameAddress(location, form)
				&& (name == null || name.equals(location.getName().in(Locale.forLanguageTag("bg"))))
				&& sameNumber(location.getLatitude(), coordinate(form.getLatitude()))
				&& sameNumber(location.getLongitude(), coordinate(form.getLongitude()))
				&& sameText(location.getTransportation(), form.getTransportation().toLocalText())
				&& location.getAccessibilities().stream().anyMatch(Accessibility::isWheelchair) == form.isWheelchair()
				&& sameText(location.getAccessibilities().stream().map(Accessibility::getDescription).findFirst()
					.orElse(new LocalText()), form.getAccessibility().toLocalText());
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static boolean sameText(LocalText a, LocalText b) {
		return Objects.equals(a.getBg(), b.getBg()) && Objects.equals(a.getLv(), b.getLv())
				&& Objects.equals(a.getEn(), b.getEn());
	}

	private static void applyHours(DirectoryService s, ServiceForm form) {
		List<OpeningHours.Opening> openings = new ArrayList<>();
		for (ServiceForm.Day day : form.getHours()) {
			if (!blank(day.getOpens()) && !blank(day.getCloses())) {
				openings.add(new OpeningHours.Opening(day.getDay(), time(day.getOpens()), time(day.getCloses())));
			}
		}
		List<OpeningHours.Opening> current = s.getSchedules().stream()
			.filter(h -> h.getOpensAt() != null && h.getClosesAt() != null && h.getByday() != null
					&& OpeningHours.days(h).size() == 1)
			.map(h -> new OpeningHours.Opening(OpeningHours.days(h).getFirst(), h.getOpensAt(), h.getClosesAt()))
			.sorted(Comparator.comparing(o -> OpeningHours.indexOf(o.day())))
			.toList();
		if (current.size() == s.getSchedules().size() && current.equals(openings)) {
			return;
		}
		s.getSchedules().clear();
		for (OpeningHours.Opening opening : openings) {
			s.getSchedules().add(OpeningHours.schedule(s, opening));
		}
	}

	private static void applyLanguages(DirectoryService s, List<String> codes) {
		s.getLanguages().removeIf(l -> !codes.contains(l.getCode()));
		Set<String> present = s.getLanguages().stream().map(ServiceLanguage::getCode).collect(Collectors.toSet());
		for (String code : new LinkedHashSet<>(codes)) {
			if (!present.contains(code)) {
				ServiceLanguage language = new ServiceLanguage();
				language.setService(s);
				language.setCode(code);
				language.setName(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
				s.getLanguages().add(language);
			}
		}
	}

	private static void applyCost(DirectoryService s, ServiceForm form) {
		BigDecimal fee = blank(form.getFee()) ? null : decimal(form.getFee());
		if (fee == null || fee.signum() == 0) {
			s.getCostOptions().clear();
			return;
		}
		// the form has one fee; several cost options (from an import) become this one
		CostOption cost = s.getCostOptions().isEmpty() ? new CostOption() : s.getCostOptions().getFirst();
		s.getCostOptions().removeIf(c -> c != cost);
		if (cost.getService() == null) {
			cost.setService(s);
			s.getCostOptions().add(cost);
		}
		cost.setAmount(fee.setScale(2, java.math.RoundingMode.UNNECESSARY));
		cost.setCurrency("EUR");
		cost.setOption(form.getFeesDescription().toLocalText());
	}

	private static void applyDocuments(DirectoryService s, ServiceForm.Texts documents) {
		List<String[]> lines = new ArrayList<>();
		for (String language : List.of("bg", "lv", "en")) {
			String text = documents.get(language);
			lines.add(text == null ? new String[0] : text.strip().split("\\R"));
		}
		int count = lines.stream().mapToInt(l -> l.length).max().orElse(0);
		List<LocalText> wanted = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LocalText text = new LocalText(line(lines.get(0), i), line(lines.get(1), i), line(lines.get(2), i));
			if (!text.isEmpty()) {
				wanted.add(text);
			}
		}
		List<LocalText> current = s.getRequiredDocuments().stream().map(RequiredDocument::getDocument).toList();
		if (current.size() == wanted.size()) {
			boolean same = true;
			for (int i = 0; i < wanted.size(); i++) {
				same &= sameText(current.get(i), wanted.get(i));
			}
			if (same) {
				return;
			}
		}
		s.getRequiredDocuments().clear();
		for (LocalText text : wanted) {
			RequiredDocument document = new RequiredDocument();
			document.setService(s);
			document.setDocument(text);
			s.getRequiredDocuments().add(document);
		}
	}

	private static void applyPhone(DirectoryService s, String number) {
		if (number == null) {
			s.getPhones().clear();
			return;
		}
		Phone phone = s.getPhones().isEmpty() ? new Phone() : s.getPhones().getFirst();
		if (phone.getService() == null) {
			phone.setService(s);
			phone.setType("voice");
			s.getPhones().add(phone);
		}
		phone.setNumber(number);
	}

	static Optional<Location> location(DirectoryService s) {
		return s.getServiceAtLocations().stream().map(ServiceAtLocation::getLocation).findFirst();
	}

	private static Optional<Address> physicalAddress(Location location) {
		return location.getAddresses().stream()
			.min(Comparator.comparing(a -> "physical".equals(a.getAddressType()) ? 0 : 1));
	}

	private static List<String> needCodes(DirectoryService s) {
		return s.getAttributes().stream().map(Attribute::getTaxonomyTerm)
			.filter(t -> Directory.NEEDS_TAXONOMY.equals(t.getTaxonomyId()))
			.map(TaxonomyTerm::getCode).sorted().collect(Collectors.toCollection(ArrayList::new));
	}

	private static ServiceForm.Texts texts(ServiceForm form, String field) {
		return switch (field) {
			case "name" -> form.getName();
			case "alternateName" -> form.getAlternateName();
			case "description" -> form.getDescription();
			case "applicationProcess" -> form.getApplicationProcess();
			case "eligibility" -> form.getEligibility();
			case "interpretationServices" -> form.getInterpretationServices();
			case "alert" -> form.getAlert();
			case "accreditations" -> form.getAccreditations();
			case "feesDescription" -> form.getFeesDescription();
			case "documents" -> form.getDocuments();
			case "transportation" -> form.getTransportation();
			case "accessibility" -> form.getAccessibility();
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static void requireOne(ServiceForm.Texts texts, String field, String code, Errors errors) {
		if (texts.isEmpty()) {
			errors.rejectValue(field + ".bg", code);
		}
	}

	private static void maxLength(ServiceForm.Texts texts, String field, int max, Errors errors) {
		for (String language : List.of("bg", "lv", "en")) {
			String text = texts.get(language);
			if (text != null && text.strip().length() > max) {
				errors.rejectValue(field + "." + language, "directory.manage.error.tooLong",
						new Object[] { String.valueOf(max) }, null);
			}
		}
	}

	private static Integer age(String text, String field, Errors errors) {
		if (blank(text)) {
			return null;
		}
		try {
			int age = Integer.parseInt(text.strip());
			if (age >= 0 && age <= 120) {
				return age;
			}
		}
		catch (NumberFormatException e) {
			// refused below
		}
		errors.rejectValue(field, "directory.manage.error.age");
		return null;
	}

	private static String line(String[] lines, int i) {
		return i < lines.length ? ServiceForm.clean(lines[i]) : null;
	}

	static LocalTime time(String text) {
		if (text == null) {
			return null;
		}
		var matcher = TIME.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		return LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	static BigDecimal decimal(String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static BigDecimal coordinate(String text) {
		BigDecimal value = decimal(text);
		return value == null ? null : value.setScale(6, java.math.RoundingMode.HALF_UP);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
