package org.inclusio.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Locale;
import org.inclusio.codesign.DecisionRef;
import org.inclusio.codesign.Workshops;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Local Action Plan over HTTP: a facilitator writes a plan (objectives, actions, indicators, progress), approves
 * it, and anyone reads it on its public page with charts, tables, a filter and exports; changes after approval are
 * listed. Bad input is refused with a message and nothing written; two people editing one action lose nothing;
 * another municipality's staff and residents cannot reach the staff pages.
 */
class ActionPlanTest extends WebTest {

	static final String FACILITATOR = "facilitator@sofia.inclusio.eu";

	private static final AtomicInteger UNIQUE = new AtomicInteger();

	@Autowired
	Workshops workshops;

	@AfterEach
	void restoreDemoLanguages() {
		jdbc.sql("update identity_user set preferred_language = 'lv' where email = :e").param("e", FACILITATOR).update();
	}

	@Test
	void aFacilitatorWritesAndApprovesAPlanThatAnyoneThenReads() throws Exception {
		HttpSession staff = staff();
		String theme = "Loneliness " + UNIQUE.incrementAndGet();

		var empty = staff.submit("/actionplan/new", "/actionplan/new", Map.of());
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("There is a problem").contains("Enter the theme of the plan.")
			.contains("Choose the main language of the plan.");
		long plan = createPlan(staff, theme);
		String base = "/actionplan/" + plan;
		assertThat(staff.get(base).body()).contains("Draft: not published").contains("Add an objective first");
		assertThat(browser().get("/plans/" + plan).statusCode()).as("a draft is not public").isEqualTo(404);

		long objective = addObjective(staff, plan, "Nobody alone");

		// an action without a responsible body, with its end before its start: refused, the input kept, nothing written
		var bad = staff.submit(base + "/actions/new", base + "/actions/new", fields("objectiveId", objective,
				"title", "Daily calls", "responsibleBody", "  ", "startDate", "2026-05-01", "endDate", "2026-04-01",
				"cost", "12,5,0"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("Enter the responsible body: every action needs someone who answers for it.")
			.contains("The end date must be the same as or after the start date.")
			.contains("Enter the cost as an amount").contains("value=\"Daily calls\"").contains("value=\"2026-05-01\"");
		assertThat(count("select count(*) from actionplan_action where plan_id = " + plan)).isZero();

		long action = addAction(staff, plan, objective, "Daily calls", "Social services directorate");

		// indicator values must be values of the unit
		String indicatorForm = base + "/actions/" + action + "/indicators/new";
		var percentTooHigh = staff.submit(indicatorForm, indicatorForm, fields("name", "Calls answered", "unit",
				"PERCENT", "baseline", "20", "target", "140", "targetDate", "2027-12-31"));
		assertThat(percentTooHigh.body()).contains("A percentage cannot be more than 100.");
		var notANumber = staff.submit(indicatorForm, indicatorForm, fields("name", "People called", "unit",
				"PERSONS", "baseline", "ten", "target", "2.5", "targetDate", "31.02.2027"));
		assertThat(notANumber.body()).contains("Enter a whole number of persons, for example 25.")
			.contains("Persons are counted in whole numbers").contains("Enter a real date");
		assertThat(count("select count(*) from actionplan_indicator where action_id = " + action)).isZero();
		long indicator = addIndicator(staff, plan, action, "Calls answered", "PERCENT", "20", "80", "2027-12-31");

		String progressForm = base + "/indicators/" + indicator + "/progress";
		var over = staff.submit(progressForm, progressForm, fields("value", "120", "status", "ON_TRACK",
				"recordedOn", "2026-01-15"));
		assertThat(over.body()).contains("A percentage cannot be more than 100.").contains("value=\"120\"");
		var text = staff.submit(progressForm, progressForm, fields("value", "50%", "status", "ON_TRACK", "recordedOn", "2026-01-15"));
		assertThat(text.body()).contains("without the % sign");
		assertThat(count("select count(*) from actionplan_progress where indicator_id = " + indicator)).isZero();
		assertThat(staff.submit(progressForm, progressForm, fields("value", "35", "status", "ON_TRACK",
				"comment", "First month", "recordedOn", "2026-01-15")).statusCode()).isEqualTo(302);
		assertThat(staff.submit(progressForm, progressForm, fields("value", "50,5", "status", "AT_RISK",
				"recordedOn", "2026-02-15")).statusCode()).isEqualTo(302);

		// approve: version 1 is public
		var approve = staff.submit(base, base + "/approve", Map.of());
		assertThat(approve.statusCode()).isEqualTo(302);
		assertThat(staff.get(base).body()).contains("Approved: version 1").contains("Nothing has changed since.");
		assertThat(count("select count(*) from actionplan_plan_version where plan_id = " + plan)).isEqualTo(1);

		HttpSession anyone = browser();
		assertThat(anyone.get("/plans?lang=en").body()).contains(theme);
		String page = anyone.get("/plans/" + plan + "?lang=en").body();
		// (50.5 - 20) / (80 - 20) = 50.8 %
		assertThat(page).contains("<h1>" + theme + "</h1>").contains("Daily calls").contains("At risk")
			.contains("51% of the way to the target").contains("role=\"img\"").contains("<desc id=\"chart-" + indicator + "-d\">")
			.contains("Values of \u201cCalls answered\u201d").contains("50.5%").contains("stroke-dasharray")
			.doesNotContain("<script");
		// the kept page is the same bytes for the next reader, has no token, and a signed-in person gets their own menu
		assertThat(browser().get("/plans/" + plan + "?lang=en").body()).isEqualTo(page).doesNotContain("_csrf");
		assertThat(staff.get("/plans/" + plan + "?lang=en").body()).contains("href=\"/actionplan\"")
			.contains("51% of the way to the target");
		assertThat(page).doesNotContain("href=\"/actionplan\"");
		assertThat(anyone.get("/plans/" + plan + "?lang=en&status=LATE").body()).contains("0 of 1 actions")
			.contains("No action matches this filter.");
		assertThat(anyone.get("/plans/" + plan + "?lang=en&status=AT_RISK&objective=" + objective).body())
			.contains("1 of 1 actions").contains("Daily calls");
		assertThat(anyone.get("/plans/" + plan + "?lang=bg").body()).contains("В риск").contains("50,5%");

		HttpResponse<byte[]> csv = download("/plans/" + plan + "/export.csv?lang=en");
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<List<String>> rows = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("Objective", "Action", "Responsible body");
		assertThat(rows.get(1)).startsWith("Nobody alone", "Daily calls", "Social services directorate")
			.contains("At risk", "51", "Calls answered", "percent", "20%", "80%", "50.5%");

		HttpResponse<byte[]> pdf = download("/plans/" + plan + "/export.pdf?lang=bg");
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(pdfText).contains("Daily calls").contains("Social services directorate").contains("В риск")
				.contains("Calls answered");
		}

		// a change after approval is listed on the public page
		String edit = base + "/actions/" + action;
		var changed = staff.submit(edit, edit, fields("objectiveId", objective, "title", "Daily calls",
				"responsibleBody", "Red Cross", "startDate", "2026-01-01", "endDate", "2027-06-30", "cost", "12500.50",
				"fundingSource", "ESF_PLUS", "version", 0));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		addAction(staff, plan, objective, "Lunch clubs", "District office");
		String after = anyone.get("/plans/" + plan + "?lang=en").body();
		assertThat(after).contains("Changed since approved version 1: 3 changes").contains("New action: Lunch clubs")
			.contains("Action \u201cDaily calls\u201d: responsible body was").contains("<del>Social services directorate</del>")
			.contains("<ins>Red Cross</ins>");
	}

	@Test
	void twoPeopleEditingOneActionLoseNothing() throws Exception {
		HttpSession first = staff();
		HttpSession second = staff();
		long plan = createPlan(first, "Conflicts " + UNIQUE.incrementAndGet());
		long objective = addObjective(first, plan, "Objective");
		long action = addAction(first, plan, objective, "Original", "Body A");
		String edit = "/actionplan/" + plan + "/actions/" + action;

		// both opened the form at version 0; the first saves, the second is told and keeps what they typed
		assertThat(first.submit(edit, edit, fields("objectiveId", objective, "title", "First title",
				"responsibleBody", "Body A", "version", 0)).statusCode()).isEqualTo(302);
		var late = second.submit(edit, edit, fields("objectiveId", objective, "title", "Second title",
				"responsibleBody", "Body B", "version", 0));
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("Someone else saved this action while you were changing it.")
			.contains("value=\"Second title\"").contains("value=\"Body B\"").contains("What the other person saved")
			.contains("First title").contains("name=\"version\" value=\"1\"");
		assertThat(title(action)).isEqualTo("First title");
		// after a look, saving again keeps the second person's version
		assertThat(second.submit(edit, edit, fields("objectiveId", objective, "title", "Second title",
				"responsibleBody", "Body B", "version", 1)).statusCode()).isEqualTo(302);
		assertThat(title(action)).isEqualTo("Second title");

		// at the very same moment: exactly one save wins, the other is told
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> saves = new ArrayList<>();
		for (HttpSession who : List.of(first, second)) {
			String csrf = csrf(who.get(edit).body());
			String title = who == first ? "Race one" : "Race two";
			saves.add(CompletableFuture.supplyAsync(() -> {
				try {
					together.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return who.post(edit, fields("_csrf", csrf, "objectiveId", objective, "title", title,
						"responsibleBody", "Body", "version", 2)).statusCode();
			}));
		}
		List<Integer> statuses = saves.stream().map(CompletableFuture::join).sorted().toList();
		assertThat(statuses).containsExactly(200, 302);
		assertThat(title(action)).isIn("Race one", "Race two");
		assertThat(jdbc.sql("select version from actionplan_action where id = :id").param("id", action)
			.query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void anActionMadeFromAWorkshopDecisionSaysWhereItCameFrom() {
		long sofia = jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
		Long decision = workshops.decisions(sofia, Locale.ENGLISH).stream().map(DecisionRef::id).findFirst().orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(decision != null, "the codesign demo data has a decision");
		HttpSession staff = staff();
		long plan = createPlan(staff, "From workshops " + UNIQUE.incrementAndGet());
		long objective = addObjective(staff, plan, "Objective");
		String base = "/actionplan/" + plan;
		assertThat(staff.get(base).body()).contains("/actionplan/" + plan + "/actions/new?decision=" + decision);
		String form = staff.get(base + "/actions/new?decision=" + decision).body();
		assertThat(form).contains("This action comes from a workshop decision").contains("name=\"decisionIds\" value=\"" + decision + "\"");
		Matcher title = Pattern.compile("id=\"title\" name=\"title\" value=\"([^\"]+)\"").matcher(form);
		assertThat(title.find()).as("the title is filled in from the decision").isTrue();
		var saved = staff.submit(base + "/actions/new?decision=" + decision, base + "/actions/new",
				fields("objectiveId", objective, "title", "From the workshop", "responsibleBody", "Social services",
						"decisionIds", decision));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(count("select count(*) from actionplan_action_source s join actionplan_action a on a.id = s.action_id"
				+ " where a.plan_id = " + plan + " and s.kind = 'DECISION' and s.source_id = " + decision)).isEqualTo(1);
		staff.submit(base, base + "/approve", Map.of());
		String page = browser().get("/plans/" + plan + "?lang=en").body();
		assertThat(page).contains("Why the city is doing this").contains("href=\"/workshops/");
	}

	@Test
	void onlyTheMunicipalitysFacilitatorsAndAdministratorsReachTheStaffPages() {
		long plan = createPlan(staff(), "Private " + UNIQUE.incrementAndGet());
		assertThat(signedIn("admin@tvarditsa.inclusio.eu").get("/actionplan/" + plan).statusCode()).isEqualTo(404);
		assertThat(signedIn("citizen@sofia.inclusio.eu").get("/actionplan").statusCode()).isEqualTo(403);
		assertThat(browser().get("/actionplan").statusCode()).isEqualTo(302);
		assertThat(signedIn("admin@sofia.inclusio.eu").get("/actionplan/" + plan).statusCode()).isEqualTo(200);
	}

	@Test
	void theDemoPlanOfSofiaIsPublicWithANoteWhereATranslationIsMissing() {
		Long demo = jdbc.sql("select id from actionplan_plan where theme = 'Services for elderly people living alone' order by id limit 1")
			.query(Long.class).optional().orElseThrow();
		assertThat(count("select count(*) from actionplan_objective where plan_id = " + demo)).isEqualTo(2);
		assertThat(count("select count(*) from actionplan_action where plan_id = " + demo)).isEqualTo(5);
		String latvian = browser().get("/plans/" + demo + "?lang=lv").body();
		assertThat(latvian).contains("Pakalpojumi vientuļiem vecāka gadagājuma cilvēkiem").contains("id=\"fallback-note\"")
			.contains("lang=\"bg\"").contains("Pēc plāna");
		assertThat(browser().get("/plans/" + demo + "?lang=bg").body()).contains("Услуги за възрастни хора, които живеят сами")
			.doesNotContain("id=\"fallback-note\"");
	}

	// ---------------------------------------------------------------- helpers

	private HttpSession staff() {
		HttpSession staff = signedIn(FACILITATOR);
		staff.get("/?lang=en");
		return staff;
	}

	private long createPlan(HttpSession staff, String theme) {
		var created = staff.submit("/actionplan/new", "/actionplan/new", fields("theme", theme, "language", "en",
				"currency", "EUR", "titleEn", theme, "titleBg", "План " + theme));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return idIn(created.headers().firstValue("Location").orElseThrow(), "/actionplan/(\\d+)");
	}

	private long addObjective(HttpSession staff, long plan, String title) {
		String path = "/actionplan/" + plan + "/objectives/new";
		assertThat(staff.submit(path, path, fields("title", title)).statusCode()).isEqualTo(302);
		return jdbc.sql("select max(id) from actionplan_objective where plan_id = :p").param("p", plan).query(Long.class).single();
	}

	private long addAction(HttpSession staff, long plan, long objective, String title, String body) {
		String path = "/actionplan/" + plan + "/actions/new";
		var saved = staff.submit(path, path, fields("objectiveId", objective, "title", title, "responsibleBody", body,
				"startDate", "2026-01-01", "endDate", "31.12.2027", "cost", "12 500,50", "fundingSource", "ESF_PLUS"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return idIn(saved.headers().firstValue("Location").orElseThrow(), "#action-(\\d+)");
	}

	private long addIndicator(HttpSession staff, long plan, long action, String name, String unit, String baseline,
			String target, String date) {
		String path = "/actionplan/" + plan + "/actions/" + action + "/indicators/new";
		var saved = staff.submit(path, path, fields("name", name, "unit", unit, "baseline", baseline, "target", target,
				"targetDate", date));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return idIn(saved.headers().firstValue("Location").orElseThrow(), "#indicator-(\\d+)");
	}

	private String title(long action) {
		return jdbc.sql("select title from actionplan_action where id = :id").param("id", action).query(String.class).single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private static long idIn(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as("%s in %s", regex, text).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static String csrf(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	static Map<String, String> fields(Object... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i].toString(), pairs[i + 1].toString());
		}
		return map;
	}

	/** RFC 4180: quoted cells, doubled quotes, CRLF between rows. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}
}
