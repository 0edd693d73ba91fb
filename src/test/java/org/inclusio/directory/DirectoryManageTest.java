package org.inclusio.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Provider staff maintain their organisation's services: add, edit, deactivate; bad input comes back with the error
 * summary and as typed; a save over someone else's newer change is refused with a message; nobody reaches another
 * organisation's or municipality's services.
 */
class DirectoryManageTest extends WebTest {

	static final String PROVIDER = "provider@sofia.inclusio.eu";

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	@Autowired
	Directory directory;

	@Test
	void providerStaffSeeOnlyTheirOrganisationsAndOthersAreKeptOut() {
		HttpSession staff = signedIn(PROVIDER);
		String list = ok(staff.get("/directory/manage?lang=en"));
		assertThat(list).contains("“Nadezhda” Housing Association").contains("“Nadezhda” Housing Support Centre")
			.contains("Housing advice").doesNotContain("Serdika Labour Office");

		String labourService = serviceId("Job matching");
		assertThat(staff.get("/directory/manage/services/" + labourService).statusCode()).isEqualTo(404);
		assertThat(staff.post("/directory/manage/services/" + labourService, Map.of("name.en", "Taken over"))
			.statusCode()).isIn(403, 404);
		String labourOrganization = organizationOf(labourService);
		assertThat(staff.get("/directory/manage/organizations/" + labourOrganization + "/services/new").statusCode())
			.isEqualTo(404);

		// the municipality's administrator maintains all of Sofia, another municipality's administrator nothing of it
		HttpSession sofiaAdmin = signedIn("admin@sofia.inclusio.eu");
		assertThat(ok(sofiaAdmin.get("/directory/manage?lang=en"))).contains("Serdika Labour Office")
			.doesNotContain("Tvarditsa Labour Office");
		assertThat(sofiaAdmin.get("/directory/manage/services/" + labourService).statusCode()).isEqualTo(200);
		HttpSession tvarditsaAdmin = signedIn("admin@tvarditsa.inclusio.eu");
		assertThat(ok(tvarditsaAdmin.get("/directory/manage?lang=en"))).contains("Tvarditsa Labour Office")
			.doesNotContain("Serdika Labour Office");
		assertThat(tvarditsaAdmin.get("/directory/manage/services/" + labourService).statusCode()).isEqualTo(404);
		String housing = serviceId("Housing advice");
		var foreign = tvarditsaAdmin.submit("/directory/manage", "/directory/manage/services/" + housing,
				form(0, "Chужда", "Foreign", "housing"));
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(nameEn(housing)).isEqualTo("Housing advice");

		// residents cannot reach the manage pages at all
		assertThat(signedIn("citizen@sofia.inclusio.eu").get("/directory/manage").statusCode()).isEqualTo(403);
		assertThat(browser().get("/directory/manage").statusCode()).isEqualTo(302);
	}

