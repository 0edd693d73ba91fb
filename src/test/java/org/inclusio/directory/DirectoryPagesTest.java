package org.inclusio.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/** The public service and organisation pages: everything a person needs to go there, in bg, lv and en. */
class DirectoryPagesTest extends WebTest {

	@Test
	void aServicePageSaysWhereWhenWhatToBringAndHowToApplyInEachLanguage() {
		String id = serviceId("Housing advice");
		HttpSession anyone = browser();

		String en = ok(anyone.get("/services/" + id + "?lang=en"));
		assertThat(en).contains("<h1>Housing advice</h1>")
			.contains("“Nadezhda” Housing Association")
			.contains("бул. „Ломско шосе“ 45").contains("1220 София")
			.contains("href=\"https://www.openstreetmap.org/?mlat=42.7346&amp;mlon=23.2961#map=17/42.7346/23.2961\"")
			.contains("Tram 12, stop “Lomsko Shose”.")
			.contains("Wheelchair accessible")
			.containsPattern("Monday</th>\\s*<td>\\s*09:00 to 17:00")
			.containsPattern("Saturday</th>\\s*<td>\\s*Closed")
			.contains("Bulgarian, English")
			.contains("Free of charge")
			.contains("Identity card or other proof of identity").contains("Tenancy agreement and letters from the landlord")
			.contains("Call or come to the tenants&#39; office.")
			.contains("Anyone living in Sofia.")
			.contains("href=\"tel:+35920000501\"").contains("tenants@nadezhda-housing.example")
			.doesNotContain("not been translated yet");

		String bg = ok(anyone.get("/services/" + id + "?lang=bg"));
		assertThat(bg).contains("<h1>Жилищни консултации</h1>").contains("Жилищно дружество „Надежда“")
			.containsPattern("Понеделник</th>\\s*<td>\\s*от 09:00 до 17:00")
			.containsPattern("Неделя</th>\\s*<td>\\s*Затворено")
			.contains("български, английски").contains("Безплатно").contains("Документи, които да носите")
			.contains("Лична карта или друг документ за самоличност").contains("Покажи на картата");

		String lv = ok(anyone.get("/services/" + id + "?lang=lv"));
		assertThat(lv).contains("<h1>Mājokļa konsultācijas</h1>").contains("Mājokļu biedrība “Nadežda”")
			.containsPattern("Pirmdiena</th>\\s*<td>\\s*no 09:00 līdz 17:00")
			.contains("bulgāru, angļu").contains("Bez maksas").contains("Līdzi ņemamie dokumenti")
			.contains("Personu apliecinošs dokuments").contains("Pieejams ratiņkrēslā");
	}

	@Test
	void aServiceWithAFeeStepsAndAnAgeLimitSaysSo() {
		String en = ok(browser().get("/services/" + serviceId("Welding course") + "?lang=en"));
		assertThat(en).contains("€450.00").contains("Course price (free with a voucher)")
			.contains("For people aged 18 or over.").doesNotContain(">Free of charge<");
		String steps = ok(browser().get("/services/" + serviceId("Free debt advice") + "?lang=en"));
		assertThat(steps).contains("Not wheelchair accessible")
			.containsPattern("Friday</th>\\s*<td>\\s*10:00 to 14:00");
		String shelter = ok(browser().get("/services/" + serviceId("Emergency shelter") + "?lang=bg"));
		assertThat(shelter).containsPattern("Неделя</th>\\s*<td>\\s*Денонощно").contains("ромски");
	}

	@Test
	void anOrganisationPageListsItsServices() {
		String organization = jdbc.sql("select organization_id from directory_service where id = :id")
			.param("id", serviceId("Housing advice")).query(String.class).single();
		String lv = ok(browser().get("/organizations/" + organization + "?lang=lv"));
		assertThat(lv).contains("<h1>Mājokļu biedrība “Nadežda”</h1>").contains("Mājokļa konsultācijas")
			.contains("Atbalsts īres parāda gadījumā").contains("href=\"/services/" + serviceId("Housing advice") + "\"");
	}

	@Test
	void anUnknownServiceIsNotFound() {
		assertThat(browser().get("/services/no-such-service").statusCode()).isEqualTo(404);
		assertThat(browser().get("/organizations/no-such-organisation").statusCode()).isEqualTo(404);
	}

	private String serviceId(String englishName) {
		return jdbc.sql("select id from directory_service where name_en = :n order by id limit 1").param("n", englishName)
			.query(String.class).single();
	}

	private static String ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}
}
