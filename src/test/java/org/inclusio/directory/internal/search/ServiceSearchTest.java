package org.inclusio.directory.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.inclusio.directory.internal.Accessibility;
import org.inclusio.directory.internal.Attribute;
import org.inclusio.directory.internal.DirectoryService;
import org.inclusio.directory.internal.DirectoryServiceRepository;
import org.inclusio.directory.internal.LocalText;
import org.inclusio.directory.internal.Location;
import org.inclusio.directory.internal.LocationRepository;
import org.inclusio.directory.internal.Organization;
import org.inclusio.directory.internal.OrganizationRepository;
import org.inclusio.directory.internal.Schedule;
import org.inclusio.directory.internal.ServiceAtLocation;
import org.inclusio.directory.internal.ServiceLanguage;
import org.inclusio.directory.internal.TaxonomyTermRepository;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search relevance and filters against the real index (embedded Lucene, a temporary directory per test run) and the
 * real database with the demo directory. The services made here carry the made-up word "zentrix" so that filter and
 * count cases see only them; the language cases search with ordinary words among the demo services too.
 */
class ServiceSearchTest extends WebTest {

	private static final String MARK = "zentrix";

	@Autowired
	ServiceSearch search;

	@Autowired
	FacetCache facetCache;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	DirectoryServiceRepository services;

	@Autowired
	LocationRepository locations;

	@Autowired
	TaxonomyTermRepository terms;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;

	static Map<String, String> ids;

	long sofia;

	long tvarditsa;

	@BeforeEach
	void services() {
		sofia = jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
		tvarditsa = jdbc.sql("select id from identity_tenant where code = 'tvarditsa'").query(Long.class).single();
		facetCache.clear();
		if (ids != null) {
			return;
		}
		ids = transactions.execute(status -> {
			Organization organization = new Organization();
			organization.setTenantId(sofia);
			organization.setName(new LocalText("Сдружение Зентрикс", "Biedrība Zentrix", "Zentrix Association"));
			Organization saved = organizations.save(organization);
			// Bulgarian only; in Sofia (42.70, 23.32), open every day all day, free, wheelchair, speaks bg and rom
			DirectoryService jobs = service(saved, sofia,
					new LocalText("Клуб по работа " + MARK, null, null),
					new LocalText("Помощ при търсене на работа, автобиография и интервю. " + MARK, null, null),
					List.of("employment"), List.of("bg", "rom"), true, true, 42.70, 23.32, true);
			// Latvian only; in Sofia far east (42.70, 23.50), never open, not free, speaks lv
			DirectoryService darbs = service(saved, sofia,
					new LocalText(null, "Darba meklēšanas palīdzība " + MARK, null),
					new LocalText(null, "Palīdzība darba meklēšanā un CV sagatavošanā. " + MARK, null),
					List.of("employment", "education"), List.of("lv"), false, false, 42.70, 23.50, false);
			// English only; in Tvarditsa (42.70, 25.90), free, speaks en
			DirectoryService debt = service(saved, tvarditsa, new LocalText(null, null, "Debt advice clinic " + MARK),
					new LocalText(null, null, "Free advice on debts, arrears and talking to lenders. " + MARK),
					List.of("debt-advice"), List.of("en"), true, false, 42.70, 25.90, false);
			// no longer offered: never listed
			DirectoryService closed = service(saved, sofia, new LocalText("Закрита услуга " + MARK, null, null),
					new LocalText(null, null, null), List.of("employment"), List.of("bg"), true, true, 42.70, 23.32, true);
			closed.setStatus("defunct");
			return Map.of("jobs", jobs.getId(), "darbs", darbs.getId(), "debt", debt.getId(), "closed", closed.getId());
		});
	}

	private DirectoryService service(Organization organization, long tenant, LocalText name, LocalText description,
			List<String> needs, List<String> languages, boolean free, boolean wheelchair, double latitude,
			double longitude, boolean alwaysOpen) {
		Location location = new Location();
		location.setOrganization(organization);
		location.setLocationType("physical");
		location.setName(new LocalText("Офис", "Birojs", "Office"));
		location.setLatitude(BigDecimal.valueOf(latitude));
		location.setLongitude(BigDecimal.valueOf(longitude));
		Accessibility accessibility = new Accessibility();
		accessibility.setLocation(location);
		accessibility.setWheelchair(wheelchair);
		location.getAccessibilities().add(accessibility);
		Location savedLocation = locations.save(location);
		DirectoryService service = new DirectoryService();
		service.setOrganization(organization);
		service.setTenantId(tenant);
		service.setName(name);
		service.setDescription(description);
		service.setStatus("active");
		service.setFreeOfCharge(free);
		ServiceAtLocation at = new ServiceAtLocation();
		at.setService(service);
		at.setLocation(savedLocation);
		service.getServiceAtLocations().add(at);
		for (String code : languages) {
			ServiceLanguage language = new ServiceLanguage();
			language.setService(service);
			language.setCode(code);
			service.getLanguages().add(language);
		}
		if (alwaysOpen) {
			Schedule schedule = new Schedule();
			schedule.setService(service);
			schedule.setFreq("WEEKLY");
			schedule.setByday("MO,TU,WE,TH,FR,SA,SU");
			schedule.setOpensAt(LocalTime.MIDNIGHT);
			schedule.setClosesAt(LocalTime.MIDNIGHT); // 24 hours
			service.getSchedules().add(schedule);
		}
		for (String need : needs) {
			Attribute attribute = new Attribute();
			attribute.setLinkId(service.getId());
			attribute.setLinkEntity("service");
			attribute.setTaxonomyTerm(terms.findByCode(need).orElseThrow());
			service.getAttributes().add(attribute);
		}
		return services.save(service);
	}

