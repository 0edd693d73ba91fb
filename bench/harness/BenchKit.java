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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * What the benchmark harnesses share ({@code AccountBench}, {@code LearningBench}, which extend it): settings from
 * the environment the bench scripts set, the report table, the CPU time of the JVM, of PostgreSQL and of everything
 * else on the machine, a probe of the machine's speed, waiting for a quiet machine, a browser that signs in with a
 * CSRF token, and wrk runs with their parsed latencies.
 */
abstract class BenchKit {

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	// set by the bench scripts (bench/account, bench/learning); the defaults only serve a harness started by hand
	static final String BASE = env("BENCH_BASE", "http://127.0.0.1:8080");

	static final Path DATA = Path.of(env("BENCH_DATA", "bench/results/data"));

	static final Path REPORT = Path.of(env("BENCH_REPORT", "bench/results/report.md"));

	static final Path WORK = Path.of(env("BENCH_WORK", "bench/results/work"));

	static final long APP_PID = Long.parseLong(env("BENCH_APP_PID", "0"));

	static final String PASSWORD = "demo-password-2026"; // the demo users' password; bench users share its hash

	static final int BATCH = Integer.parseInt(env("BENCH_BATCH", "1000"));

	static final int USERS = Integer.parseInt(env("BENCH_USERS", "32"));

	static final String WRK = env("BENCH_WRK", "wrk");

	static final int WRK_THREADS = Integer.parseInt(env("BENCH_THREADS", "2"));

	static final int IDLE_WAIT = Integer.parseInt(env("BENCH_IDLE_WAIT", "600"));

	static final int IDLE_BUSY_MAX = Integer.parseInt(env("BENCH_IDLE_BUSY_MAX", "20"));

	static final int NOISE_MAX = Integer.parseInt(env("BENCH_NOISE_MAX", "10"));

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

		final long pg = tree(postmasterPid()).stream().mapToLong(BenchKit::ticksOf).sum();

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
	/**
	 * Waits until the app and its PostgreSQL have finished what the last load left behind: when wrk stops, requests
	 * still running in the server (a slow baseline's take seconds) would otherwise be measured as part of the next
	 * endpoint. Done when both use less than a tenth of a CPU for half a second, or after 60 s.
	 */
	static void drained() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			long app = ticksOf(APP_PID);
			long pg = tree(postmasterPid()).stream().mapToLong(BenchKit::ticksOf).sum();
			Thread.sleep(500);
			long used = ticksOf(APP_PID) - app + tree(postmasterPid()).stream().mapToLong(BenchKit::ticksOf).sum() - pg;
			if (used * 1000 / CLK_TCK < 50) {
				return;
			}
		}
	}

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
		Path out = WORK.resolve("wrk-" + (path.equals("/") ? "home" : path.startsWith("/learning") ? "lesson" : path.substring(path.lastIndexOf('/') + 1)) + "-" + duration + ".txt");
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
