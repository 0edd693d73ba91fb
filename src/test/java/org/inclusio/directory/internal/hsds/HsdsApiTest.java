package org.inclusio.directory.internal.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public HSDS 3.0 API: pages, ids, languages, filters, errors, and every answer valid against the schemas. */
class HsdsApiTest extends HsdsTestSupport {

	static String p;

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@BeforeEach
	void directory() {
		if (p == null) {
			String prefix = prefix();
			HsdsImport.Plan plan = importFile(sofia(), fixture(prefix).getBytes(StandardCharsets.UTF_8), "en");
			assertThat(plan.problems()).isEmpty();
			p = prefix;
		}
	}

	record Answer(int status, String body, JsonNode json, String language) {
	}

	Answer get(String path, String acceptLanguage) {
		var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/hsds/v3" + path)).GET();
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), HsdsSchemas.JSON.readTree(response.body()),
					response.headers().firstValue("Content-Language").orElse(null));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Answer valid(String openApiPath, String path) {
		Answer answer = get(path, null);
		assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
		assertThat(HsdsSchemas.validate(openApiPath, answer.body())).as(path).isEmpty();
		return answer;
	}

	@Test
	void theRootNamesTheVersionAndProfile() {
		Answer root = get("/", null);
		assertThat(root.status()).isEqualTo(200);
		assertThat(root.json().path("version").asText()).isEqualTo("3.0");
		assertThat(root.json().path("profile").asText()).startsWith("https://");
		assertThat(root.json().path("openapi_url").asText()).endsWith("openapi.json");
	}

	@Test
	void everyEndpointAnswersAsTheSchemasSay() {
		valid("/services", "/services?per_page=50");
		valid("/services", "/services?full=true&per_page=5&organization_id=" + p + "-org-1");
		valid("/services/{id}", "/services/" + p + "-service-1");
		valid("/services/{id}", "/services/" + p + "-service-2?lang=bg");
		valid("/organizations", "/organizations?per_page=10");
		valid("/organizations", "/organizations?search=Together&full_service=true");
		valid("/organizations/{id}", "/organizations/" + p + "-org-1");
		valid("/organizations/{id}", "/organizations/" + p + "-org-1?full_service=true&lang=lv");
		valid("/service_at_locations", "/service_at_locations?per_page=20");
		valid("/service_at_locations", "/service_at_locations?full=true&organization_id=" + p + "-org-1");
		valid("/taxonomies", "/taxonomies");
		valid("/taxonomies/{id}", "/taxonomies/" + p + "-taxonomy");
		valid("/taxonomy_terms", "/taxonomy_terms?taxonomy_id=" + p + "-taxonomy");
		valid("/taxonomy_terms/{id}", "/taxonomy_terms/" + p + "-term-debt");
		// the OpenAPI document gives compiled/service.json for one service_at_location, which cannot be meant (a
		// service_at_location has no name or status): it is checked against compiled/service_at_location.json
		// the validator does refuse what the schemas refuse
		assertThat(HsdsSchemas.validateAgainst("compiled/service.json",
				HsdsSchemas.JSON.createObjectNode().put("id", "x").put("name", "No status"))).isNotEmpty();
		assertThat(HsdsSchemas.validate("/services", "{\"total_items\": 1, \"contents\": []}")).isNotEmpty();
		Answer sal = get("/service_at_locations/" + p + "-sal-1", null);
		assertThat(sal.status()).isEqualTo(200);
		assertThat(HsdsSchemas.validateAgainst("compiled/service_at_location.json", sal.json())).isEmpty();
		assertThat(sal.json().path("location").path("addresses").get(0).path("city").asText()).isEqualTo("София");
	}

	@Test
	void aServiceHasEverythingAboutItNested() {
		JsonNode service = valid("/services/{id}", "/services/" + p + "-service-1").json();
		assertThat(service.path("id").asText()).isEqualTo(p + "-service-1");
		assertThat(service.path("name").asText()).isEqualTo("Job club");
		assertThat(service.path("status").asText()).isEqualTo("active");
		assertThat(service.path("minimum_age").asInt()).isEqualTo(16);
		assertThat(service.path("last_modified").asText()).isEqualTo("2026-02-01T10:00:00Z");
		assertThat(service.path("organization").path("name").asText()).isEqualTo("Together Foundation");
		assertThat(service.path("program").path("name").asText()).isEqualTo("Work first");
		assertThat(service.path("schedules").get(0).path("opens_at").asText()).isEqualTo("09:00");
		assertThat(service.path("schedules").get(0).path("timezone").asInt()).isEqualTo(2);
		assertThat(service.path("phones").get(0).path("extension").asInt()).isEqualTo(12);
		assertThat(service.path("service_at_locations").get(0).path("location").path("latitude").decimalValue())
			.isEqualByComparingTo("42.693512");
		assertThat(service.path("service_at_locations").get(0).path("location").path("accessibility").get(0)
			.path("description").asText()).isEqualTo("Step-free entrance from the courtyard");
		assertThat(service.path("cost_options").get(0).path("amount").asInt()).isZero();
		assertThat(service.path("required_documents").get(0).path("document").asText()).isEqualTo("Identity card");
		assertThat(service.path("contacts").get(0).path("phones").get(0).path("number").asText()).isEqualTo("+359 888 111 222");
		assertThat(service.path("attributes").get(0).path("taxonomy_term").path("code").asText()).isEqualTo(p + "-work");
		// the API gives one language: no translations or extension fields
		assertThat(service.has("name_bg")).isFalse();
	}

	@Test
	void textsComeInTheLanguageAskedForWithFallback() {
		Answer bg = get("/services/" + p + "-service-1?lang=bg", null);
		assertThat(bg.json().path("name").asText()).isEqualTo("Клуб по заетост");
		assertThat(bg.language()).isEqualTo("bg");
		// no Bulgarian text: English
		assertThat(bg.json().path("eligibility_description").asText()).isEqualTo("Anyone looking for work");
		Answer lv = get("/services/" + p + "-service-1", "lv-LV,lv;q=0.9,en;q=0.5");
		assertThat(lv.json().path("name").asText()).isEqualTo("Nodarbinātības klubs");
		assertThat(lv.language()).isEqualTo("lv");
		// lang wins over Accept-Language; an unknown language is English
		assertThat(get("/services/" + p + "-service-1?lang=en", "bg").json().path("name").asText()).isEqualTo("Job club");
		assertThat(get("/services/" + p + "-service-1?lang=xx", "de").json().path("name").asText()).isEqualTo("Job club");
		// no Latvian and no English organization... English first, then Bulgarian
		assertThat(get("/services/" + p + "-service-2?lang=lv", null).json().path("name").asText()).isEqualTo("Debt advice");
		assertThat(get("/organizations/" + p + "-org-1?lang=lv", null).json().path("name").asText()).isEqualTo("Fonds “Kopā”");
	}

	@Test
	void pagesFollowTheEnvelope() {
		Answer first = valid("/services", "/services?per_page=1&organization_id=" + p + "-org-1");
		assertThat(first.json().path("total_items").asInt()).isEqualTo(2);
		assertThat(first.json().path("total_pages").asInt()).isEqualTo(2);
		assertThat(first.json().path("page_number").asInt()).isEqualTo(1);
		assertThat(first.json().path("size").asInt()).isEqualTo(1);
		assertThat(first.json().path("first_page").asBoolean()).isTrue();
		assertThat(first.json().path("last_page").asBoolean()).isFalse();
		assertThat(first.json().path("empty").asBoolean()).isFalse();
		Answer second = valid("/services", "/services?per_page=1&page=2&organization_id=" + p + "-org-1");
		assertThat(second.json().path("first_page").asBoolean()).isFalse();
		assertThat(second.json().path("last_page").asBoolean()).isTrue();
		List<String> ids = new ArrayList<>();
		ids.add(first.json().path("contents").get(0).path("id").asText());
		ids.add(second.json().path("contents").get(0).path("id").asText());
		assertThat(ids).containsExactly(p + "-service-1", p + "-service-2");
		assertThat(second.json().path("contents").get(0).path("organization").path("id").asText()).isEqualTo(p + "-org-1");
		Answer beyond = valid("/services", "/services?per_page=1&page=3&organization_id=" + p + "-org-1");
		assertThat(beyond.json().path("empty").asBoolean()).isTrue();
		assertThat(beyond.json().path("contents").size()).isZero();
		assertThat(beyond.json().path("total_items").asInt()).isEqualTo(2);

		Answer all = valid("/services", "/services");
		assertThat(all.json().path("size").asInt()).isLessThanOrEqualTo(50);
		assertThat(all.json().path("total_items").asInt()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void filtersByTaxonomyTermTaxonomyAndWords() {
		Answer work = valid("/services", "/services?taxonomy_term_id=" + p + "-term-work");
		assertThat(work.json().path("total_items").asInt()).isEqualTo(1);
		assertThat(work.json().path("contents").get(0).path("id").asText()).isEqualTo(p + "-service-1");
		Answer taxonomy = valid("/services", "/services?taxonomy_id=" + p + "-taxonomy");
		assertThat(taxonomy.json().path("total_items").asInt()).isEqualTo(2);
		Answer words = valid("/services", "/services?search=" + java.net.URLEncoder.encode("Съвети за дългове", StandardCharsets.UTF_8)
				+ "&organization_id=" + p + "-org-1");
		assertThat(words.json().path("contents").get(0).path("id").asText()).isEqualTo(p + "-service-2");
		assertThat(words.json().path("total_items").asInt()).isEqualTo(1);
		Answer atLocations = valid("/service_at_locations", "/service_at_locations?taxonomy_term_id=" + p + "-term-work");
		assertThat(atLocations.json().path("contents").get(0).path("id").asText()).isEqualTo(p + "-sal-1");
		assertThat(atLocations.json().path("contents").get(0).path("service").path("id").asText()).isEqualTo(p + "-service-1");
		Answer terms = valid("/taxonomy_terms", "/taxonomy_terms?parent_id=" + p + "-term-work");
		assertThat(terms.json().path("total_items").asInt()).isEqualTo(1);
		Answer none = valid("/services", "/services?taxonomy_term_id=no-such-term");
		assertThat(none.json().path("empty").asBoolean()).isTrue();
		assertThat(none.json().path("total_pages").asInt()).isZero();
		Answer modified = valid("/services", "/services?modified_after=2026-02-02T00:00:00Z&organization_id=" + p + "-org-1");
		assertThat(modified.json().path("total_items").asInt()).isEqualTo(1);
	}

	@Test
	void unknownIdsAndBadParametersAreExplained() {
		for (String path : List.of("/services/nope", "/organizations/nope", "/service_at_locations/nope",
				"/taxonomies/nope", "/taxonomy_terms/nope")) {
			Answer missing = get(path + "?lang=bg", null);
			assertThat(missing.status()).as(path).isEqualTo(404);
			assertThat(missing.json().path("message").asText()).isEqualTo("В указателя няма такъв запис.");
		}
		assertThat(get("/services/nope", "lv").json().path("message").asText()).isEqualTo("Katalogā šāda ieraksta nav.");
		Answer tooMany = get("/services?per_page=1000", null);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().path("message").asText()).isEqualTo("per_page must be between 1 and 200.");
		assertThat(get("/services?page=0", null).status()).isEqualTo(400);
		assertThat(get("/services?page=abc", null).status()).isEqualTo(400);
		assertThat(get("/services?modified_after=yesterday", null).status()).isEqualTo(400);
	}
}
