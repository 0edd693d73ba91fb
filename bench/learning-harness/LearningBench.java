import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The learning benchmark of issue 5, run by {@code bench/learning} against an application it has started on
 * loopback with the embedded PostgreSQL (the pattern of bench/account-harness/AccountBench.java). Generates the
 * data set inside PostgreSQL (once per data directory: 10,000 learners with their progress in the six starter
 * courses), then measures:
 * <ol>
 * <li>the lesson page {@code /learning/{course}/lessons/{lesson}} of 32 signed-in learners with wrk, in turns with
 * /actuator/health, and at steady rates (open loop);
 * <li>certificate PDFs: over HTTP ({@code /learning/certificates/{id}.pdf}, learners who completed a course, 2-4
 * concurrent clients) when the application has that page, and always {@code CertificatePdf.render} in this JVM on
 * 1 and 2 threads (the application's classes are on the class path), which is the PDF work alone.
 * </ol>
 * Writes the report (markdown) to the path in {@code BENCH_REPORT}. Settings come from environment variables
 * (see bench/README.md).
 */
public class LearningBench {

	// ---------------------------------------------------------------- settings

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static final String BASE = env("BENCH_BASE", "http://127.0.0.1:18086");

	static final Path DATA = Path.of(env("BENCH_DATA", "bench/results/learning-data"));

	static final Path REPORT = Path.of(env("BENCH_REPORT", "bench/results/learning-report.md"));

	static final Path WORK = Path.of(env("BENCH_WORK", "bench/results/learning-work"));

	static final Path SQL = Path.of(env("BENCH_SQL", "bench/learning-harness/generate.sql"));

	static final Path CERTIFICATE_SQL = Path.of(env("BENCH_CERTIFICATE_SQL", "bench/learning-harness/certificates.sql"));

	static final long APP_PID = Long.parseLong(env("BENCH_APP_PID", "0"));

	static final int LEARNERS = Integer.parseInt(env("BENCH_LEARNERS", "10000"));

	static final String PASSWORD = "demo-password-2026"; // the demo users' password; bench users share its hash

	static final int USERS = Integer.parseInt(env("BENCH_USERS", "32"));

	static final String WRK = env("BENCH_WRK", "wrk");

	static final int WRK_THREADS = Integer.parseInt(env("BENCH_THREADS", "2"));

	static final String WARMUP = env("BENCH_WARMUP", "60s"); // the JIT compiles the lesson page's code meanwhile

	static final String HEALTH_WARMUP = env("BENCH_HEALTH_WARMUP", "10s");

	static final String DURATION = env("BENCH_DURATION", "20s");

	static final int SLICES = Integer.parseInt(env("BENCH_SLICES", "2"));

	static final List<Integer> PACED_RATES = Arrays.stream(env("BENCH_PACED_RATES", "160 240 320").trim().split("\\s+"))
		.map(Integer::valueOf).toList();

	static final int PDF_CLIENTS = Integer.parseInt(env("BENCH_PDF_CLIENTS", "4"));

	static final int PDF_SECONDS = Integer.parseInt(env("BENCH_PDF_SECONDS", "20"));

	static final int PDF_WARMUP_SECONDS = Integer.parseInt(env("BENCH_PDF_WARMUP_SECONDS", "15"));

	static final int IDLE_WAIT = Integer.parseInt(env("BENCH_IDLE_WAIT", "600"));

	static final int IDLE_BUSY_MAX = Integer.parseInt(env("BENCH_IDLE_BUSY_MAX", "20"));

	static final int NOISE_MAX = Integer.parseInt(env("BENCH_NOISE_MAX", "10"));

	static final String PHASES = env("BENCH_PHASES", "lesson certificate");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static void log(String message) {
		System.err.printf("[bench %s] %s%n", java.time.LocalTime.now().withNano(0), message);
	}

	// ---------------------------------------------------------------- report

	record Row(String metric, String target, String measured, String verdict) {
	}

	static final List<Row> ROWS = new ArrayList<>();

	static final List<String> DETAILS = new ArrayList<>();

	static final List<String> WARNINGS = new ArrayList<>();

	static String pass(boolean ok) {
		return ok ? "pass" : "**FAIL**";
	}

	public static void main(String[] args) throws Exception {
		Files.createDirectories(WORK);
		speed("the JIT");
		speed("the JIT"); // compiled now: the probes below time the same code
		SPEED.clear();
		String jdbcUrl = jdbcUrl();
		log("database: " + jdbcUrl);
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
			Generated generated = generate(db);
			ROWS.add(new Row("Data set: learners; their enrolments, lessons done, quiz attempts, completed courses (six starter courses)",
					"10000 learners", "%d; %d, %d, %d, %d%s".formatted(generated.learners, generated.enrolments,
							generated.lessonsDone, generated.attempts, generated.completed,
							generated.seconds > 0 ? " (generated in %.0f s)".formatted(generated.seconds) : " (generated by an earlier run)"),
					pass(generated.learners >= 10000 && generated.enrolments > 0) + (LEARNERS == 10000 ? "" : " (scaled)")));
			if (PHASES.contains("lesson")) {
				lessonPage(db);
			}
			if (PHASES.contains("certificate")) {
				certificates(db);
			}
		}
		writeReport();
	}

	// ---------------------------------------------------------------- database

	static String jdbcUrl() throws IOException {
		List<String> pid = Files.readAllLines(DATA.resolve("postmaster.pid"));
		return "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres";
	}

	static long postmasterPid() {
		try {
			return Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	static long count(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static int update(Connection db, String sql) throws SQLException {
		try (Statement s = db.createStatement()) {
			return s.executeUpdate(sql);
		}
	}

	static boolean hasCertificateTable(Connection db) throws SQLException {
		return count(db, "select count(*) from pg_class where relname = 'learning_certificate' and relkind = 'r'") > 0;
	}

	record Generated(long learners, long enrolments, long lessonsDone, long attempts, long completed, long certificates,
			double seconds) {
	}

	static final String BENCH_ENROLMENTS = """
			select e.id from learning_enrolment e join identity_tenant t on t.id = e.tenant_id where t.code = 'bench'""";

	static void runScript(Statement s, String sql) throws SQLException {
		for (String statement : sql.split(";\\s*\\n")) {
			String body = Arrays.stream(statement.split("\n")).filter(l -> !l.strip().startsWith("--"))
				.collect(Collectors.joining("\n")).strip();
			if (!body.isEmpty()) {
				s.execute(body);
			}
		}
	}

	/** Generates the data set unless this data directory has it already (one transaction: all or nothing). */
	static Generated generate(Connection db) throws Exception {
		double seconds = 0;
		boolean certificateTable = hasCertificateTable(db);
		if (count(db, "select count(*) from identity_tenant where code = 'bench'") == 0) {
			log("generating the data set: %d learners and their progress in the starter courses (once per data directory)"
				.formatted(LEARNERS));
			long t0 = System.nanoTime();
			db.setAutoCommit(false);
			try (Statement s = db.createStatement()) {
				runScript(s, Files.readString(SQL).replace("${LEARNERS}", String.valueOf(LEARNERS)));
				if (certificateTable) {
					runScript(s, Files.readString(CERTIFICATE_SQL));
				}
				db.commit();
			}
			catch (SQLException ex) {
				db.rollback();
				throw ex;
			}
			finally {
				db.setAutoCommit(true);
			}
			log("  generated in %.0f s; VACUUM ANALYZE".formatted((System.nanoTime() - t0) / 1e9));
			update(db, "vacuum (analyze) learning_enrolment, learning_lesson_done, learning_quiz_attempt, identity_user, identity_user_role"
					+ (certificateTable ? ", learning_certificate" : ""));
			seconds = (System.nanoTime() - t0) / 1e9;
		}
		else if (certificateTable && count(db, "select count(*) from learning_certificate where enrolment_id in (" + BENCH_ENROLMENTS + ")") == 0) {
			// a data set made before the application had certificates
			try (Statement s = db.createStatement()) {
				runScript(s, Files.readString(CERTIFICATE_SQL));
			}
			update(db, "vacuum (analyze) learning_certificate");
		}
		String tenant = "(select id from identity_tenant where code = 'bench')";
		return new Generated(
				count(db, "select count(*) from identity_user u join identity_user_role r on r.user_id = u.id and r.role = 'CITIZEN' where u.tenant_id = " + tenant),
				count(db, "select count(*) from learning_enrolment where tenant_id = " + tenant),
				count(db, "select count(*) from learning_lesson_done where enrolment_id in (" + BENCH_ENROLMENTS + ")"),
				count(db, "select count(*) from learning_quiz_attempt where enrolment_id in (" + BENCH_ENROLMENTS + ")"),
				count(db, "select count(*) from learning_enrolment where completed_at is not null and tenant_id = " + tenant),
				certificateTable ? count(db, "select count(*) from learning_certificate where tenant_id = " + tenant) : 0, seconds);
	}

	// ---------------------------------------------------------------- CPU accounting

	static final long CLK_TCK = 100;

	static long ticksOf(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** The pid and all its descendants' pids. */
	static List<Long> tree(long root) {
		Map<Long, List<Long>> children = new LinkedHashMap<>();
		try (var dirs = Files.list(Path.of("/proc"))) {
			for (Path dir : (Iterable<Path>) dirs::iterator) {
				String name = dir.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(dir.resolve("stat"));
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					children.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>()).add(Long.parseLong(name));
				}
				catch (IOException | RuntimeException ex) {
					// gone meanwhile
				}
			}
		}
		catch (IOException ex) {
			return List.of(root);
		}
		List<Long> all = new ArrayList<>(List.of(root));
		for (int i = 0; i < all.size(); i++) {
			all.addAll(children.getOrDefault(all.get(i), List.of()));
		}
		return all;
	}

	static long[] machineTicks() { // busy, total, stolen (by the hypervisor for other virtual machines)
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i <= 8 && i < f.length; i++) {
				total += Long.parseLong(f[i]);
			}
			long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
			return new long[] { total - idle, total, f.length > 8 ? Long.parseLong(f[8]) : 0 };
		}
		catch (IOException ex) {
			return new long[] { 0, 0, 0 };
		}
	}

	/** CPU used by the JVM under test, its PostgreSQL, this harness (with wrk) and everything else, over a span. */
	static final class Cpu {

		final long[] machine = machineTicks();

		final long app = ticksOf(APP_PID);

		final long pg = tree(postmasterPid()).stream().mapToLong(LearningBench::ticksOf).sum();

		final long self = ticksOf(ProcessHandle.current().pid());

		final long t0 = System.nanoTime();

		record Used(double seconds, double appCpu, double pgCpu, double clientCpu, int othersPercent, int cpus,
				int stolenPercent) {

			String describe() {
				return "JVM %.1f s, PostgreSQL %.1f s, load client %.1f s of CPU in %.1f s on %d CPUs; other processes %d %% (of which stolen by the hypervisor %d %%)"
					.formatted(appCpu, pgCpu, clientCpu, seconds, cpus, othersPercent, stolenPercent);
			}

			static Used merge(Used a, Used b) {
				if (a == null) {
					return b;
				}
				double seconds = a.seconds + b.seconds;
				return new Used(seconds, a.appCpu + b.appCpu, a.pgCpu + b.pgCpu, a.clientCpu + b.clientCpu,
						(int) Math.round((a.othersPercent * a.seconds + b.othersPercent * b.seconds) / seconds), a.cpus,
						(int) Math.round((a.stolenPercent * a.seconds + b.stolenPercent * b.seconds) / seconds));
			}
		}

		Used end(String label) {
			Cpu now = new Cpu();
			double app = (now.app - this.app) / (double) CLK_TCK;
			double pg = (now.pg - this.pg) / (double) CLK_TCK;
			double self = (now.self - this.self) / (double) CLK_TCK;
			long busy = now.machine[0] - machine[0];
			long total = now.machine[1] - machine[1];
			long ours = (now.app - this.app) + (now.pg - this.pg) + (now.self - this.self);
			int others = total <= 0 ? 0 : (int) Math.max(0, 100 * (busy - ours) / total);
			int stolen = total <= 0 ? 0 : (int) (100 * (now.machine[2] - machine[2]) / total);
			Used used = new Used((now.t0 - t0) / 1e9, app, pg, self, others, Runtime.getRuntime().availableProcessors(),
					stolen);
			if (others > NOISE_MAX) {
				log("WARNING: other processes used " + others + "% of the CPU during " + label);
				WARNINGS.add(label + ": " + others + " %");
			}
			return used;
		}
	}

	static final Map<String, Double> SPEED = new LinkedHashMap<>();

	/**
	 * Times a fixed piece of single-threaded work (SHA-256 of 16 MB, best of 3) just before a measurement: on a
	 * shared virtual machine the same CPU time buys less work when the host is busy, and nothing else shows it.
	 */
	static void speed(String before) {
		try {
			byte[] data = new byte[16 * 1024 * 1024];
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			long best = Long.MAX_VALUE;
			for (int i = 0; i < 3; i++) {
				long t0 = System.nanoTime();
				sha.update(data);
				sha.digest();
				best = Math.min(best, System.nanoTime() - t0);
			}
			SPEED.put(before, 1e9 / best);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long idleDeadline;

	/** Waits (at most BENCH_IDLE_WAIT s over the whole run) until other processes leave the CPUs mostly idle. */
	static void waitForQuiet(String before) throws InterruptedException {
		if (idleDeadline == 0) {
			idleDeadline = System.currentTimeMillis() + IDLE_WAIT * 1000L;
		}
		long nextLog = 0;
		while (true) {
			long[] a = machineTicks();
			Thread.sleep(2000);
			long[] b = machineTicks();
			int busy = b[1] == a[1] ? 0 : (int) (100 * (b[0] - a[0]) / (b[1] - a[1]));
			if (busy <= IDLE_BUSY_MAX) {
				return;
			}
			if (System.currentTimeMillis() >= idleDeadline) {
				log("WARNING: CPU " + busy + "% busy with other processes before " + before + "; numbers will be pessimistic");
				WARNINGS.add("before " + before + ": " + busy + " % busy");
				return;
			}
			if (System.currentTimeMillis() >= nextLog) {
				log("CPU %d%% busy with other processes; waiting (at most %d s more) before %s".formatted(busy,
						(idleDeadline - System.currentTimeMillis()) / 1000, before));
				nextLog = System.currentTimeMillis() + 60_000;
			}
			Thread.sleep(3000);
		}
	}

	// ---------------------------------------------------------------- a browser

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/** Cookies, CSRF tokens from the form pages, no redirects followed: what a person's browser does. */
	static final class Browser {

		final Map<String, String> cookies = new LinkedHashMap<>();

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
		}

		HttpResponse<String> post(String path, Map<String, String> fields) {
			String body = fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(BASE + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		HttpResponse<String> submit(String formPath, String actionPath, Map<String, String> fields) {
			Map<String, String> all = new LinkedHashMap<>(fields);
			all.put("_csrf", csrf(get(formPath).body()));
			return post(actionPath, all);
		}

		static String csrf(String page) {
			Matcher m = CSRF.matcher(page);
			if (!m.find()) {
				throw new IllegalStateException("no CSRF token in the page");
			}
			return m.group(1);
		}

		void signIn(String email) {
			HttpResponse<String> r = submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
			String location = r.headers().firstValue("Location").orElse("");
			if (r.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("sign-in of " + email + " failed: " + r.statusCode() + " " + location);
			}
		}

		String cookieHeader() {
			return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
		}

		HttpResponse<String> send(HttpRequest.Builder request) {
			if (!cookies.isEmpty()) {
				request.header("Cookie", cookieHeader());
			}
			request.timeout(Duration.ofSeconds(120));
			try {
				HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
				for (String header : response.headers().allValues("Set-Cookie")) {
					String pair = header.split(";", 2)[0];
					int eq = pair.indexOf('=');
					String value = pair.substring(eq + 1);
					if (value.isEmpty() || header.contains("Max-Age=0")) {
						cookies.remove(pair.substring(0, eq));
					}
					else {
						cookies.put(pair.substring(0, eq), value);
					}
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	static double percentile(List<Long> values, double p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
	}

	static List<String> emails(Connection db, String sql) throws SQLException {
		List<String> emails = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				emails.add(rs.getString(1));
			}
		}
		return emails;
	}

	// ---------------------------------------------------------------- 1. the lesson page

	static void lessonPage(Connection db) throws Exception {
		// the first learners are half-way through all six courses (generate.sql)
		List<String> emails = emails(db, """
				select u.email from identity_user u join identity_tenant t on t.id = u.tenant_id
				where t.code = 'bench' and (select count(*) from learning_enrolment e where e.citizen_id = u.id
				      and e.completed_at is null) = 6
				order by u.id limit %d""".formatted(USERS));
		if (emails.size() < USERS) {
			throw new IllegalStateException("only " + emails.size() + " learners taking all six courses");
		}
		// every lesson of every starter course, as the learners' enrolments pin them (the current versions)
		List<String> paths = emails(db, """
				select '/learning/' || c.slug || '/lessons/' || l.slug from learning_course c
				join learning_lesson l on l.version_id = c.current_version_id
				where c.tenant_id is null and c.source = 'FILE' order by c.category, c.position, l.position""");
		log("lesson page: signing in %d learners; %d lessons in the six courses".formatted(emails.size(), paths.size()));
		List<String> cookies = new ArrayList<>();
		long bytes = 0;
		for (String email : emails) {
			Browser learner = new Browser();
			learner.signIn(email);
			String path = paths.get(cookies.size() % paths.size());
			HttpResponse<String> page = learner.get(path);
			if (page.statusCode() != 200 || !page.body().contains("<h1") || !page.body().contains("learning-text")) {
				Files.writeString(WORK.resolve("lesson.html"), page.body());
				throw new IllegalStateException("the lesson page " + path + " of " + email + " is not right: HTTP "
						+ page.statusCode() + " (see " + WORK.resolve("lesson.html") + ")");
			}
			bytes = Math.max(bytes, page.body().getBytes(StandardCharsets.UTF_8).length);
			cookies.add(learner.cookieHeader());
		}
		Path cookieFile = WORK.resolve("cookies.txt");
		Files.write(cookieFile, cookies);
		Path pathFile = WORK.resolve("lesson-paths.txt");
		Files.write(pathFile, paths);
		Path lua = WORK.resolve("rotate.lua");
		Files.writeString(lua, LUA.replace("@COOKIES@", cookieFile.toAbsolutePath().toString())
			.replace("@PATHS@", pathFile.toAbsolutePath().toString()).replace("@THREADS@", String.valueOf(WRK_THREADS)));
		Path plain = WORK.resolve("plain.lua");
		Files.writeString(plain, LUA.replace("@COOKIES@", "").replace("@PATHS@", "").replace("@THREADS@", String.valueOf(WRK_THREADS)));
		DETAILS.add("Lesson page: %d signed-in learners, each half-way through all six courses; wrk sends each request with the next session cookie of its thread and the next of the %d lessons (the largest page %.1f KB of HTML, uncompressed)"
			.formatted(USERS, paths.size(), bytes / 1024.0));

		waitForQuiet("the lesson page warm-up");
		log("warm-up %s on /actuator/health and %s on the lesson pages".formatted(HEALTH_WARMUP, WARMUP));
		wrk(plain, "/actuator/health", HEALTH_WARMUP);
		wrk(lua, paths.getFirst(), WARMUP);
		int seconds = Integer.parseInt(DURATION.replaceAll("[^0-9]", ""));
		String slice = Math.max(1, seconds / SLICES) + "s";
		Wrk health = null;
		Wrk lesson = null;
		Cpu.Used healthCpu = null;
		Cpu.Used lessonCpu = null;
		waitForQuiet("the lesson page measurement");
		speed("the lesson page measurement");
		log("wrk in %d turns of %s on /actuator/health and the lesson pages".formatted(SLICES, slice));
		for (int turn = 0; turn < SLICES; turn++) {
			Cpu cpu = new Cpu();
			Wrk w = wrk(plain, "/actuator/health", slice);
			Cpu.Used u = cpu.end("wrk /actuator/health");
			health = Wrk.merge(health, w);
			healthCpu = Cpu.Used.merge(healthCpu, u);
			cpu = new Cpu();
			w = wrk(lua, paths.getFirst(), slice);
			u = cpu.end("wrk lesson page");
			lesson = Wrk.merge(lesson, w);
			lessonCpu = Cpu.Used.merge(lessonCpu, u);
		}
		log("  /actuator/health: " + health + "; " + healthCpu.describe());
		log("  lesson page: " + lesson + "; " + lessonCpu.describe());
		double ratio = health.rps == 0 ? 0 : 100 * lesson.rps / health.rps;
		ROWS.add(new Row("Lesson page `/learning/{course}/lessons/{lesson}`, %d concurrent signed-in learners (wrk -t%d -c%d), %d learners' progress stored: p95 latency"
			.formatted(USERS, WRK_THREADS, USERS, LEARNERS), "≤ 30 ms",
				"%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(lesson.p95, lesson.p50, lesson.p99, lesson.rps),
				pass(lesson.p95 <= 30 && lesson.errors == 0) + (lesson.errors > 0 ? " (" + lesson.errors + " errors)" : "")));
		ROWS.add(new Row("Lesson page throughput vs `/actuator/health` (same wrk settings, same run, measured in turns)", "info",
				"%.0f %% (%.0f vs %.0f req/s)".formatted(ratio, lesson.rps, health.rps), "info"));
		DETAILS.add("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors (non-200, socket) | JVM CPU ms/request | PostgreSQL CPU ms/request | CPU used by other processes |");
		DETAILS.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (var e : List.of(Map.entry("/actuator/health", Map.entry(health, healthCpu)),
				Map.entry("/learning/{course}/lessons/{lesson}", Map.entry(lesson, lessonCpu)))) {
			Wrk w = e.getValue().getKey();
			Cpu.Used u = e.getValue().getValue();
			DETAILS.add("| `%s` | %.0f | %.2f | %.2f | %.2f | %d | %.3f | %.3f | %d %% |".formatted(e.getKey(), w.rps, w.p50,
					w.p95, w.p99, w.errors, 1000 * u.appCpu() / Math.max(1, w.requests), 1000 * u.pgCpu() / Math.max(1, w.requests),
					u.othersPercent()));
		}
		DETAILS.add("Lesson page under wrk: " + lessonCpu.describe());
		// the same learners at a steady pace instead of as fast as possible: latency without queueing
		for (int rate : PACED_RATES) {
			waitForQuiet("the lesson page at " + rate + " req/s");
			speed("the lesson page at " + rate + " req/s");
			Cpu cpu = new Cpu();
			Paced paced = paced(cookies, paths, rate, 15);
			Cpu.Used pacedCpu = cpu.end("the lesson page at " + rate + " req/s");
			log("  lesson page paced at %d req/s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d late starts, %d errors; %s"
				.formatted(rate, paced.p50, paced.p95, paced.p99, paced.late, paced.errors, pacedCpu.describe()));
			ROWS.add(new Row("Lesson page at a steady %d req/s from the same %d learners (each every %d ms; open loop, latency from the planned start)"
				.formatted(rate, USERS, 1000 * USERS / rate), "info (p95 ≤ 30 ms?)",
					"p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d errors; other processes %d %%".formatted(paced.p50, paced.p95,
							paced.p99, paced.errors, pacedCpu.othersPercent()),
					paced.p95 <= 30 && paced.errors == 0 ? "info: yes" : "info: no"));
		}
	}

	// ---------------------------------------------------------------- 2. certificate PDFs

	static final int PDF_TARGET = 20;

	static void certificates(Connection db) throws Exception {
		if (hasCertificateTable(db)) {
			certificatesOverHttp(db);
		}
		else {
			log("certificates: the application has no learning_certificate table; measuring the renderer only");
			DETAILS.add("Certificates: this build has no `/learning/certificates/{id}.pdf` (no learning_certificate table); only the renderer is measured");
		}
		certificatesInProcess();
	}

	record Owner(String email, List<Long> certificates) {
	}

	/** Learners who completed a course download their certificates as the page's link does: 2-4 at once. */
	static void certificatesOverHttp(Connection db) throws Exception {
		List<Owner> owners = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				select u.email, array_agg(c.id order by c.id) from learning_certificate c
				join identity_user u on u.id = c.citizen_id join identity_tenant t on t.id = c.tenant_id
				where t.code = 'bench' group by u.id, u.email having count(*) >= 2 order by u.id limit %d""".formatted(PDF_CLIENTS))) {
			while (rs.next()) {
				owners.add(new Owner(rs.getString(1), Arrays.asList((Long[]) rs.getArray(2).getArray())));
			}
		}
		if (owners.isEmpty()) {
			throw new IllegalStateException("no learners with certificates in the data set");
		}
		List<String> cookies = new ArrayList<>();
		for (Owner owner : owners) {
			Browser learner = new Browser();
			learner.signIn(owner.email());
			HttpResponse<byte[]> first = pdf(learner.cookieHeader(), owner.certificates().getFirst());
			String type = first.headers().firstValue("Content-Type").orElse("");
			if (first.statusCode() != 200 || !type.startsWith("application/pdf") || first.body().length < 1000
					|| !new String(first.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
				throw new IllegalStateException("no certificate PDF for " + owner.email() + ": HTTP " + first.statusCode() + " " + type);
			}
			cookies.add(learner.cookieHeader());
		}
		int clients = owners.size();
		log("certificates over HTTP: %d learners, %d clients; warm-up %d s".formatted(clients, clients, PDF_WARMUP_SECONDS));
		waitForQuiet("the certificate warm-up");
		pdfLoad(owners, cookies, PDF_WARMUP_SECONDS);
		waitForQuiet("the certificate measurement");
		speed("the certificate measurement");
		Cpu cpu = new Cpu();
		PdfResult result = pdfLoad(owners, cookies, PDF_SECONDS);
		Cpu.Used used = cpu.end("certificate PDFs over HTTP");
		double rate = result.count / result.seconds;
		log("  %d PDFs in %.1f s: %.1f per second; p50 %.0f ms, p95 %.0f ms; %d errors; %s".formatted(result.count,
				result.seconds, rate, percentile(result.latencies, 50) / 1e6, percentile(result.latencies, 95) / 1e6,
				result.errors, used.describe()));
		ROWS.add(new Row("Certificate PDF `/learning/certificates/{id}.pdf` over HTTP, %d concurrent learners who completed a course, %d CPUs"
			.formatted(clients, used.cpus()), "≥ 20 per second",
				"%.1f per second (%d in %.1f s; p50 %.0f ms, p95 %.0f ms; %.0f KB each)".formatted(rate, result.count,
						result.seconds, percentile(result.latencies, 50) / 1e6, percentile(result.latencies, 95) / 1e6,
						result.bytes / 1024.0 / Math.max(1, result.count)),
				pass(rate >= PDF_TARGET && result.errors == 0) + (result.errors > 0 ? " (" + result.errors + " errors)" : "")));
		DETAILS.add("Certificates over HTTP: " + used.describe() + "; CPU per PDF: JVM %.1f ms, PostgreSQL %.1f ms"
			.formatted(1000 * used.appCpu() / Math.max(1, result.count), 1000 * used.pgCpu() / Math.max(1, result.count)));
	}

	static HttpResponse<byte[]> pdf(String cookie, long id) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/learning/certificates/" + id + ".pdf"))
			.header("Cookie", cookie).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	static final class PdfResult {

		long count;

		long bytes;

		int errors;

		double seconds;

		final List<Long> latencies = new ArrayList<>();
	}

	static PdfResult pdfLoad(List<Owner> owners, List<String> cookies, int seconds) throws Exception {
		long start = System.nanoTime();
		long deadline = start + seconds * 1_000_000_000L;
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong bytes = new AtomicLong();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong lastDone = new AtomicLong(start);
		try (ExecutorService pool = Executors.newFixedThreadPool(owners.size())) {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < owners.size(); c++) {
				Owner owner = owners.get(c);
				String cookie = cookies.get(c);
				running.add(pool.submit(() -> {
					for (int i = 0; System.nanoTime() < deadline; i++) {
						long t0 = System.nanoTime();
						HttpResponse<byte[]> r = pdf(cookie, owner.certificates().get(i % owner.certificates().size()));
						long t1 = System.nanoTime();
						if (r.statusCode() != 200 || r.body().length < 1000) {
							errors.incrementAndGet();
						}
						bytes.addAndGet(r.body().length);
						latencies.add(t1 - t0);
						lastDone.accumulateAndGet(t1, Math::max);
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		PdfResult result = new PdfResult();
		result.latencies.addAll(latencies);
		result.count = latencies.size();
		result.bytes = bytes.get();
		result.errors = errors.get();
		result.seconds = (lastDone.get() - start) / 1e9;
		return result;
	}

	/**
	 * The renderer alone ({@code CertificatePdf.render}, from the application's classes) on 1 and 2 threads of this
	 * JVM while the application is idle: the PDF work without HTTP, the session or the database.
	 */
	static void certificatesInProcess() throws Exception {
		Class<?> pdfClass = Class.forName("org.inclusio.learning.internal.CertificatePdf");
		Class<?> textClass = Class.forName("org.inclusio.learning.internal.CertificateText");
		Class<?> labelsClass = Class.forName("org.inclusio.learning.internal.CertificateText$Labels");
		Object renderer = pdfClass.getConstructor().newInstance();
		java.lang.reflect.Method render = pdfClass.getMethod("render", textClass);
		Object labels = labelsClass.getConstructors()[0].newInstance("Удостоверение за завършен курс",
				"С настоящото се удостоверява, че", "завърши курса", "Дата", "Община", "Проверете удостоверението на", "Код");
		List<Object> texts = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			String code = "K7QH-2M9X-PA" + (char) ('A' + i) + "E";
			texts.add(textClass.getConstructors()[0].newInstance("Йорданка Щерева-Пеева " + i, "Как да ползвате имейл безопасно",
					"23 ноември 2026 г.", "Община Бенчмарк", code, "https://inclusio.example/learning/verify/" + code, "bg", labels));
		}
		log("certificates in this JVM: warm-up %d s".formatted(PDF_WARMUP_SECONDS));
		renderLoad(renderer, render, texts, 2, PDF_WARMUP_SECONDS);
		for (int threads : List.of(1, 2)) {
			waitForQuiet("rendering on " + threads + " thread(s)");
			speed("rendering on " + threads + " thread(s)");
			Cpu cpu = new Cpu();
			long t0 = System.nanoTime();
			long[] done = renderLoad(renderer, render, texts, threads, 10);
			double seconds = (System.nanoTime() - t0) / 1e9;
			Cpu.Used used = cpu.end("rendering on " + threads + " thread(s)");
			double rate = done[0] / seconds;
			log("  %d thread(s): %d PDFs in %.1f s, %.1f per second, %.0f KB each; load client (the renderer) CPU %.1f s"
				.formatted(threads, done[0], seconds, rate, done[1] / 1024.0 / Math.max(1, done[0]), used.clientCpu()));
			ROWS.add(new Row("Certificate PDF rendering alone (`CertificatePdf.render`, Bulgarian text, DejaVu fonts embedded) on %d thread%s of one JVM"
				.formatted(threads, threads == 1 ? "" : "s"), threads == 2 ? "≥ 20 per second on 2 cores" : "info",
					"%.1f per second (%d in %.1f s; %.0f ms CPU each; other processes %d %%)".formatted(rate, done[0], seconds,
							1000 * used.clientCpu() / Math.max(1, done[0]), used.othersPercent()),
					threads == 2 ? pass(rate >= PDF_TARGET) : "info"));
		}
	}

	/** Renders for the given seconds on the threads; returns {PDFs, bytes}. */
	static long[] renderLoad(Object renderer, java.lang.reflect.Method render, List<Object> texts, int threads, int seconds)
			throws Exception {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong count = new AtomicLong();
		AtomicLong bytes = new AtomicLong();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int first = t;
				running.add(pool.submit(() -> {
					for (int i = first; System.nanoTime() < deadline; i += threads) {
						byte[] pdf = (byte[]) render.invoke(renderer, texts.get(i % texts.size()));
						bytes.addAndGet(pdf.length);
						count.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		return new long[] { count.get(), bytes.get() };
	}

	// ---------------------------------------------------------------- load clients

	record Paced(double p50, double p95, double p99, int late, int errors) {
	}

	/**
	 * Each learner asks for a lesson on a fixed schedule (all together {@code rate} per second, spread evenly), the
	 * next lesson each time; a response's latency counts from when the request was due, so a slow answer is not
	 * hidden by the next request starting late.
	 */
	static Paced paced(List<String> cookies, List<String> paths, int rate, int seconds) throws Exception {
		int users = cookies.size();
		long periodNanos = 1_000_000_000L * users / rate;
		long start = System.nanoTime() + 100_000_000L;
		long end = start + seconds * 1_000_000_000L;
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger late = new AtomicInteger();
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER).build();
		try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
			for (int u = 0; u < users; u++) {
				String cookie = cookies.get(u);
				long offset = periodNanos * u / users;
				int user = u;
				pool.submit(() -> {
					int n = user;
					for (long due = start + offset; due < end; due += periodNanos) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							java.util.concurrent.locks.LockSupport.parkNanos(wait);
						}
						else if (wait < -periodNanos) {
							late.incrementAndGet();
						}
						try {
							String path = paths.get(n++ % paths.size());
							HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(BASE + path))
								.header("Cookie", cookie).timeout(Duration.ofSeconds(30)).GET().build(),
									HttpResponse.BodyHandlers.discarding());
							if (r.statusCode() != 200) {
								errors.incrementAndGet();
							}
						}
						catch (IOException | InterruptedException ex) {
							errors.incrementAndGet();
						}
						latencies.add(System.nanoTime() - due);
					}
					return null;
				});
			}
		}
		List<Long> all = new ArrayList<>(latencies);
		return new Paced(percentile(all, 50) / 1e6, percentile(all, 95) / 1e6, percentile(all, 99) / 1e6, late.get(),
				errors.get());
	}

	/**
	 * wrk's own Lua hooks: every request carries the next session cookie of this thread's share and asks for the
	 * next path of the list (when there is one); non-200 answers are counted (wrk itself counts only 4xx/5xx, and a
	 * lost session would answer 302 to the sign-in page).
	 */
	static final String LUA = """
			-- globals: wrk's thread:set and thread:get read and write a thread's global variables
			cookies = {}
			local file = "@COOKIES@"
			if file ~= "" then
			  for line in io.lines(file) do cookies[#cookies + 1] = line end
			end
			paths = {}
			local pathFile = "@PATHS@"
			if pathFile ~= "" then
			  for line in io.lines(pathFile) do paths[#paths + 1] = line end
			end
			threads = {}
			counter = 1
			function setup(thread)
			  thread:set("id", counter)
			  thread:set("count", @THREADS@)
			  counter = counter + 1
			  table.insert(threads, thread)
			end
			mine = {}
			i = 0
			j = 0
			bad = 0
			function init(args)
			  for k = 1, #cookies do
			    if (k - 1) % count == id - 1 then mine[#mine + 1] = cookies[k] end
			  end
			  j = id * 7
			end
			function request()
			  local path = nil
			  if #paths > 0 then
			    j = j % #paths + 1
			    path = paths[j]
			  end
			  if #mine == 0 then return wrk.format("GET", path) end
			  i = i % #mine + 1
			  return wrk.format("GET", path, { ["Cookie"] = mine[i] })
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

	record Wrk(long requests, double rps, double p50, double p95, double p99, long errors) {

		/** Two runs as one: requests and time added up; p50 weighted by requests; p95 and p99 the worse. */
		static Wrk merge(Wrk a, Wrk b) {
			if (a == null) {
				return b;
			}
			long requests = a.requests + b.requests;
			double seconds = a.requests / Math.max(a.rps, 1e-9) + b.requests / Math.max(b.rps, 1e-9);
			return new Wrk(requests, requests / seconds, (a.p50 * a.requests + b.p50 * b.requests) / Math.max(1, requests),
					Math.max(a.p95, b.p95), Math.max(a.p99, b.p99), a.errors + b.errors);
		}

		@Override
		public String toString() {
			return "%.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, errors %d".formatted(rps, p50, p95, p99, errors);
		}
	}

	static Wrk wrk(Path script, String path, String duration) throws Exception {
		Path out = WORK.resolve("wrk-" + (path.startsWith("/learning") ? "lesson" : path.substring(path.lastIndexOf('/') + 1)) + "-" + duration + ".txt");
		Process wrk = new ProcessBuilder(WRK, "-t" + WRK_THREADS, "-c" + USERS, "-d" + duration, "--timeout", "10s",
				"-s", script.toString(), BASE + path)
			.redirectErrorStream(true)
			.redirectOutput(out.toFile())
			.start();
		if (!wrk.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
			wrk.destroyForcibly();
			throw new IllegalStateException("wrk did not finish");
		}
		String text = Files.readString(out);
		Matcher m = Pattern.compile("BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+) non200=(\\d+) socket=(\\d+)")
			.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("wrk output not understood: " + text);
		}
		long requests = Long.parseLong(m.group(1));
		return new Wrk(requests, requests / (Long.parseLong(m.group(2)) / 1e6), Long.parseLong(m.group(3)) / 1000.0,
				Long.parseLong(m.group(4)) / 1000.0, Long.parseLong(m.group(5)) / 1000.0,
				Long.parseLong(m.group(6)) + Long.parseLong(m.group(7)));
	}

	// ---------------------------------------------------------------- report

	static void writeReport() throws IOException {
		StringBuilder md = new StringBuilder();
		String header = env("BENCH_REPORT_HEADER", "");
		md.append(header.replace("\\n", "\n"));
		if (!WARNINGS.isEmpty()) {
			md.append("- **Warning: other processes used the CPU** (more than ").append(NOISE_MAX)
				.append(" % of it during a measurement, or more than ").append(IDLE_BUSY_MAX).append(" % just before one): ")
				.append(String.join("; ", WARNINGS)).append(". Those numbers are pessimistic; run again on a quiet machine.\n");
		}
		else {
			md.append("- Other processes used at most ").append(NOISE_MAX).append(" % of the CPU during every measurement.\n");
		}
		if (!SPEED.isEmpty()) {
			double fastest = SPEED.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
			md.append("- Speed of the CPU just before each measurement (fixed single-threaded work, 100 % = the fastest in this run): ")
				.append(SPEED.entrySet().stream().map(e -> "%s %.0f %%".formatted(e.getKey(), 100 * e.getValue() / fastest))
					.collect(Collectors.joining(", ")))
				.append(". A shared virtual machine slows down when its host is busy; figures measured at a lower speed are pessimistic.\n");
		}
		md.append("\n| metric | target | measured | pass/fail |\n|---|---|---|---|\n");
		for (Row row : ROWS) {
			md.append("| ").append(row.metric()).append(" | ").append(row.target()).append(" | ").append(row.measured())
				.append(" | ").append(row.verdict()).append(" |\n");
		}
		md.append('\n');
		boolean table = false;
		for (String detail : DETAILS) {
			boolean isTable = detail.startsWith("|");
			if (isTable && !table) {
				md.append('\n');
			}
			md.append(isTable ? "" : "- ").append(detail).append('\n');
			table = isTable;
		}
		Files.createDirectories(REPORT.toAbsolutePath().getParent());
		Files.writeString(REPORT, md.toString());
	}
}