	@Test
	void staffAddAServiceInOneLanguageAndPeopleSeeItWithANote() {
		HttpSession staff = signedIn(PROVIDER);
		String organization = organizationOf(serviceId("Eviction prevention"));
		String name = "Консултации за енергийна бедност " + UNIQUE.incrementAndGet();
		Map<String, String> fields = form(null, name, null, "housing");
		fields.put("address1", "ул. „Хан Кубрат“ 4");
		fields.put("postalCode", "1220");
		fields.put("city", "София");
		fields.put("fee", "2,50");
		fields.put("feesDescription.bg", "Такса за посещение");
		String path = "/directory/manage/organizations/" + organization + "/services/new";
		var created = staff.submit(path + "?lang=bg", path, fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String id = jdbc.sql("select id from directory_service where name_bg = :n").param("n", name).query(String.class).single();
		assertThat(ok(staff.get("/directory/manage?lang=bg"))).contains(name).contains("Услугата е запазена.");

		// the new form starts from the organisation's address
		assertThat(ok(staff.get(path + "?lang=en"))).contains("Хан Кубрат&ldquo; 4\"").contains("value=\"1220\"");
		assertThat(jdbc.sql("select free_of_charge from directory_service where id = :id").param("id", id)
			.query(Boolean.class).single()).isFalse();

		String lv = ok(browser().get("/services/" + id + "?lang=lv"));
		assertThat(lv).contains("Daļa šīs informācijas vēl nav iztulkota")
			.contains("<h1 lang=\"bg\">" + name + "</h1>")
			.contains("2,50\u00a0€")
			.containsPattern("Pirmdiena</th>\\s*<td>\\s*no 09:00 līdz 17:00");
		assertThat(directory.servicesFor(tenant("sofia"), List.of("housing"), Locale.forLanguageTag("lv"), 200))
			.extracting(ServiceSummary::id).contains(id);
	}

	@Test
	void badInputComesBackWithTheErrorSummaryAndAsTyped() {
		HttpSession staff = signedIn(PROVIDER);
		String id = serviceId("Repairs and home adaptations");
		String path = "/directory/manage/services/" + id;
		long version = version(ok(staff.get(path)));
		Map<String, String> fields = form(version, "", "", null);
		fields.put("description.bg", "");
		fields.put("description.en", "Typed description stays");
		fields.put("hours[0].opens", "9");
		fields.put("hours[6].opens", "10:00");
		fields.put("hours[1].opens", "17:00");
		fields.put("hours[1].closes", "09:00");
		fields.put("fee", "lots");
		fields.put("email", "not an address");
		var response = staff.submit(path + "?lang=en", path, fields);
		String page = ok(response);
		assertThat(page).contains("There is a problem")
			.contains("<a href=\"#name-bg\">Enter the service&#39;s name in at least one language</a>")
			.contains("<a href=\"#needs\">Choose at least one need category</a>")
			.contains("<a href=\"#hours-0-opens\">Enter a time like 09:00</a>")
			.contains("<a href=\"#hours-6-closes\">Enter both the opening and the closing time, or leave both empty</a>")
			.contains("<a href=\"#hours-1-closes\">The closing time must be after the opening time</a>")
			.contains("<a href=\"#fee\">Enter the fee in euros, like 12.50, or leave it empty</a>")
			.contains("<a href=\"#email\">Enter an e-mail address like name@example.org</a>")
			.contains("Typed description stays").contains("value=\"lots\"").contains("value=\"not an address\"");
		assertThat(nameEn(id)).isEqualTo("Repairs and home adaptations");
		assertThat(versionInDatabase(id)).isEqualTo(version);
	}

	@Test
	void anEditShowsOnThePublicPageAndAConcurrentEditIsRefusedWithNothingLost() {
		HttpSession alice = signedIn(PROVIDER);
		HttpSession bob = signedIn("admin@sofia.inclusio.eu");
		String id = serviceId("Tenancy sustainment");
		String path = "/directory/manage/services/" + id;
		long opened = version(ok(alice.get(path)));
		version(ok(bob.get(path)));

		Map<String, String> aliceFields = form(opened, "Подкрепа в новия дом", "Support in your new home", "housing");
		aliceFields.put("hours[5].opens", "10:00");
		aliceFields.put("hours[5].closes", "12:30");
		var saved = alice.submit(path, path, aliceFields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(ok(browser().get("/services/" + id + "?lang=en"))).contains("<h1>Support in your new home</h1>")
			.containsPattern("Saturday</th>\\s*<td>\\s*10:00 to 12:30");

		// Bob opened the form before Alice saved: his save is refused, his input kept, Alice's change stays
		Map<String, String> bobFields = form(opened, "Бобова версия", "Bob's version", "housing");
		String conflict = ok(bob.submit(path + "?lang=en", path, bobFields));
		assertThat(conflict).contains("Someone else changed this service")
			.contains("Your changes are below and have not been saved yet").contains("value=\"Bob&#39;s version\"");
		assertThat(nameEn(id)).isEqualTo("Support in your new home");
		// saving again, knowing about the other change, replaces it
		long current = version(conflict);
		assertThat(current).isEqualTo(versionInDatabase(id));
		var again = bob.submit(path, path, form(current, "Бобова версия", "Bob's version", "housing"));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(nameEn(id)).isEqualTo("Bob's version");
	}

	@Test
	void aDeactivatedServiceLeavesTheListsUntilItIsActiveAgain() {
		HttpSession staff = signedIn(PROVIDER);
		String id = serviceId("Help with rent arrears");
		String path = "/directory/manage/services/" + id;
		long version = version(ok(staff.get(path)));
		var off = staff.submit(path, path + "/status", Map.of("version", String.valueOf(version), "status", "inactive"));
		assertThat(off.statusCode()).isEqualTo(302);
		long provider = directory.providerOf(id).orElseThrow();
		assertThat(directory.servicesOfProvider(provider, Locale.ENGLISH)).extracting(ServiceSummary::id).doesNotContain(id);
		assertThat(ok(browser().get("/services/" + id + "?lang=en"))).contains("This service is not offered at the moment.");
		// an old version is refused
		staff.submit(path, path + "/status", Map.of("version", String.valueOf(version), "status", "active"));
		assertThat(status(id)).isEqualTo("inactive");
		var on = staff.submit(path, path + "/status", Map.of("version", String.valueOf(version + 1), "status", "active"));
		assertThat(on.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("active");
		assertThat(directory.servicesOfProvider(provider, Locale.ENGLISH)).extracting(ServiceSummary::id).contains(id);
	}

	/** A complete form as the browser sends it: weekday hours 09:00–17:00, Bulgarian spoken, an address. */
	static Map<String, String> form(Number version, String nameBg, String nameEn, String need) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (version != null) {
			fields.put("version", String.valueOf(version));
		}
		fields.put("name.bg", nameBg == null ? "" : nameBg);
		fields.put("name.lv", "");
		fields.put("name.en", nameEn == null ? "" : nameEn);
		fields.put("description.bg", "Описание на услугата.");
		if (need != null) {
			fields.put("needs", need);
		}
		fields.put("eligibility.bg", "Всеки.");
		fields.put("applicationProcess.bg", "Обадете се.");
		fields.put("documents.bg", "Лична карта");
		fields.put("address1", "ул. „Хан Кубрат“ 4");
		fields.put("postalCode", "1220");
		fields.put("city", "София");
		fields.put("latitude", "42.7299");
		fields.put("longitude", "23.3053");
		fields.put("wheelchair", "true");
		String[] days = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
		for (int i = 0; i < days.length; i++) {
			fields.put("hours[" + i + "].day", days[i]);
			fields.put("hours[" + i + "].opens", i < 5 ? "09:00" : "");
			fields.put("hours[" + i + "].closes", i < 5 ? "17:00" : "");
		}
		fields.put("languages", "bg");
		fields.put("phone", "+359 2 000 0599");
		return fields;
	}

	private static long version(String page) {
		Matcher matcher = VERSION.matcher(page);
		assertThat(matcher.find()).as("a version field").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String serviceId(String englishName) {
		return jdbc.sql("select id from directory_service where name_en = :n order by id limit 1").param("n", englishName)
			.query(String.class).single();
	}

	private String organizationOf(String serviceId) {
		return jdbc.sql("select organization_id from directory_service where id = :id").param("id", serviceId)
			.query(String.class).single();
	}

	private String nameEn(String id) {
		return jdbc.sql("select name_en from directory_service where id = :id").param("id", id).query(String.class).single();
	}

	private String status(String id) {
		return jdbc.sql("select status from directory_service where id = :id").param("id", id).query(String.class).single();
	}

	private long versionInDatabase(String id) {
		return jdbc.sql("select version from directory_service where id = :id").param("id", id).query(Long.class).single();
	}

	private long tenant(String code) {
		return jdbc.sql("select id from identity_tenant where code = :c").param("c", code).query(Long.class).single();
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}
}
