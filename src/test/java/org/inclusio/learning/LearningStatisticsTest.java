package org.inclusio.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/**
 * An analyst sees anonymous counts of enrolments started and courses completed per course and month, for their own
 * municipality only, on a page and in a CSV file: no count from 1 to 4 ever shows, nor a total that would give one
 * away. Enrolments are generated straight into two new municipalities.
 */
class LearningStatisticsTest extends WebTest {

	/** Citizen ids of generated enrolments: no such users exist, and no other test uses these numbers. */
	private static final AtomicLong CITIZEN = new AtomicLong(7_700_000_000L);

	/** Marks a value of {@link #row} as one the page hides. */
	private static final String HIDDEN = "hidden:";

	private static final Pattern CELL = Pattern.compile("<td class=\"numeric(?: stats-hidden)?\">([^<]*)</td>");

	@Test
	void anAnalystSeesTheirMunicipalitysCountsWithSmallCountsHidden() {
		long a = tenant("stats-a");
		long b = tenant("stats-b");
		String analystA = analyst(a, "analyst.a");
		String analystB = analyst(b, "analyst.b");
		long email = course("email-safety");
		long budget = course("monthly-budget");
		YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Sofia"));
		YearMonth twoAgo = now.minusMonths(2);
		YearMonth fiveAgo = now.minusMonths(5);

		// municipality A: email-safety 7 started two months ago (3 of them completed), 5 started and completed five
		// months ago; the budget course 2 started; this month 3 more (not counted until the month has ended)
		enrol(a, email, twoAgo, 7, 3);
		enrol(a, email, fiveAgo, 5, 5);
		enrol(a, budget, twoAgo, 2, 0);
		enrol(a, budget, now, 3, 3);
		// municipality B: 40 on the same course and month; never in A's figures
		enrol(b, email, twoAgo, 40, 11);
		// thirteen months ago: out of the window
		enrol(a, email, now.minusMonths(13), 9, 0);

		HttpSession browser = signedIn(analystA);
		String page = browser.get("/learning/statistics?lang=en").body();
		assertThat(page).contains("<h1>Learning statistics</h1>").contains("fewer than 5").contains("not shown")
			.contains("How small numbers are hidden").contains("href=\"/learning/statistics.csv\"")
			.contains("<caption class=\"visually-hidden\">Using email safely</caption>")
			.contains("<th scope=\"col\" class=\"numeric\">Started</th>").contains("role=\"region\"");
		assertThat(cells(page)).as("every count on the page").isNotEmpty().noneMatch(LearningStatisticsTest::smallCount);
		String emailTable = section(page, "course-email-safety");
		// 7 started (shown), 3 completed (hidden); 5 and 5 five months ago; the started total 12 has no hidden part,
		// the completed total has one and is not shown
		assertThat(emailTable).containsPattern(row(twoAgo, "7", HIDDEN + "fewer than 5"))
			.containsPattern(row(fiveAgo, "5", "5"))
			.containsPattern("All 12 months</th>\\s*<td class=\"numeric\">12</td>\\s*<td class=\"numeric stats-hidden\">not shown</td>");
		assertThat(emailTable).doesNotContain(">47<").doesNotContain(">40<").doesNotContain(">16<");
		String all = section(page, "all-courses");
		// two months ago the budget course's 2 is hidden, so the month's total of started is too; five months ago
		// only email-safety had enrolments: 5 and 5 are shown
		assertThat(all).containsPattern(row(twoAgo, HIDDEN + "not shown", HIDDEN + "not shown"))
			.containsPattern(row(fiveAgo, "5", "5"));
		assertThat(page).doesNotContain("stats-a").doesNotContain(analystA);

		// the CSV file: the same figures and the same suppression
		HttpResponse<String> csvResponse = browser.get("/learning/statistics.csv?lang=en");
		assertThat(csvResponse.statusCode()).isEqualTo(200);
		assertThat(csvResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(csvResponse.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		List<String[]> csv = csv(csvResponse.body());
		assertThat(csv.getFirst()).containsExactly("Course code", "Course", "Month", "Started", "Completed");
		assertThat(csv.subList(1, csv.size())).allSatisfy(line -> {
			assertThat(line).hasSize(5);
			assertThat(smallCount(line[3]) || smallCount(line[4])).as(String.join(",", line)).isFalse();
		});
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("email-safety", "Using email safely",
				twoAgo.toString(), "7", "fewer than 5"));
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("email-safety", "Using email safely",
				fiveAgo.toString(), "5", "5"));
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("email-safety", "Using email safely",
				"all 12 months", "12", "not shown"));
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("monthly-budget", "Make a monthly budget",
				twoAgo.toString(), "fewer than 5", "0"));
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("", "All courses", twoAgo.toString(),
				"not shown", "not shown"));
		assertThat(csv).anySatisfy(line -> assertThat(line).containsExactly("", "All courses", "all 12 months",
				"not shown", "not shown"));
		assertThat(csv).noneSatisfy(line -> assertThat(line[2]).isEqualTo(now.toString()));
		assertThat(csv).noneSatisfy(line -> assertThat(line[2]).isEqualTo(now.minusMonths(13).toString()));

		// the other municipality's analyst sees their 40 and 11, and nothing of A's
		HttpSession other = signedIn(analystB);
		List<String[]> csvB = csv(other.get("/learning/statistics.csv?lang=en").body());
		assertThat(csvB).anySatisfy(line -> assertThat(line).containsExactly("email-safety", "Using email safely",
				twoAgo.toString(), "40", "11"));
		assertThat(csvB).anySatisfy(line -> assertThat(line).containsExactly("email-safety", "Using email safely",
				fiveAgo.toString(), "0", "0"));
		assertThat(csvB).anySatisfy(line -> assertThat(line).containsExactly("", "All courses", "all 12 months", "40", "11"));
	}

	@Test
	void theTablesSpeakThePersonsLanguage() {
		long tenant = tenant("stats-c");
		String analyst = analyst(tenant, "analyst.c");
		HttpSession browser = signedIn(analyst);
		assertThat(browser.get("/learning/statistics?lang=bg").body()).contains("Статистика за обучението")
			.contains("Как се скриват малките числа").contains("Всички курсове");
		assertThat(browser.get("/learning/statistics?lang=lv").body()).contains("Mācību statistika").contains("Visi kursi");
		List<String[]> csv = csv(browser.get("/learning/statistics.csv?lang=bg").body());
		assertThat(csv.getFirst()).containsExactly("Код на курса", "Курс", "Месец", "Започнали", "Завършили");
	}

	@Test
	void onlyAnalystsMayLookAndTheMenuShowsItToThemAlone() {
		HttpSession analyst = signedIn("analyst@sofia.inclusio.eu");
		assertThat(analyst.get("/?lang=en").body()).contains("href=\"/learning/statistics\"");
		assertThat(analyst.get("/learning/statistics").statusCode()).isEqualTo(200);
		for (String email : List.of("citizen@sofia.inclusio.eu", "admin@sofia.inclusio.eu", "caseworker@sofia.inclusio.eu",
				"facilitator@sofia.inclusio.eu")) {
			HttpSession someone = signedIn(email);
			assertThat(someone.get("/learning/statistics").statusCode()).as(email).isEqualTo(403);
			assertThat(someone.get("/learning/statistics.csv").statusCode()).as(email).isEqualTo(403);
			assertThat(someone.get("/?lang=en").body()).as(email).doesNotContain("href=\"/learning/statistics\"");
		}
		HttpResponse<String> anonymous = browser().get("/learning/statistics.csv");
		assertThat(anonymous.statusCode()).isEqualTo(302);
	}

	// ---------------------------------------------------------------- generated data

	private long tenant(String prefix) {
		String code = prefix + "-" + CITIZEN.incrementAndGet() % 1_000_000;
		return jdbc.sql("""
				insert into identity_tenant (code, name_bg, name_lv, name_en, country, created_at)
				values (:code, :code, :code, :code, 'BG', now()) returning id""")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	/** An analyst of the municipality with the demo users' password. */
	private String analyst(long tenant, String name) {
		String email = name + "." + CITIZEN.incrementAndGet() + "@example.org";
		long id = jdbc.sql("""
				insert into identity_user (tenant_id, email, email_normalized, display_name, password_hash,
				                           preferred_language, enabled, email_confirmed_at, created_at)
				values (:tenant, :email, :email, 'Analyst', (select password_hash from identity_user
				        where email_normalized = 'analyst@sofia.inclusio.eu'), 'en', true, now(), now())
				returning id""")
			.param("tenant", tenant)
			.param("email", email)
			.query(Long.class)
			.single();
		jdbc.sql("insert into identity_user_role (user_id, role) values (:id, 'ANALYST')").param("id", id).update();
		return email;
	}

	private long course(String slug) {
		return jdbc.sql("select id from learning_course where slug = :slug and tenant_id is null")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	/** {@code started} enrolments in the month, the first {@code completed} of them completed in the same month. */
	private void enrol(long tenant, long course, YearMonth month, int started, int completed) {
		for (int i = 0; i < started; i++) {
			OffsetDateTime at = month.atDay(1 + i % 20).atTime(10, 0).atOffset(ZoneOffset.UTC);
			jdbc.sql("""
					insert into learning_enrolment (tenant_id, citizen_id, course_id, version_id, started_at,
					                                last_activity_at, completed_at)
					select :tenant, :citizen, c.id, c.current_version_id, :at, :at, :completed
					from learning_course c where c.id = :course""")
				.param("tenant", tenant)
				.param("citizen", CITIZEN.incrementAndGet())
				.param("course", course)
				.param("at", at)
				.param("completed", i < completed ? at.plusDays(3) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.update();
		}
	}

	// ---------------------------------------------------------------- reading the page and the file

	static boolean smallCount(String text) {
		return text.strip().matches("[1-4]");
	}

	private static List<String> cells(String page) {
		List<String> cells = new ArrayList<>();
		Matcher m = CELL.matcher(page);
		while (m.find()) {
			cells.add(m.group(1));
		}
		return cells;
	}

	/** From the heading with this id to the end of its table. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("heading " + id).isNotNegative();
		return page.substring(start, page.indexOf("</table>", start));
	}

	private static String row(YearMonth month, String started, String completed) {
		String name = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH).format(month);
		return "<th scope=\"row\">" + name + "</th>\\s*<td class=\"" + cell(started) + "</td>\\s*<td class=\""
				+ cell(completed) + "</td>";
	}

	/** A count as it is in the page's cell: "numeric">7 or "numeric stats-hidden">fewer than 5. */
	private static String cell(String shown) {
		return shown.startsWith(HIDDEN) ? "numeric stats-hidden\">" + shown.substring(HIDDEN.length()) : "numeric\">" + shown;
	}

	/** A CSV file as rows of fields (RFC 4180 quoting), without the byte-order mark. */
	static List<String[]> csv(String body) {
		String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
		List<String[]> rows = new ArrayList<>();
		for (String line : text.split("\r\n")) {
			if (line.isEmpty()) {
				continue;
			}
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			rows.add(fields.toArray(String[]::new));
		}
		return rows;
	}
}
