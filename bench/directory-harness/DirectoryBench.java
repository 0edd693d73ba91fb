import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory benchmark of issue 6, run by {@code bench/directory} against an application it has started on
 * loopback with its own embedded PostgreSQL (the pattern of bench/learning-harness/LearningBench.java, whose wrk Lua
 * helper and paced client it reuses). Generates the data set inside PostgreSQL once per data directory (100,000
 * services in bg, lv and en across the two demo municipalities, with locations, opening hours, languages and need
 * categories), then measures:
 * <ol>
 * <li>the full reindex (the administrator's rebuild, {@code POST /admin/directory/reindex}, Hibernate Search's mass
 * indexer);
 * <li>with wrk, in turns: {@code /actuator/health} (the machine's baseline), the search page with a word and two
 * filters (rotating over words in the three languages), the same search answered by plain SQL
 * ({@code ILIKE '%word%'}, a page that exists only with {@code inclusio.bench.sql-search=true}), and the HSDS API
 * {@code /api/hsds/v3/services?per_page=50};
 * <li>the search at steady rates (open loop), for its latency without queueing.
 * </ol>
 */
public class DirectoryBench extends BenchKit {

	static final Path SQL = Path.of(env("BENCH_SQL", "bench/directory-harness/generate.sql"));

	static final int SERVICES = Integer.parseInt(env("BENCH_SERVICES", "100000"));

	static final String WARMUP = env("BENCH_WARMUP", "30s");

	static final String HEALTH_WARMUP = env("BENCH_HEALTH_WARMUP", "10s");

	static final String DURATION = env("BENCH_DURATION", "20s");

	static final int SLICES = Integer.parseInt(env("BENCH_SLICES", "2"));

	static final List<Integer> PACED_RATES = java.util.Arrays.stream(env("BENCH_PACED_RATES", "100 200").trim().split("\\s+"))
		.map(Integer::valueOf).toList();

	static final String ADMIN = "admin@sofia.inclusio.eu";

	/** A word in each language with the need category it is about (the search's two filters: need and municipality). */
	static final List<String[]> WORDS = List.of(new String[] { "работа", "employment" },
			new String[] { "обучение", "education" }, new String[] { "жилище", "housing" },
			new String[] { "здраве", "health" }, new String[] { "дългове", "debt-advice" },
			new String[] { "darbs", "employment" }, new String[] { "mācības", "education" },
			new String[] { "mājoklis", "housing" }, new String[] { "veselība", "health" },
			new String[] { "job", "employment" }, new String[] { "training", "education" },
			new String[] { "housing", "housing" }, new String[] { "health", "health" }, new String[] { "debts", "debt-advice" });

	public static void main(String[] args) throws Exception {
		Files.createDirectories(WORK);
		speed("the JIT");
		speed("the JIT");
		SPEED.clear();
		String jdbcUrl = jdbcUrl();
		log("database: " + jdbcUrl);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
			double generated = generate(db);
			long services = count(db, "select count(*) from directory_service");
			long bench = count(db, "select count(*) from directory_service where id like 'bench-s-%'");
			ROWS.add(new Row("Data set: services in the directory (generated: bg, lv and en texts, a location, opening hours, languages, need categories each)",
					"100000 services", "%d (%d generated%s)".formatted(services, bench,
							generated > 0 ? " in %.0f s".formatted(generated) : " by an earlier run"),
					pass(bench >= SERVICES) + (SERVICES == 100000 ? "" : " (scaled)")));
			List<Long> tenants = new ArrayList<>();
			try (Statement s = db.createStatement();
					var rs = s.executeQuery("select id from identity_tenant where code in ('sofia', 'tvarditsa') order by code")) {
				while (rs.next()) {
					tenants.add(rs.getLong(1));
				}
			}
			reindex(services);
			load(tenants);
		}
		writeReport();
	}

	static double generate(Connection db) throws Exception {
		if (count(db, "select count(*) from directory_service where id like 'bench-s-%'") > 0) {
			return 0;
		}
		log("generating %d services (once per data directory)".formatted(SERVICES));
		long t0 = System.nanoTime();
		db.setAutoCommit(false);
		try (Statement s = db.createStatement()) {
			LearningBench.runScript(s, Files.readString(SQL).replace("${SERVICES}", String.valueOf(SERVICES)));
			db.commit();
		}
		catch (SQLException ex) {
			db.rollback();
			throw ex;
		}
		finally {
			db.setAutoCommit(true);
		}
		update(db, "vacuum (analyze) directory_organization, directory_service, directory_location, directory_service_at_location, "
				+ "directory_address, directory_accessibility, directory_schedule, directory_language, directory_attribute");
		double seconds = (System.nanoTime() - t0) / 1e9;
		log("  generated in %.0f s".formatted(seconds));
		return seconds;
	}

	static final Pattern MILLIS = Pattern.compile("data-millis=\"(\\d+)\"");

	static void reindex(long services) throws Exception {
		Browser admin = new Browser();
		admin.signIn(ADMIN);
		waitForQuiet("the reindex");
		speed("the reindex");
		log("full reindex of the directory (POST /admin/directory/reindex)");
		Cpu cpu = new Cpu();
		long t0 = System.nanoTime();
		HttpResponse<String> response = admin.submit("/admin/directory/reindex", "/admin/directory/reindex", Map.of());
		if (response.statusCode() != 302) {
			throw new IllegalStateException("the reindex answered " + response.statusCode());
		}
		// the rebuild runs in the background: the page shows its form again, with the time taken, when it is done
		HttpResponse<String> page;
		long deadline = System.nanoTime() + 1_800_000_000_000L;
		while (true) {
			Thread.sleep(500);
			page = admin.get("/admin/directory/reindex");
			if (page.body().contains("data-millis") && page.body().contains("action=\"/admin/directory/reindex\"")) {
				break;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the reindex did not finish within 30 minutes");
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Cpu.Used used = cpu.end("the reindex");
		Matcher m = MILLIS.matcher(page.body());
		double indexerSeconds = m.find() ? Long.parseLong(m.group(1)) / 1000.0 : seconds;
		log("  reindexed in %.1f s (mass indexer %.1f s); %s".formatted(seconds, indexerSeconds, used.describe()));
		ROWS.add(new Row("Full reindex of %d services (`POST /admin/directory/reindex`: Hibernate Search mass indexer, embedded Lucene, segments merged)"
			.formatted(services), "≤ 60 s", "%.1f s (JVM %.0f s CPU, PostgreSQL %.0f s CPU; other processes %d %%)"
				.formatted(indexerSeconds, used.appCpu(), used.pgCpu(), used.othersPercent()), pass(indexerSeconds <= 60)));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static void load(List<Long> tenants) throws Exception {
		List<String> search = new ArrayList<>();
		List<String> baseline = new ArrayList<>();
		for (int i = 0; i < WORDS.size() * tenants.size(); i++) {
			String[] word = WORDS.get(i % WORDS.size());
			long tenant = tenants.get(i / WORDS.size() % tenants.size());
			String query = "?q=" + encode(word[0]) + "&need=" + word[1] + "&area=" + tenant;
			search.add("/services" + query);
			baseline.add("/services/sql-search-baseline" + query);
		}
		List<String> hsds = new ArrayList<>();
		for (int page = 1; page <= 10; page++) {
			hsds.add("/api/hsds/v3/services?per_page=50&page=" + page);
		}
		Map<String, List<String>> endpoints = new LinkedHashMap<>();
		endpoints.put("/actuator/health", List.of("/actuator/health"));
		endpoints.put("search", search);
		endpoints.put("sql", baseline);
		endpoints.put("hsds", hsds);
		Map<String, Path> scripts = new LinkedHashMap<>();
		Browser anonymous = new Browser();
		for (var e : endpoints.entrySet()) {
			for (String path : e.getValue()) {
				HttpResponse<String> r = anonymous.get(path);
				if (r.statusCode() != 200) {
					Files.writeString(WORK.resolve("failed.html"), r.body());
					throw new IllegalStateException(path + " answered " + r.statusCode());
				}
			}
			String name = e.getKey().replaceAll("[^a-z]", "");
			Path paths = WORK.resolve(name + "-paths.txt");
			Files.write(paths, e.getValue());
			Path lua = WORK.resolve(name + ".lua");
			Files.writeString(lua, LearningBench.LUA.replace("@COOKIES@", "").replace("@PATHS@", paths.toAbsolutePath().toString())
				.replace("@THREADS@", String.valueOf(WRK_THREADS)));
			scripts.put(e.getKey(), lua);
		}
		String sample = anonymous.get(search.getFirst()).body();
		DETAILS.add("Search: %d addresses in turn, e.g. `%s` (a word in bg, lv or en, a need category and a municipality; 20 results a page with facet counts, about %.0f KB of HTML); the SQL baseline the same words and filters on `/services/sql-search-baseline` (`ILIKE '%%word%%'` over the names and descriptions in the three languages, a simpler page); HSDS: pages 1-10 of `/api/hsds/v3/services?per_page=50`"
			.formatted(search.size(), java.net.URLDecoder.decode(search.getFirst(), StandardCharsets.UTF_8),
					sample.getBytes(StandardCharsets.UTF_8).length / 1024.0));

		waitForQuiet("the warm-up");
		log("warm-up: %s health, %s search, 10s SQL baseline, 20s HSDS".formatted(HEALTH_WARMUP, WARMUP));
		wrk(scripts.get("/actuator/health"), "/actuator/health", HEALTH_WARMUP);
		wrk(scripts.get("search"), "/services", WARMUP);
		wrk(scripts.get("sql"), "/services/sql-search-baseline", "10s");
		drained();
		wrk(scripts.get("hsds"), "/api/hsds/v3/services?per_page=50", "20s");

		int seconds = Integer.parseInt(DURATION.replaceAll("[^0-9]", ""));
		String slice = Math.max(1, seconds / SLICES) + "s";
		Map<String, Wrk> results = new LinkedHashMap<>();
		Map<String, Cpu.Used> cpus = new LinkedHashMap<>();
		Map<String, String> first = Map.of("/actuator/health", "/actuator/health", "search", "/services", "sql",
				"/services/sql-search-baseline", "hsds", "/api/hsds/v3/services?per_page=50");
		waitForQuiet("the measurement");
		speed("the measurement");
		log("wrk in %d turns of %s on each endpoint".formatted(SLICES, slice));
		for (int turn = 0; turn < SLICES; turn++) {
			for (String name : endpoints.keySet()) {
				Cpu cpu = new Cpu();
				Wrk w = wrk(scripts.get(name), first.get(name), slice);
				drained(); // the SQL baseline's last requests run on for seconds after wrk stops: counted as its own
				Cpu.Used u = cpu.end("wrk " + name);
				results.merge(name, w, Wrk::merge);
				cpus.merge(name, u, Cpu.Used::merge);
			}
		}
		for (String name : endpoints.keySet()) {
			log("  %s: %s; %s".formatted(name, results.get(name), cpus.get(name).describe()));
		}
		Wrk health = results.get("/actuator/health");
		Wrk s = results.get("search");
		Wrk sql = results.get("sql");
		Wrk h = results.get("hsds");
		ROWS.add(new Row("Search page, a word and two filters (need category, municipality), 100,000 services, wrk -t%d -c%d: p95 latency"
			.formatted(WRK_THREADS, USERS), "≤ 25 ms", "%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(s.p95(), s.p50(),
					s.p99(), s.rps()), pass(s.p95() <= 25 && s.errors() == 0) + errors(s)));
		double ratio = sql.rps() == 0 ? 0 : s.rps() / sql.rps();
		ROWS.add(new Row("Search throughput vs plain SQL `ILIKE '%word%'` with the same filters (same run, same wrk settings)",
				"≥ 10×", "%.1f× (%.0f vs %.1f req/s; SQL p95 %.0f ms)".formatted(ratio, s.rps(), sql.rps(), sql.p95()),
				pass(ratio >= 10 && s.errors() == 0) + errors(sql)));
		ROWS.add(new Row("HSDS `/api/hsds/v3/services?per_page=50` (pages 1-10), wrk -t%d -c%d: p95 latency".formatted(WRK_THREADS, USERS),
				"≤ 30 ms", "%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(h.p95(), h.p50(), h.p99(), h.rps()),
				pass(h.p95() <= 30 && h.errors() == 0) + errors(h)));
		ROWS.add(new Row("`/actuator/health` (the machine's baseline: the least a request costs here), same wrk settings", "info",
				"%.2f ms p95 (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(health.p95(), health.p50(), health.p99(), health.rps()),
				"info"));
		DETAILS.add("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors (non-200, socket) | JVM CPU ms/request | PostgreSQL CPU ms/request | CPU used by other processes |");
		DETAILS.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (String name : endpoints.keySet()) {
			Wrk w = results.get(name);
			Cpu.Used u = cpus.get(name);
			DETAILS.add("| `%s` | %.1f | %.2f | %.2f | %.2f | %d | %.3f | %.3f | %d %% |".formatted(first.get(name), w.rps(),
					w.p50(), w.p95(), w.p99(), w.errors(), 1000 * u.appCpu() / Math.max(1, w.requests()),
					1000 * u.pgCpu() / Math.max(1, w.requests()), u.othersPercent()));
		}
		// the same searches at a steady pace (open loop): latency without the queue of 32 connections at saturation
		List<String> noCookies = Collections.nCopies(USERS, "bench=1");
		for (int rate : PACED_RATES) {
			waitForQuiet("the search at " + rate + " req/s");
			speed("the search at " + rate + " req/s");
			Cpu cpu = new Cpu();
			LearningBench.Paced paced = LearningBench.paced(noCookies, search, rate, 15);
			Cpu.Used used = cpu.end("the search at " + rate + " req/s");
			log("  search paced at %d req/s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d errors".formatted(rate, paced.p50(),
					paced.p95(), paced.p99(), paced.errors()));
			ROWS.add(new Row("Search at a steady %d req/s from %d clients (open loop, latency from the planned start)".formatted(rate, USERS),
					"info (p95 ≤ 25 ms?)", "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d errors; other processes %d %%"
						.formatted(paced.p50(), paced.p95(), paced.p99(), paced.errors(), used.othersPercent()),
					paced.p95() <= 25 && paced.errors() == 0 ? "info: yes" : "info: no"));
		}
	}

	static String errors(Wrk w) {
		return w.errors() > 0 ? " (" + w.errors() + " errors)" : "";
	}
}
