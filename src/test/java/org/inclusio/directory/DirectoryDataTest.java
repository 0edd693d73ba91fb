package org.inclusio.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo directory and the directory's public API for other modules. */
class DirectoryDataTest extends WebTest {

	static final Locale BG = Locale.forLanguageTag("bg");

	static final Locale LV = Locale.forLanguageTag("lv");

	@Autowired
	Directory directory;

	@Test
	void theNeedCategoriesAreThereInEachLanguage() {
		List<NeedCategory> en = directory.needCategories(Locale.ENGLISH);
		assertThat(en).extracting(NeedCategory::code).containsExactlyInAnyOrder("employment", "education", "health",
				"housing", "debt-advice", "social-assistance", "disability", "roma-inclusion", "elderly-care",
				"family-care", "digital-access", "income-benefits");
		assertThat(en).contains(new NeedCategory("debt-advice", "Debt advice"));
		assertThat(directory.needCategories(BG)).contains(new NeedCategory("housing", "Жилище"));
		assertThat(directory.needCategories(LV)).contains(new NeedCategory("employment", "Darbs"));
	}

	@Test
	void theDemoDirectoryCoversBothMunicipalitiesAndEveryNeed() {
		long sofia = tenant("sofia");
		long tvarditsa = tenant("tvarditsa");
		assertThat(count("select count(*) from directory_service where status = 'active'")).isGreaterThanOrEqualTo(64);
		assertThat(count("select count(*) from directory_service where tenant_id = " + sofia)).isGreaterThanOrEqualTo(50);
		assertThat(count("select count(*) from directory_service where tenant_id = " + tvarditsa)).isGreaterThanOrEqualTo(12);
		assertThat(count("select count(*) from directory_place where tenant_id = " + sofia)).isGreaterThanOrEqualTo(14);
		assertThat(count("select count(*) from directory_place where tenant_id = " + tvarditsa)).isGreaterThanOrEqualTo(5);
		// every need has services in Sofia, and each service has its texts in all three languages
		for (NeedCategory need : directory.needCategories(Locale.ENGLISH)) {
			assertThat(directory.servicesFor(sofia, Set.of(need.code()), Locale.ENGLISH, 100)).as(need.code())
				.isNotEmpty();
		}
		// only the demo services: other tests in the same database add services of their own. Demo ids are
		// name-based UUIDs (version 3, DirectoryDemoData.demoId); the others are random or imported ids.
		assertThat(count("""
				select count(*) from directory_service
				where id like '________-____-3___-%' and (
				   coalesce(name_bg, '') = '' or coalesce(name_lv, '') = '' or coalesce(name_en, '') = ''
				   or coalesce(description_bg, '') = '' or coalesce(description_lv, '') = ''
				   or coalesce(description_en, '') = '' or coalesce(application_process_lv, '') = ''
				   or coalesce(eligibility_description_bg, '') = '')
				""")).isZero();
		// opening hours, a location with an address and coordinates, languages; some charge a fee
		assertThat(count("""
				select count(*) from directory_service s where s.id like '________-____-3___-%' and (
				not exists (select 1 from directory_schedule h where h.service_id = s.id)
				or not exists (select 1 from directory_language l where l.service_id = s.id)
				or not exists (select 1 from directory_service_at_location sal join directory_location l on l.id = sal.location_id
				               join directory_address a on a.location_id = l.id
				               where sal.service_id = s.id and l.latitude is not null and a.postal_code is not null))
				""")).isZero();
		assertThat(count("select count(*) from directory_service where not free_of_charge")).isBetween(5, 20);
		assertThat(count("select count(*) from directory_accessibility where wheelchair")).isGreaterThan(10);
		assertThat(count("select count(*) from directory_accessibility where not wheelchair")).isGreaterThan(2);
	}

	@Test
	void otherModulesFindServicesByNeedAndByProvider() {
		long sofia = tenant("sofia");
		List<ServiceSummary> housing = directory.servicesFor(sofia, List.of("housing", "debt-advice"), Locale.ENGLISH, 5);
		assertThat(housing).hasSize(5).allSatisfy(s -> {
			assertThat(s.tenantId()).isEqualTo(sofia);
			assertThat(s.needCodes()).containsAnyOf("housing", "debt-advice");
		});
		// those matching both needs come first
		assertThat(housing.getFirst().needCodes()).contains("housing", "debt-advice");

		long provider = jdbc.sql("""
				select m.provider_id from account_provider_member m join identity_user u on u.id = m.user_id
				where u.email_normalized = 'provider@sofia.inclusio.eu'
				""").query(Long.class).list().getFirst();
		List<ServiceSummary> maintained = directory.servicesOfProvider(provider, BG);
		assertThat(maintained).hasSizeGreaterThanOrEqualTo(4)
			.extracting(ServiceSummary::organizationName).contains("Жилищно дружество „Надежда“");
		ServiceSummary advice = maintained.stream().filter(s -> s.name().equals("Жилищни консултации")).findFirst()
			.orElseThrow();
		assertThat(advice.providerId()).isEqualTo(provider);
		assertThat(directory.providerOf(advice.id())).contains(provider);
		assertThat(directory.service(advice.id(), LV)).get().extracting(ServiceSummary::name)
			.isEqualTo("Mājokļa konsultācijas");
		assertThat(directory.service("no-such-service", LV)).isEmpty();

		String unmaintained = directory.servicesFor(sofia, List.of("roma-inclusion"), LV, 50).stream()
			.filter(s -> s.providerId() == null).findFirst().orElseThrow().id();
		assertThat(directory.providerOf(unmaintained)).isEmpty();
		assertThat(directory.servicesFor(tenant("tvarditsa"), List.of(), BG, 100))
			.allSatisfy(s -> assertThat(s.tenantId()).isNotEqualTo(sofia)).hasSizeGreaterThanOrEqualTo(12);
	}

	private long tenant(String code) {
		return jdbc.sql("select id from identity_tenant where code = :c").param("c", code).query(Long.class).single();
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
