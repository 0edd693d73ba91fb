import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Local Action Plan benchmark (issue 7): the public accountability page {@code /plans/{id}} of a plan with 100
 * actions and 300 indicators (generated inside PostgreSQL, approved through the application as the demo
 * facilitator), under 32 concurrent readers with wrk, in turns with {@code /actuator/health} as the baseline. Also
 * times the page when it is not cached (after each change to the plan). Writes the report to BENCH_REPORT.
 */
public class ActionPlanBench extends BenchKit {

	static final Path SQL = Path.of(env("BENCH_SQL", "bench/actionplan-harness/generate.sql"));

	static final String WARMUP = env("BENCH_WARMUP", "30s");

	static final String HEALTH_WARMUP = env("BENCH_HEALTH_WARMUP", "10s");

	static final String DURATION = env("BENCH_DURATION", "20s");

	static final int SLICES = Integer.parseInt(env("BENCH_SLICES", "2"));

	static final int COLD_SAMPLES = Integer.parseInt(env("BENCH_COLD_SAMPLES", "20"));

	public static void main(String[] args) throws Exception {
		Files.createDirectories(WORK);
		speed("the JIT");
		SPEED.clear();
		String jdbcUrl = jdbcUrl();
		log("database: " + jdbcUrl);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
			long plan = generate(db);
			long actions = count(db, "select count(*) from actionplan_action where plan_id = " + plan);
			long indicators = count(db, "select count(*) from actionplan_indicator i join actionplan_action a on a.id = i.action_id where a.plan_id = " + plan);
			long updates = count(db, "select count(*) from actionplan_progress g join actionplan_indicator i on i.id = g.indicator_id join actionplan_action a on a.id = i.action_id where a.plan_id = " + plan);
			ROWS.add(new Row("Data set: one plan's actions, indicators, progress updates", "100 actions, 300 indicators",
					"%d, %d, %d".formatted(actions, indicators, updates), pass(actions >= 100 && indicators >= 300)));
			publicPage(db, plan);
		}
		writeReport();
	}

	/** The generated plan's id: generated and approved on the first run on a data directory, found afterwards. */
	static long generate(Connection db) throws Exception {
		long existing = count(db, "select coalesce(max(id), 0) from actionplan_plan where theme = 'Bench plan'");
		if (existing == 0) {
			log("generating the plan (100 actions, 300 indicators)");
			try (Statement s = db.createStatement()) {
				for (String statement : Files.readString(SQL).split(";\\s*\\n")) {
					String body = Arrays.stream(statement.split("\n")).filter(l -> !l.strip().startsWith("--"))
						.collect(Collectors.joining("\n")).strip();
					if (!body.isEmpty()) {
						s.execute(body);
					}
				}
			}
			existing = count(db, "select max(id) from actionplan_plan where theme = 'Bench plan'");
		}
		if (count(db, "select count(*) from actionplan_plan_version where plan_id = " + existing) == 0) {
			Browser facilitator = new Browser();
			facilitator.signIn("facilitator@sofia.inclusio.eu");
			HttpResponse<String> approved = facilitator.submit("/actionplan/" + existing, "/actionplan/" + existing + "/approve", Map.of());
			if (approved.statusCode() != 302) {
				throw new IllegalStateException("approving the plan failed: HTTP " + approved.statusCode());
			}
			// one change after approval, so that the page lists a change (as a real plan's page would)
			update(db, "update actionplan_action set responsible_body = 'Столична община' where id = (select min(id) from actionplan_action where plan_id = " + existing + ")");
			update(db, "update actionplan_plan set revision = revision + 1 where id = " + existing);
		}
		return existing;
	}

	static void publicPage(Connection db, long plan) throws Exception {
		List<String> paths = List.of("/plans/" + plan + "?lang=bg", "/plans/" + plan + "?lang=en", "/plans/" + plan + "?lang=lv");
		long bytes = 0;
		for (String path : paths) {
			HttpResponse<String> page = new Browser().get(path);
			if (page.statusCode() != 200 || !page.body().contains("role=\"img\"") || !page.body().contains("<table")) {
				Files.writeString(WORK.resolve("plan.html"), page.body());
				throw new IllegalStateException("the plan page " + path + " is not right: HTTP " + page.statusCode());
			}
			bytes = Math.max(bytes, page.body().getBytes(StandardCharsets.UTF_8).length);
		}
		String first = new Browser().get(paths.get(1)).body();
		long charts = first.split("role=\"img\"", -1).length - 1;
		long tables = first.split("<table", -1).length - 1;
		Path pathFile = WORK.resolve("plan-paths.txt");
		Files.write(pathFile, paths);
		Path lua = WORK.resolve("rotate.lua");
		Files.writeString(lua, LUA.replace("@PATHS@", pathFile.toAbsolutePath().toString()).replace("@THREADS@", String.valueOf(WRK_THREADS)));
		Path plain = WORK.resolve("plain.lua");
		Files.writeString(plain, LUA.replace("@PATHS@", "").replace("@THREADS@", String.valueOf(WRK_THREADS)));
		DETAILS.add(("Plan page: anonymous readers; wrk sends each request for the next of the page in bg, en and lv (page 1 of %d actions "
				+ "with %d indicator charts and data tables on it, %.1f KB of HTML uncompressed at most; 10 actions a page)")
			.formatted(100, charts, bytes / 1024.0));
		if (tables < charts) {
			throw new IllegalStateException("fewer tables than charts on the page");
		}

		// the page when it is not cached: after a change to the plan its revision changes, and the page is built anew
		waitForQuiet("the uncached plan page");
		List<Long> cold = new ArrayList<>();
		for (int i = 0; i < COLD_SAMPLES + 5; i++) {
			update(db, "update actionplan_plan set revision = revision + 1 where id = " + plan);
			Thread.sleep(600); // a change made outside this node is seen within half a second (PlanRevisions)
			long t0 = System.nanoTime();
			HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + paths.get(i % 3))).build(),
					HttpResponse.BodyHandlers.ofString());
			long ms = (System.nanoTime() - t0) / 1_000_000;
			if (page.statusCode() != 200) {
				throw new IllegalStateException("uncached plan page: HTTP " + page.statusCode());
			}
			if (i >= 5) {
				cold.add(ms);
			}
		}
		ROWS.add(new Row("Plan page right after a change (not cached: 100 actions, 300 indicators read, 30 charts drawn), one reader at a time",
				"info", "p50 %.0f ms, max %.0f ms (%d samples)".formatted(percentile(cold, 50), percentile(cold, 100), cold.size()), "info"));

		waitForQuiet("the plan page warm-up");
		log("warm-up %s on /actuator/health and %s on the plan page".formatted(HEALTH_WARMUP, WARMUP));
		wrk(plain, "/actuator/health", HEALTH_WARMUP);
		wrk(lua, paths.getFirst(), WARMUP);
		int seconds = Integer.parseInt(DURATION.replaceAll("[^0-9]", ""));
		String slice = Math.max(1, seconds / SLICES) + "s";
		Wrk health = null;
		Wrk page = null;
		Cpu.Used healthCpu = null;
		Cpu.Used pageCpu = null;
		waitForQuiet("the plan page measurement");
		speed("the plan page measurement");
		log("wrk in %d turns of %s on /actuator/health and the plan page".formatted(SLICES, slice));
		for (int turn = 0; turn < SLICES; turn++) {
			Cpu cpu = new Cpu();
			Wrk w = wrk(plain, "/actuator/health", slice);
			Cpu.Used u = cpu.end("wrk /actuator/health");
			health = Wrk.merge(health, w);
			healthCpu = Cpu.Used.merge(healthCpu, u);
			cpu = new Cpu();
			w = wrk(lua, paths.getFirst(), slice);
			u = cpu.end("wrk plan page");
			page = Wrk.merge(page, w);
			pageCpu = Cpu.Used.merge(pageCpu, u);
		}
		log("  /actuator/health: " + health + "; " + healthCpu.describe());
		log("  plan page: " + page + "; " + pageCpu.describe());
		ROWS.add(new Row("Public plan page `/plans/{id}`, 100 actions and 300 indicators, %d concurrent readers (wrk -t%d -c%d): p95 latency"
			.formatted(USERS, WRK_THREADS, USERS), "≤ 40 ms",
				"%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(page.p95(), page.p50(), page.p99(), page.rps()),
				pass(page.p95() <= 40 && page.errors() == 0) + (page.errors() > 0 ? " (" + page.errors() + " errors)" : "")));
		ROWS.add(new Row("`/actuator/health` (baseline, same wrk settings, same run, in turns): p95 latency", "info",
				"%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(health.p95(), health.p50(), health.p99(), health.rps()), "info"));
		DETAILS.add("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors (non-200, socket) | JVM CPU ms/request | PostgreSQL CPU ms/request | CPU used by other processes |");
		DETAILS.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (var e : List.of(Map.entry("/actuator/health", Map.entry(health, healthCpu)),
				Map.entry("/plans/{id}", Map.entry(page, pageCpu)))) {
			Wrk w = e.getValue().getKey();
			Cpu.Used u = e.getValue().getValue();
			DETAILS.add("| `%s` | %.0f | %.2f | %.2f | %.2f | %d | %.3f | %.3f | %d %% |".formatted(e.getKey(), w.rps(), w.p50(),
					w.p95(), w.p99(), w.errors(), 1000 * u.appCpu() / Math.max(1, w.requests()),
					1000 * u.pgCpu() / Math.max(1, w.requests()), u.othersPercent()));
		}
		DETAILS.add("Plan page under wrk: " + pageCpu.describe());
	}

	static final String LUA = """
			paths = {}
			local pathFile = "@PATHS@"
			if pathFile ~= "" then
			  for line in io.lines(pathFile) do paths[#paths + 1] = line end
			end
			threads = {}
			counter = 1
			function setup(thread)
			  thread:set("id", counter)
			  counter = counter + 1
			  table.insert(threads, thread)
			end
			j = 0
			bad = 0
			function init(args)
			  j = id
			end
			function request()
			  if #paths == 0 then return wrk.format("GET", nil) end
			  j = j % #paths + 1
			  return wrk.format("GET", paths[j])
			end
			function response(status, headers, body)
			  if status ~= 200 then bad = bad + 1 end
			end
			function done(summary, latency, requests)
			  local nonOk = 0
			  for _, t in ipairs(threads) do nonOk = nonOk + (t:get("bad") or 0) end
			  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d non200=%d socket=%d\\n",
			    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
			    nonOk, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
			end
			""";
}