	private ServiceSearch.Result find(String text) {
		return search.search(query(text, List.of(), null, null, false, false, false, null));
	}

	private static ServiceSearch.Query query(String text, List<String> needs, Long tenant, String language,
			boolean open, boolean free, boolean wheelchair, GeoPoint near) {
		return new ServiceSearch.Query(text, needs, tenant, language, open, free, wheelchair, near, 1, 50);
	}

	private static List<String> idsOf(ServiceSearch.Result result) {
		return result.hits().stream().map(ServiceSearch.Hit::id).toList();
	}

	@Test
	void bulgarianWordFormsFindEachOther() {
		assertThat(idsOf(find("работни"))).contains(ids.get("jobs"));
		assertThat(idsOf(find("работата"))).contains(ids.get("jobs"));
		assertThat(find("работни").similar()).isFalse();
	}

	@Test
	void latvianWordFormsFindEachOtherAndDiacriticsMayBeLeftOut() {
		assertThat(idsOf(find("darbs"))).contains(ids.get("darbs"));
		assertThat(idsOf(find("darba"))).contains(ids.get("darbs"));
		assertThat(idsOf(find("palidziba"))).as("typed without diacritics").contains(ids.get("darbs"));
		assertThat(idsOf(find("meklesana"))).as("typed without diacritics").contains(ids.get("darbs"));
	}

	@Test
	void englishWordFormsFindEachOther() {
		assertThat(idsOf(find("debt"))).contains(ids.get("debt"));
		assertThat(idsOf(find("lender"))).contains(ids.get("debt"));
	}

	@Test
	void anyLanguageIsSearchedWhateverThePageLanguage() {
		assertThat(idsOf(find(MARK))).containsExactlyInAnyOrder(ids.get("jobs"), ids.get("darbs"), ids.get("debt"));
	}

	@Test
	void aTypoStillFindsTheServiceAndSaysTheMatchIsSimilar() {
		ServiceSearch.Result english = find("clinik zentrx");
		assertThat(english.similar()).isTrue();
		assertThat(idsOf(english)).contains(ids.get("debt"));
		assertThat(idsOf(find("zentirx"))).as("a swap of two letters").contains(ids.get("debt"));
		assertThat(idsOf(find("автобиогрфия"))).contains(ids.get("jobs"));
		assertThat(idsOf(find("palīdzzība"))).contains(ids.get("darbs"));
	}

	@Test
	void aServiceNoLongerOfferedIsNotListed() {
		assertThat(idsOf(find("закрита"))).doesNotContain(ids.get("closed"));
	}

	@Test
	void filtersCombine() {
		assertThat(idsOf(search.search(query(MARK, List.of("employment"), sofia, null, false, false, false, null))))
			.containsExactlyInAnyOrder(ids.get("jobs"), ids.get("darbs"));
		assertThat(idsOf(search.search(query(MARK, List.of("employment"), sofia, null, false, true, false, null))))
			.containsExactly(ids.get("jobs"));
		assertThat(idsOf(search.search(query(MARK, List.of(), null, "lv", false, false, false, null))))
			.containsExactly(ids.get("darbs"));
		assertThat(idsOf(search.search(query(MARK, List.of(), null, null, false, false, true, null))))
			.containsExactly(ids.get("jobs"));
		assertThat(idsOf(search.search(query(MARK, List.of(), null, null, true, false, false, null))))
			.as("open now: open all week, every hour").containsExactly(ids.get("jobs"));
		assertThat(idsOf(search.search(query(MARK, List.of("debt-advice", "education"), null, null, false, false, false, null))))
			.as("need categories: any of those chosen").containsExactlyInAnyOrder(ids.get("debt"), ids.get("darbs"));
		assertThat(search.search(query(MARK, List.of("debt-advice"), sofia, null, false, false, false, null)).total())
			.isZero();
	}

