package org.inclusio.directory.internal.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Import and export of a municipality's whole directory as HSDS JSON and CSV: round trips, bad files, isolation. */
class HsdsImportExportTest extends HsdsTestSupport {

	@Test
	void aJsonExportImportedIntoAnEmptyDirectoryExportsTheSame() throws IOException {
		long town = newMunicipality();
		String p = prefix();
		HsdsImport.Plan first = importFile(town, fixture(p).getBytes(StandardCharsets.UTF_8), "en");
		assertThat(first.problems()).isEmpty();
		assertThat(first.counts().get("service")).isEqualTo(new HsdsImport.Counts(2, 0, 0));
		assertThat(count("select count(*) from directory_service where tenant_id = ?", town)).isEqualTo(2);
		assertThat(count("select count(*) from directory_service where id = ? and free_of_charge", p + "-service-1")).isOne();
		assertThat(count("select count(*) from directory_service where id = ? and not free_of_charge", p + "-service-2")).isOne();

		byte[] exported = exports.json(town, "bg");
		JsonNode organizations = HsdsSchemas.JSON.readTree(exported);
		assertThat(organizations.size()).isEqualTo(1);
		// each organization is valid HSDS, with its texts in Bulgarian and in every language apart
		assertThat(HsdsSchemas.validateAgainst("compiled/organization.json", organizations.get(0))).isEmpty();
		JsonNode service = organizations.get(0).path("services").get(0);
		assertThat(service.path("name").asText()).isEqualTo("Клуб по заетост");
		assertThat(service.path("name_lv").asText()).isEqualTo("Nodarbinātības klubs");
		assertThat(service.path("name_en").asText()).isEqualTo("Job club");

		// importing it again changes nothing
		HsdsImport.Plan again = importFile(town, exported, "bg");
		assertThat(again.problems()).isEmpty();
		assertThat(again.total(HsdsImport.Counts::created) + again.total(HsdsImport.Counts::changed)).isZero();

		emptyDirectory(town);
		assertThat(count("select count(*) from directory_service where tenant_id = ?", town)).isZero();
		HsdsImport.Plan back = importFile(town, exported, "bg");
		assertThat(back.problems()).isEmpty();
		assertThat(new String(exports.json(town, "bg"), StandardCharsets.UTF_8))
			.isEqualTo(new String(exported, StandardCharsets.UTF_8));
	}

	@Test
	void aCsvExportImportedIntoAnEmptyDirectoryExportsTheSame() throws IOException {
		long town = newMunicipality();
		String p = prefix();
		assertThat(importFile(town, fixture(p).getBytes(StandardCharsets.UTF_8), "en").problems()).isEmpty();
		byte[] zip = exports.tabular(town, "lv");
		Map<String, String> files = unzip(zip);
		assertThat(files).containsKeys("datapackage.json", "services.csv", "organizations.csv", "locations.csv",
				"service_at_location.csv", "addresses.csv", "phones.csv", "schedules.csv", "attributes.csv",
				"taxonomy_terms.csv", "taxonomies.csv", "cost_options.csv", "required_documents.csv");
		String services = files.get("services.csv");
		assertThat(services.lines().findFirst().orElseThrow())
			.startsWith("id,organization_id,program_id,name,alternate_name,description,url,email,status,")
			.contains(",name_bg,name_lv,name_en,");
		assertThat(services).contains(p + "-service-1," + p + "-org-1," + p + "-program-1,Nodarbinātības klubs,");
		JsonNode datapackage = HsdsSchemas.JSON.readTree(files.get("datapackage.json"));
		assertThat(datapackage.path("profile").asText()).isEqualTo("tabular-data-package");
		assertThat(datapackage.path("resources").findValuesAsText("path")).contains("services.csv", "organizations.csv");

		assertThat(importFile(town, zip, "lv").total(HsdsImport.Counts::changed)).isZero();
		emptyDirectory(town);
		assertThat(importFile(town, zip, "lv").problems()).isEmpty();
		assertThat(unzip(exports.tabular(town, "lv"))).isEqualTo(files);
		// and the JSON of the imported CSV is the JSON of the original
		long other = newMunicipality();
		String q = prefix();
		importFile(other, fixture(q).getBytes(StandardCharsets.UTF_8), "en");
		assertThat(new String(exports.json(town, "en"), StandardCharsets.UTF_8).replace(p, "X"))
			.isEqualTo(new String(exports.json(other, "en"), StandardCharsets.UTF_8).replace(q, "X"));
	}

	@Test
	void aPlainHsdsFileTakesTextsInTheLanguageChosenAndKeepsOtherTranslations() {
		long town = newMunicipality();
		String p = prefix();
		importFile(town, fixture(p).getBytes(StandardCharsets.UTF_8), "en");
		String plain = "[{\"id\":\"" + p + "-service-1\",\"organization_id\":\"" + p + "-org-1\","
				+ "\"name\":\"Клуб за работа\",\"status\":\"active\"}]";
		HsdsImport.Plan plan = importFile(town, plain.getBytes(StandardCharsets.UTF_8), "bg");
		assertThat(plan.problems()).isEmpty();
		assertThat(plan.counts().get("service")).isEqualTo(new HsdsImport.Counts(0, 1, 0));
		var row = jdbc.sql("select name_bg, name_lv, name_en, description_en from directory_service where id = ?")
			.param(p + "-service-1").query().singleRow();
		assertThat(row).containsEntry("name_bg", "Клуб за работа").containsEntry("name_lv", "Nodarbinātības klubs")
			.containsEntry("name_en", "Job club").containsEntry("description_en", "Help with a CV and looking for work.");
	}

	@Test
	void badFilesAreRefusedWithAReasonAndWriteNothing() {
		long town = newMunicipality();
		String p = prefix();
		String good = fixture(p);
		// not JSON at all
		assertUnreadable("[{\"id\": \"x\",", "json");
		assertUnreadable("", "empty");
		assertUnreadable("\"just text\"", "jsonShape");
		// Cyrillic saved as windows-1251 instead of UTF-8
		assertUnreadable(good.getBytes(Charset.forName("windows-1251")), "encoding");

		// a service without a name
		assertProblem(town, good.replace("\"name_bg\": \"Съвети за дългове\",", "").replace("\"name_en\": \"Debt advice\",", ""),
				p + "-service-2", "name", "required");
		// an attribute with a taxonomy term that exists nowhere
		assertProblem(town, good.replace("\"taxonomy_term_id\": \"" + p + "-term-debt\",\n            \"taxonomy_term\": {",
				"\"taxonomy_term_id\": \"no-such-term\",\n            \"taxonomy_term\": {"),
				p + "-attribute-2", "taxonomy_term_id", "unknownTerm");
		// two different services with one id
		assertProblem(town, good.replace("\"id\": \"" + p + "-service-2\"", "\"id\": \"" + p + "-service-1\""),
				p + "-service-1", "id", "duplicate");
		// a status the standard does not have, a date that is none
		assertProblem(town, good.replace("\"status\": \"temporarily closed\"", "\"status\": \"paused\""),
				p + "-service-2", "status", "notAllowed");
		assertProblem(town, good.replace("\"assured_date\": \"2026-01-15\"", "\"assured_date\": \"15.01.2026\""),
				p + "-service-1", "assured_date", "notDate");
		assertThat(count("select count(*) from directory_organization where tenant_id = ?", town)).isZero();
		assertThat(count("select count(*) from directory_taxonomy_term where id like ?", p + "%")).isZero();
	}

	@Test
	void aCsvFileWithABadRowIsRefusedWhole() throws IOException {
		long town = newMunicipality();
		String p = prefix();
		importFile(newMunicipality(), fixture(p).getBytes(StandardCharsets.UTF_8), "en");
		Map<String, String> files = new LinkedHashMap<>(unzip(exports.tabular(town, "en")));
		String q = prefix();
		files.put("organizations.csv", "id,name,description\n" + q + "-org,Org,About\n");
		files.put("services.csv", "id,organization_id,name,status,minimum_age\n"
				+ q + "-a," + q + "-org,\"Club, \"\"weekly\"\"\",active,16\n"
				+ q + "-b," + q + "-org,Advice,active,sixteen\n"
				+ q + "-a," + q + "-org,Again,active,\n");
		HsdsImport.Plan plan = imports.check(files(zip(files)), town, "en");
		assertThat(plan.problems()).extracting(HsdsImport.Problem::code, HsdsImport.Problem::field,
				HsdsImport.Problem::line)
			.contains(org.assertj.core.groups.Tuple.tuple("notNumber", "minimum_age", 3),
					org.assertj.core.groups.Tuple.tuple("duplicate", "id", 4));
		files.put("services.csv", "id,organization_id,name,status\n" + q + "-a," + q + "-org,\"Club, \"\"weekly\"\"\",active\n");
		HsdsImport.Plan fixed = importFile(town, zip(files), "en");
		assertThat(fixed.problems()).isEmpty();
		assertThat(jdbc.sql("select name_en from directory_service where id = ?").param(q + "-a").query(String.class).single())
			.isEqualTo("Club, \"weekly\"");
		// another municipality's records cannot be taken over or pointed to
		files.put("services.csv", "id,organization_id,name,status\n" + p + "-service-1," + q + "-org,Mine now,active\n"
				+ q + "-c," + p + "-org-1,Theirs,active\n");
		HsdsImport.Plan takeover = imports.check(files(zip(files)), town, "en");
		assertThat(takeover.problems()).extracting(HsdsImport.Problem::code)
			.contains("otherMunicipality", "otherMunicipalityReference");
	}

	private java.util.List<HsdsFiles.Rec> files(byte[] content) {
		try {
			return files.read(content);
		}
		catch (HsdsFiles.Unreadable ex) {
			throw new AssertionError(ex.code);
		}
	}

	private void assertUnreadable(String content, String code) {
		assertUnreadable(content.getBytes(StandardCharsets.UTF_8), code);
	}

	private void assertUnreadable(byte[] content, String code) {
		try {
			files.read(content);
			throw new AssertionError("read although " + code);
		}
		catch (HsdsFiles.Unreadable ex) {
			assertThat(ex.code).isEqualTo(code);
		}
	}

	private void assertProblem(long town, String file, String id, String field, String code) {
		HsdsImport.Plan plan = importFile(town, file.getBytes(StandardCharsets.UTF_8), "en");
		assertThat(plan.problems()).extracting(HsdsImport.Problem::id, HsdsImport.Problem::field, HsdsImport.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(id, field, code));
		assertThat(plan.problems().get(0).path()).startsWith("[0]");
	}

	private void emptyDirectory(long town) {
		jdbc.sql("delete from directory_organization where tenant_id = ?").param(town).update();
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (var file : files.entrySet()) {
				out.putNextEntry(new ZipEntry(file.getKey()));
				out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