	@Test
	void countsPerFilterValueKeepTheOtherFilters() {
		ServiceSearch.Facets all = search.search(query(MARK, List.of(), null, null, false, false, false, null)).facets();
		assertThat(all.needs()).containsEntry("employment", 2L).containsEntry("education", 1L).containsEntry("debt-advice", 1L);
		assertThat(all.tenants()).containsEntry(sofia, 2L).containsEntry(tvarditsa, 1L);
		assertThat(all.languages()).containsEntry("bg", 1L).containsEntry("rom", 1L).containsEntry("lv", 1L).containsEntry("en", 1L);
		assertThat(all.free()).isEqualTo(2);
		assertThat(all.wheelchair()).isEqualTo(1);
		assertThat(all.openNow()).isEqualTo(1);

		// with Sofia chosen: the municipality counts still show Tvarditsa, the other counts are Sofia's
		ServiceSearch.Facets inSofia = search.search(query(MARK, List.of(), sofia, null, false, false, false, null)).facets();
		assertThat(inSofia.tenants()).containsEntry(sofia, 2L).containsEntry(tvarditsa, 1L);
		assertThat(inSofia.needs()).containsEntry("employment", 2L).doesNotContainKey("debt-advice");
		assertThat(inSofia.free()).isEqualTo(1);
	}

	@Test
	void nearestFirstFromAPlace() {
		GeoPoint west = GeoPoint.of(42.70, 23.30);
		ServiceSearch.Result result = search.search(query(MARK, List.of(), null, null, false, false, false, west));
		assertThat(idsOf(result)).containsExactly(ids.get("jobs"), ids.get("darbs"), ids.get("debt"));
		assertThat(result.hits().getFirst().distanceKm()).isBetween(1.0, 2.5);
		GeoPoint east = GeoPoint.of(42.70, 26.00);
		assertThat(idsOf(search.search(query(MARK, List.of(), null, null, false, false, false, east))))
			.containsExactly(ids.get("debt"), ids.get("darbs"), ids.get("jobs"));
	}

	@Test
	void theSearchPageWorksWithoutSigningIn() {
		HttpResponse<String> page = browser().get("/services?lang=lv&q=darbs&need=employment&free=false");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Atrast pakalpojumu").contains("/services/" + ids.get("darbs"));
		HttpResponse<String> none = browser().get("/services?lang=en&q=qqqqqqqqxw");
		assertThat(none.body()).contains("No services match your search");
		HttpResponse<String> unknownPlace = browser().get("/services?lang=bg&q=" + MARK + "&sort=distance&near=Nowhere123");
		assertThat(unknownPlace.statusCode()).isEqualTo(200);
		assertThat(unknownPlace.body()).contains("Има проблем").contains("Nowhere123");
	}

	@Test
	void aChangeSavedInAMunicipalitysSessionIsFoundByEveryoneOnce() {
		// a signed-in person's Hibernate session works in their municipality (identity's TenantResolver)
		try (org.hibernate.Session session = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class)
			.withOptions()
			.tenantIdentifier(tvarditsa)
			.openSession()) {
			session.beginTransaction();
			DirectoryService debt = session.find(DirectoryService.class, ids.get("debt"));
			debt.getName().setEn("Debt advice clinic quokka " + MARK);
			session.getTransaction().commit();
		}
		assertThat(idsOf(find("quokka"))).containsExactly(ids.get("debt"));
		assertThat(idsOf(find(MARK))).containsExactlyInAnyOrder(ids.get("jobs"), ids.get("darbs"), ids.get("debt"));
	}

	@Test
	void onlyAnAdministratorRebuildsTheIndex() throws InterruptedException {
		assertThat(signedIn("citizen@sofia.inclusio.eu").get("/admin/directory/reindex").statusCode()).isEqualTo(403);
		var admin = signedIn("admin@sofia.inclusio.eu");
		assertThat(admin.get("/admin/directory/reindex").statusCode()).isEqualTo(200);
		var response = admin.submit("/admin/directory/reindex", "/admin/directory/reindex", Map.of());
		assertThat(response.statusCode()).isEqualTo(302);
		for (int i = 0; i < 600 && (indexer.isRunning() || indexer.last().isEmpty()); i++) {
			Thread.sleep(100);
		}
		assertThat(indexer.last()).isPresent();
		assertThat(admin.get("/admin/directory/reindex").body()).contains("data-millis");
		// the rebuilt index holds every service of the database (other tests may have written some with SQL)
		assertThat(search.indexedCount())
			.isEqualTo(jdbc.sql("select count(*) from directory_service").query(Long.class).single());
		assertThat(idsOf(find(MARK))).contains(ids.get("jobs"));
	}
}
