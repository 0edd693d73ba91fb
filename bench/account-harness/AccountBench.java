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
 * The citizen-account benchmark of issue 4, run by {@code bench/account} against an application it has started
 * on loopback with the embedded PostgreSQL. Generates the data set inside PostgreSQL (once per data directory),
 * then measures, through the application's real HTTP interfaces only:
 * <ol>
 * <li>push API ingestion of transactions in batches of 1,000 with a real API key made on the provider's keys page;
 * <li>a CSV upload of 100,000 rows by provider staff in the browser's way (sign-in, CSRF, multipart, commit form);
 * <li>the dashboard of 32 signed-in citizens with 5 linked accounts each, with wrk, against /actuator/health
 * measured the same way in the same run.
 * </ol>
 * Writes the report (markdown) to the path in {@code BENCH_REPORT}. Settings come from environment variables
 * (see bench/README.md); the JDBC driver must be on the class path.
 */
public class AccountBench {

	// ---------------------------------------------------------------- settings

	static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static final String BASE = env("BENCH_BASE", "http://127.0.0.1:18084");

	static final Path DATA = Path.of(env("BENCH_DATA", "bench/results/account-data"));

	static final Path REPORT = Path.of(env("BENCH_REPORT", "bench/results/account-report.md"));

	static final Path WORK = Path.of(env("BENCH_WORK", "bench/results/account-work"));

	static final Path SQL = Path.of(env("BENCH_SQL", "bench/account-harness/generate.sql"));

	static final long APP_PID = Long.parseLong(env("BENCH_APP_PID", "0"));

	static final int CITIZENS = Integer.parseInt(env("BENCH_CITIZENS", "50000"));

	static final int TX_PER_ACCOUNT = Integer.parseInt(env("BENCH_TX_PER_ACCOUNT", "20"));

	static final String PASSWORD = "demo-password-2026"; // the demo users' password; bench users share its hash

	static final int BATCH = Integer.parseInt(env("BENCH_BATCH", "1000"));

	static final int TX_PER_REFERENCE = Integer.parseInt(env("BENCH_TX_PER_REFERENCE", "2"));

	static final int INGEST_CLIENTS = Integer.parseInt(env("BENCH_INGEST_CLIENTS", "4"));

	static final int INGEST_SECONDS = Integer.parseInt(env("BENCH_INGEST_SECONDS", "20"));

	static final int INGEST_WARMUP_BATCHES = Integer.parseInt(env("BENCH_INGEST_WARMUP_BATCHES", "60"));

	static final int CSV_ROWS = Integer.parseInt(env("BENCH_CSV_ROWS", "100000"));

	static final int USERS = Integer.parseInt(env("BENCH_USERS", "32"));

	static final String WRK = env("BENCH_WRK", "wrk");

	static final int WRK_THREADS = Integer.parseInt(env("BENCH_THREADS", "2"));

	static final String WARMUP = env("BENCH_WARMUP", "60s"); // the JIT compiles the dashboard's code meanwhile

	static final String HEALTH_WARMUP = env("BENCH_HEALTH_WARMUP", "10s");

	static final int SLICES = Integer.parseInt(env("BENCH_SLICES", "2"));

	/** Dashboards per second in all, one steady load after the other. */
	static final List<Integer> PACED_RATES = Arrays.stream(env("BENCH_PACED_RATES", "160 240 320").trim().split("\\s+"))
		.map(Integer::valueOf).toList();

	static final String DURATION = env("BENCH_DURATION", "20s");

	static final int IDLE_WAIT = Integer.parseInt(env("BENCH_IDLE_WAIT", "600"));

	static final int IDLE_BUSY_MAX = Integer.parseInt(env("BENCH_IDLE_BUSY_MAX", "20"));

	static final int NOISE_MAX = Integer.parseInt(env("BENCH_NOISE_MAX", "10"));

	static final String PHASES = env("BENCH_PHASES", "ingest csv dashboard");

	static final String STAMP = env("BENCH_STAMP", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMddHHmmss")));

	static final String STAFF = "staff@bench.inclusio.test";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern API_KEY = Pattern.compile("value=\"(inc_[0-9A-Za-z]{40})\" data-api-key");

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
			ROWS.add(new Row("Data set: citizens, providers, accounts (linked with consent), transactions", "50000, 3, 150000, 3000000",
					"%d, %d, %d, %d%s".formatted(generated.citizens, generated.providers, generated.accounts,
							generated.transactions, generated.seconds > 0 ? " (generated in %.0f s)".formatted(generated.seconds)
									: " (generated by an earlier run)"),
					pass(generated.citizens >= 50000 && generated.providers == 3 && generated.accounts >= 150000
							&& generated.transactions >= 3000000) + (CITIZENS == 50000 ? "" : " (scaled)")));
			Setup setup = setup(db);
			try {
				if (PHASES.contains("ingest")) {
					ingest(db, setup);
				}
				if (PHASES.contains("csv")) {
					csv(db, setup);
				}
				if (PHASES.contains("dashboard")) {
					dashboard(db);
				}
			}
			finally {
				cleanUp(db);
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

	record Generated(long citizens, long providers, long accounts, long transactions, double seconds) {
	}

	static final String BENCH_RECORDS = """
			select r.id from account_record r join account_provider p on p.id = r.provider_id
			join identity_tenant t on t.id = p.tenant_id where t.code = 'bench'""";

	/** Generates the data set unless this data directory has it already (one transaction: all or nothing). */
	static Generated generate(Connection db) throws Exception {
		double seconds = 0;
		if (count(db, "select count(*) from identity_tenant where code = 'bench'") == 0) {
			log("generating the data set: %d citizens, 3 providers, %d accounts, %d transactions (once per data directory)"
				.formatted(CITIZENS, 3 * CITIZENS, 3L * CITIZENS * TX_PER_ACCOUNT));
			long t0 = System.nanoTime();
			String sql = Files.readString(SQL).replace("${CITIZENS}", String.valueOf(CITIZENS))
				.replace("${TX_PER_ACCOUNT}", String.valueOf(TX_PER_ACCOUNT));
			db.setAutoCommit(false);
			try (Statement s = db.createStatement()) {
				for (String statement : sql.split(";\\s*\\n")) {
					String body = Arrays.stream(statement.split("\n")).filter(l -> !l.strip().startsWith("--"))
						.collect(Collectors.joining("\n")).strip();
					if (!body.isEmpty()) {
						s.execute(body);
					}
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
			update(db, "vacuum (analyze) account_transaction, account_record, account_link, account_consent, "
					+ "account_message, account_provider, identity_user, identity_user_role");
			seconds = (System.nanoTime() - t0) / 1e9;
		}
		String tenant = "(select id from identity_tenant where code = 'bench')";
		return new Generated(
				count(db, "select count(*) from identity_user u join identity_user_role r on r.user_id = u.id and r.role = 'CITIZEN' where u.tenant_id = " + tenant),
				count(db, "select count(*) from account_provider where tenant_id = " + tenant),
				count(db, "select count(*) from account_record where id in (" + BENCH_RECORDS + ")"),
				count(db, "select count(*) from account_transaction where record_id in (" + BENCH_RECORDS + ")"), seconds);
	}

	/** Removes what measurements added (also after an interrupted run), so every run starts from the same data. */
	static void cleanUp(Connection db) throws SQLException {
		long t0 = System.nanoTime();
		int removed = update(db, "delete from account_transaction where record_id in (" + BENCH_RECORDS
				+ ") and (external_id like 'PUSH-%' or external_id like 'CSV-%')");
		update(db, "delete from account_upload where provider_id in (select p.id from account_provider p "
				+ "join identity_tenant t on t.id = p.tenant_id where t.code = 'bench')");
		update(db, "update account_api_key set revoked_at = now() where revoked_at is null and provider_id in "
				+ "(select p.id from account_provider p join identity_tenant t on t.id = p.tenant_id where t.code = 'bench')");
		if (removed > 0) {
			update(db, "vacuum (analyze) account_transaction");
		}
		log("clean-up: %d transactions added by measurements removed in %.1f s".formatted(removed, (System.nanoTime() - t0) / 1e9));
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

		final long pg = tree(postmasterPid()).stream().mapToLong(AccountBench::ticksOf).sum();

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

	// ---------------------------------------------------------------- set-up: staff, providers, API keys

	record Provider(long id, String prefix, String kind) {
	}

	record Setup(Browser staff, List<Provider> providers, Map<Long, String> keys) {
	}

	static Setup setup(Connection db) throws SQLException {
		cleanUp(db); // an interrupted earlier run may have left rows
		List<Provider> providers = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				select p.id, p.kind from account_provider p join identity_tenant t on t.id = p.tenant_id
				where t.code = 'bench' order by p.id""")) {
			while (rs.next()) {
				String kind = rs.getString(2);
				providers.add(new Provider(rs.getLong(1), switch (kind) {
					case "LANDLORD" -> "RENT";
					case "LOCAL_AUTHORITY" -> "TAX";
					default -> "ENERGY";
				}, kind));
			}
		}
		Browser staff = new Browser();
		staff.signIn(STAFF);
		Map<Long, String> keys = new LinkedHashMap<>();
		for (Provider provider : providers) {
			String path = "/provider/" + provider.id() + "/api-keys";
			HttpResponse<String> page = staff.submit(path, path, Map.of("label", "bench " + STAMP));
			Matcher key = API_KEY.matcher(page.body());
			if (page.statusCode() != 200 || !key.find()) {
				throw new IllegalStateException("no API key made for provider " + provider.id() + ": " + page.statusCode());
			}
			keys.put(provider.id(), key.group(1));
		}
		log("provider staff signed in; an API key made on the keys page of each of the %d providers".formatted(providers.size()));
		return new Setup(staff, providers, keys);
	}

	// ---------------------------------------------------------------- 1. push API ingestion

	record Batch(long provider, String key, byte[] body) {
	}

	/** Batch number n: 1,000 new transactions for TX_PER_REFERENCE each of consecutive accounts of one provider. */
	static Batch batch(Setup setup, int n, String tag) {
		Provider provider = setup.providers().get(n % setup.providers().size());
		int references = BATCH / TX_PER_REFERENCE;
		int perProvider = CITIZENS; // accounts per provider: a = 3 j + provider number
		int providerNumber = n % setup.providers().size();
		int first = (n / setup.providers().size()) * references;
		LocalDate today = LocalDate.now();
		StringBuilder json = new StringBuilder(BATCH * 130).append("{\"transactions\":[");
		for (int i = 0; i < BATCH; i++) {
			int j = (first + i / TX_PER_REFERENCE) % perProvider;
			int a = 3 * j + providerNumber;
			int k = i % TX_PER_REFERENCE;
			if (i > 0) {
				json.append(',');
			}
			json.append("{\"reference\":\"").append(provider.prefix()).append('-').append(String.format("%06d", a))
				.append("\",\"externalId\":\"PUSH-").append(tag).append('-').append(n).append('-').append(i)
				.append("\",\"date\":\"").append(today.minusDays(k)).append("\",\"amount\":")
				.append(k % 2 == 0 ? "-" : "").append(10 + (a + i) % 190).append('.').append(String.format("%02d", i % 100))
				.append(",\"description\":\"").append(k % 2 == 0 ? "Наем за месеца" : "Плащане – благодарим!").append("\"}");
		}
		json.append("]}");
		return new Batch(provider.id(), setup.keys().get(provider.id()), json.toString().getBytes(StandardCharsets.UTF_8));
	}

	record Pushed(int status, int created, int unchanged, int errors, long nanos, String body) {
	}

	static final Pattern NUMBER_FIELD = Pattern.compile("\"(created|unchanged|updated|accepted)\":(\\d+)");

	static Pushed push(Batch batch, boolean partial) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/providers/v1/transactions" + (partial ? "?partial=true" : "")))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + batch.key())
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofByteArray(batch.body()))
			.build();
		long t0 = System.nanoTime();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			long nanos = System.nanoTime() - t0;
			Map<String, Integer> numbers = new LinkedHashMap<>();
			Matcher m = NUMBER_FIELD.matcher(response.body());
			while (m.find()) {
				numbers.put(m.group(1), Integer.parseInt(m.group(2)));
			}
			int errors = response.body().split("\"code\":", -1).length - 1;
			return new Pushed(response.statusCode(), numbers.getOrDefault("created", -1), numbers.getOrDefault("unchanged", -1),
					errors, nanos, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
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

	static void ingest(Connection db, Setup setup) throws Exception {
		String tag = STAMP;
		// the bodies are made before the clock starts: the client only sends bytes while it is measured
		int expected = (int) Math.ceil(80_000.0 * INGEST_SECONDS / BATCH) + INGEST_WARMUP_BATCHES + 10;
		log("push API: preparing %d batches of %d transactions".formatted(expected, BATCH));
		List<Batch> batches = new ArrayList<>(expected);
		for (int n = 0; n < expected; n++) {
			batches.add(batch(setup, n, tag));
		}
		waitForQuiet("the push API warm-up");
		log("push API warm-up: %d batches with %d clients".formatted(INGEST_WARMUP_BATCHES, INGEST_CLIENTS));
		AtomicInteger next = new AtomicInteger();
		runBatches(batches, next, INGEST_WARMUP_BATCHES, Long.MAX_VALUE);
		waitForQuiet("the push API measurement");
		speed("the push API measurement");
		log("push API: %d clients sending new batches for %d s".formatted(INGEST_CLIENTS, INGEST_SECONDS));
		Cpu cpu = new Cpu();
		long start = System.nanoTime();
		Result measured = runBatches(batches, next, batches.size() - 10, start + INGEST_SECONDS * 1_000_000_000L);
		double seconds = (measured.lastDone - start) / 1e9;
		Cpu.Used used = cpu.end("push API ingestion");
		double rate = measured.rows / seconds;
		log("  %d transactions in %d batches in %.2f s: %.0f transactions/s; batch latency p50 %.0f ms, p99 %.0f ms; %s"
			.formatted(measured.rows, measured.batches, seconds, rate, percentile(measured.latencies, 50) / 1e6,
					percentile(measured.latencies, 99) / 1e6, used.describe()));
		ROWS.add(new Row("Push API ingestion, new transactions in batches of %d, %d clients (HTTP, JSON, validation, consent check, idempotent insert)"
			.formatted(BATCH, INGEST_CLIENTS), "≥ 30000 transactions/s",
				"%.0f transactions/s (%d in %.1f s; %d per account per batch; batch p50 %.0f ms, p99 %.0f ms)".formatted(rate,
						measured.rows, seconds, TX_PER_REFERENCE, percentile(measured.latencies, 50) / 1e6,
						percentile(measured.latencies, 99) / 1e6),
				pass(rate >= 30000 && measured.failures == 0) + (measured.failures > 0 ? " (" + measured.failures + " batches failed)" : "")));
		DETAILS.add("Push API ingestion: " + used.describe() + "; CPU per 1,000 transactions: JVM %.0f ms, PostgreSQL %.0f ms"
			.formatted(1000 * used.appCpu() / measured.rows * 1000, 1000 * used.pgCpu() / measured.rows * 1000));

		// re-sending changes nothing: the same batches again, all "unchanged"
		int resend = Math.min(measured.batches, 30);
		List<Batch> again = batches.subList(INGEST_WARMUP_BATCHES, INGEST_WARMUP_BATCHES + resend);
		long before = count(db, "select count(*) from account_transaction where external_id like 'PUSH-" + tag + "-%'");
		AtomicInteger nextAgain = new AtomicInteger();
		long t0 = System.nanoTime();
		Result repeated = runBatches(again, nextAgain, again.size(), Long.MAX_VALUE);
		double againSeconds = (repeated.lastDone - t0) / 1e9;
		long after = count(db, "select count(*) from account_transaction where external_id like 'PUSH-" + tag + "-%'");
		boolean idempotent = repeated.unchanged == repeated.batches * BATCH && repeated.rows == 0 && after == before
				&& repeated.failures == 0;
		ROWS.add(new Row("Push API: the same %d batches sent again".formatted(resend), "nothing changes",
				"%d of %d rows unchanged, %d stored rows before and after; %.0f transactions/s".formatted(repeated.unchanged,
						resend * BATCH, after, resend * BATCH / againSeconds), pass(idempotent)));

		// two concurrent pushes of the same new batch: one copy, no error
		Batch twin = batches.get(batches.size() - 1);
		ExecutorService two = Executors.newFixedThreadPool(2);
		Future<Pushed> first = two.submit(() -> push(twin, false));
		Future<Pushed> second = two.submit(() -> push(twin, false));
		Pushed a = first.get();
		Pushed b = second.get();
		two.shutdown();
		long copies = count(db, "select count(*) from account_transaction where external_id like 'PUSH-" + tag + "-"
				+ (batches.size() - 1) + "-%'");
		boolean once = a.status() == 200 && b.status() == 200 && a.created() + b.created() == BATCH && copies == BATCH;
		ROWS.add(new Row("Push API: two concurrent pushes of the same new batch", "one copy, no error",
				"HTTP %d and %d, created %d + %d, %d rows stored".formatted(a.status(), b.status(), a.created(), b.created(), copies),
				pass(once)));

		// a batch with one bad row: nothing stored (422 with the row), or the good rows with partial=true
		Batch good = batches.get(batches.size() - 2);
		String text = new String(good.body(), StandardCharsets.UTF_8);
		Batch bad = new Batch(good.provider(), good.key(), text.replaceFirst("\"reference\":\"[A-Z]+-", "\"reference\":\"NOBODY-")
			.getBytes(StandardCharsets.UTF_8));
		Pushed rejected = push(bad, false);
		long stored = count(db, "select count(*) from account_transaction where external_id like 'PUSH-" + tag + "-"
				+ (batches.size() - 2) + "-%'");
		Pushed partial = push(bad, true);
		long storedPartial = count(db, "select count(*) from account_transaction where external_id like 'PUSH-" + tag + "-"
				+ (batches.size() - 2) + "-%'");
		boolean guarantees = rejected.status() == 422 && stored == 0 && partial.status() == 200
				&& partial.created() == BATCH - 1 && storedPartial == BATCH - 1 && rejected.body().contains("NOT_LINKED");
		ROWS.add(new Row("Push API: one unlinked reference in a batch of %d".formatted(BATCH),
				"422 and nothing stored; partial=true stores the rest",
				"HTTP %d, %d stored (%.0f ms); partial: HTTP %d, %d stored (%.0f ms)".formatted(rejected.status(), stored,
						rejected.nanos() / 1e6, partial.status(), storedPartial, partial.nanos() / 1e6),
				pass(guarantees)));
	}

	static final class Result {

		int batches;

		long rows;

		long unchanged;

		int failures;

		long lastDone;

		final List<Long> latencies = new ArrayList<>();
	}

	/** Sends batches[next..limit) with INGEST_CLIENTS concurrent clients until the deadline. */
	static Result runBatches(List<Batch> batches, AtomicInteger next, int limit, long deadline) throws Exception {
		Result result = new Result();
		AtomicLong lastDone = new AtomicLong(System.nanoTime());
		ConcurrentLinkedQueue<Pushed> done = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(INGEST_CLIENTS);
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < INGEST_CLIENTS; c++) {
			running.add(clients.submit(() -> {
				while (System.nanoTime() < deadline) {
					int n = next.getAndUpdate(x -> x < limit ? x + 1 : x);
					if (n >= limit) {
						return;
					}
					Pushed pushed = push(batches.get(n), false);
					if (pushed.status() != 200) {
						failures.add("batch " + n + ": HTTP " + pushed.status() + " " + pushed.body().substring(0, Math.min(300, pushed.body().length())));
					}
					done.add(pushed);
					lastDone.accumulateAndGet(System.nanoTime(), Math::max);
				}
			}));
		}
		for (Future<?> f : running) {
			f.get();
		}
		clients.shutdown();
		for (Pushed p : done) {
			result.batches++;
			result.rows += Math.max(0, p.created());
			result.unchanged += Math.max(0, p.unchanged());
			result.latencies.add(p.nanos());
		}
		result.failures = failures.size();
		failures.stream().limit(3).forEach(f -> log("  FAILED " + f));
		result.lastDone = lastDone.get();
		return result;
	}

	// ---------------------------------------------------------------- 2. CSV upload

	static void csv(Connection db, Setup setup) throws Exception {
		Provider provider = setup.providers().get(0);
		// a spreadsheet saved in Bulgaria: semicolons, decimal commas, dd.MM.yyyy dates, Cyrillic text
		StringBuilder csv = new StringBuilder(CSV_ROWS * 80).append("reference;external_id;date;amount;description\r\n");
		DateTimeFormatter dotted = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		LocalDate today = LocalDate.now();
		for (int i = 0; i < CSV_ROWS; i++) {
			int j = (i / 2) % CITIZENS;
			int a = 3 * j;
			csv.append(provider.prefix()).append('-').append(String.format("%06d", a)).append(';')
				.append("CSV-").append(STAMP).append('-').append(i).append(';')
				.append(today.minusDays(i % 2 * 14 + 1).format(dotted)).append(';')
				.append(i % 2 == 0 ? "-" : "").append(20 + a % 170).append(',').append(String.format("%02d", i % 100)).append(';')
				.append(i % 2 == 0 ? "Наем за месеца" : "Плащане в брой – благодарим!").append("\r\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		log("CSV upload: %d rows, %.1f MB".formatted(CSV_ROWS, file.length / 1024.0 / 1024));
		Browser staff = setup.staff();
		waitForQuiet("the CSV upload");
		speed("the CSV upload");
		Cpu cpu = new Cpu();
		long t0 = System.nanoTime();
		String formPath = "/provider/" + provider.id() + "/upload";
		String token = Browser.csrf(staff.get(formPath).body());
		String boundary = "----inclusio-bench-" + STAMP;
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(file.length + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dataset\"\r\n\r\ntransactions\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"плащания.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> uploaded = staff.send(HttpRequest.newBuilder(URI.create(BASE + formPath))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		long tUploaded = System.nanoTime();
		String preview = uploaded.headers().firstValue("Location").orElse(null);
		if (uploaded.statusCode() != 302 || preview == null || !preview.contains("/upload/")) {
			throw new IllegalStateException("the upload was not accepted: HTTP " + uploaded.statusCode() + " "
					+ uploaded.body().replaceAll("(?s).*error-summary", "").substring(0, 400));
		}
		HttpResponse<String> page = staff.get(preview);
		long tPreview = System.nanoTime();
		Cpu.Used previewCpu = cpu.end("the CSV preview");
		String summary = "Rows that can be stored: " + CSV_ROWS + " (new: " + CSV_ROWS + ", changed: 0, already stored: 0)";
		boolean previewOk = page.statusCode() == 200 && page.body().contains(summary) && page.body().contains("/commit");
		double previewSeconds = (tPreview - t0) / 1e9;
		log("  preview after %.2f s (upload %.2f s, preview page %.2f s), %s".formatted(previewSeconds, (tUploaded - t0) / 1e9,
				(tPreview - tUploaded) / 1e9, previewOk ? "every row new" : "UNEXPECTED PAGE"));
		if (!previewOk) {
			Files.writeString(WORK.resolve("csv-preview.html"), page.body());
		}

		waitForQuiet("the CSV commit");
		speed("the CSV commit");
		cpu = new Cpu();
		long t1 = System.nanoTime();
		HttpResponse<String> committed = staff.post(preview + "/commit", Map.of("_csrf", Browser.csrf(page.body())));
		long tCommitted = System.nanoTime();
		HttpResponse<String> result = staff.get(committed.headers().firstValue("Location").orElse(preview));
		long tResult = System.nanoTime();
		Cpu.Used commitCpu = cpu.end("the CSV commit");
		long stored = count(db, "select count(*) from account_transaction where external_id like 'CSV-" + STAMP + "-%'");
		boolean commitOk = committed.statusCode() == 302 && result.body().contains("Stored. New: " + CSV_ROWS)
				&& stored == CSV_ROWS;
		double commitSeconds = (tResult - t1) / 1e9;
		log("  committed after %.2f s (commit %.2f s, result page %.2f s); %d rows stored".formatted(commitSeconds,
				(tCommitted - t1) / 1e9, (tResult - tCommitted) / 1e9, stored));
		ROWS.add(new Row("CSV upload of %d transactions (%.1f MB, `;`, decimal commas, dd.MM.yyyy, Cyrillic): upload → preview page"
			.formatted(CSV_ROWS, file.length / 1024.0 / 1024), "≤ 10 s",
				"%.2f s (upload and parse %.2f s, preview page %.2f s)".formatted(previewSeconds, (tUploaded - t0) / 1e9,
						(tPreview - tUploaded) / 1e9), pass(previewSeconds <= 10 && previewOk)));
		ROWS.add(new Row("CSV upload: commit form → confirmation page", "≤ 10 s",
				"%.2f s (commit %.2f s, confirmation page %.2f s); %d rows stored".formatted(commitSeconds,
						(tCommitted - t1) / 1e9, (tResult - tCommitted) / 1e9, stored), pass(commitSeconds <= 10 && commitOk)));
		DETAILS.add("CSV preview: " + previewCpu.describe());
		DETAILS.add("CSV commit: " + commitCpu.describe());
	}

	// ---------------------------------------------------------------- 3. dashboard

	static void dashboard(Connection db) throws Exception {
		List<String> emails = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
				select u.email from identity_user u join identity_tenant t on t.id = u.tenant_id
				join account_link l on l.citizen_id = u.id and l.status = 'ACTIVE'
				where t.code = 'bench' group by u.id, u.email having count(*) = 5 order by u.id limit %d""".formatted(USERS))) {
			while (rs.next()) {
				emails.add(rs.getString(1));
			}
		}
		if (emails.size() < USERS) {
			throw new IllegalStateException("only " + emails.size() + " citizens with 5 linked accounts");
		}
		log("dashboard: signing in %d citizens with 5 linked accounts each".formatted(emails.size()));
		List<String> cookies = new ArrayList<>();
		int cards = -1;
		for (String email : emails) {
			Browser citizen = new Browser();
			citizen.signIn(email);
			HttpResponse<String> page = citizen.get("/account");
			int found = page.body().split("<li class=\"card", -1).length - 1;
			if (page.statusCode() != 200 || found < 5) {
				Files.writeString(WORK.resolve("dashboard.html"), page.body());
				throw new IllegalStateException("the dashboard of " + email + " is not right: HTTP " + page.statusCode()
						+ ", " + found + " cards (see " + WORK.resolve("dashboard.html") + ")");
			}
			cards = found;
			cookies.add(citizen.cookieHeader());
		}
		Path cookieFile = WORK.resolve("cookies.txt");
		Files.write(cookieFile, cookies);
		Path lua = WORK.resolve("rotate.lua");
		Files.writeString(lua, LUA.replace("@COOKIES@", cookieFile.toAbsolutePath().toString()).replace("@THREADS@", String.valueOf(WRK_THREADS)));
		Path plain = WORK.resolve("plain.lua");
		Files.writeString(plain, LUA.replace("@COOKIES@", "").replace("@THREADS@", String.valueOf(WRK_THREADS)));
		DETAILS.add("Dashboard: each of the %d citizens' pages has %d account cards; wrk sends each request with the next citizen's session cookie (each wrk thread rotates over its share of the %d sessions)"
			.formatted(USERS, cards, USERS));

		waitForQuiet("the dashboard warm-up");
		log("warm-up %s on /actuator/health and %s on /account".formatted(HEALTH_WARMUP, WARMUP));
		wrk(plain, "/actuator/health", HEALTH_WARMUP);
		wrk(lua, "/account", WARMUP);
		// health, dashboard and the signed-in home page in turns of DURATION / SLICES each, so that a machine getting
		// slower or faster meanwhile (a shared virtual machine does) weighs on all three alike
		int seconds = Integer.parseInt(DURATION.replaceAll("[^0-9]", ""));
		String slice = Math.max(1, seconds / SLICES) + "s";
		Wrk health = null;
		Wrk dash = null;
		Wrk home = null;
		Cpu.Used healthCpu = null;
		Cpu.Used dashCpu = null;
		Cpu.Used homeCpu = null;
		waitForQuiet("the dashboard measurement");
		speed("the dashboard measurement");
		log("wrk in %d turns of %s on /actuator/health, /account and / (signed in)".formatted(SLICES, slice));
		for (int turn = 0; turn < SLICES; turn++) {
			Cpu cpu = new Cpu();
			Wrk w = wrk(plain, "/actuator/health", slice);
			Cpu.Used u = cpu.end("wrk /actuator/health");
			health = Wrk.merge(health, w);
			healthCpu = Cpu.Used.merge(healthCpu, u);
			cpu = new Cpu();
			w = wrk(lua, "/account", slice);
			u = cpu.end("wrk /account");
			dash = Wrk.merge(dash, w);
			dashCpu = Cpu.Used.merge(dashCpu, u);
			// the same sessions on the home page: what any signed-in page costs before it does anything (the
			// session is read from and written back to PostgreSQL on every request): the floor under the dashboard
			cpu = new Cpu();
			w = wrk(lua, "/", slice);
			u = cpu.end("wrk / signed in");
			home = Wrk.merge(home, w);
			homeCpu = Cpu.Used.merge(homeCpu, u);
		}
		log("  /actuator/health: " + health + "; " + healthCpu.describe());
		log("  /account: " + dash + "; " + dashCpu.describe());
		log("  / signed in: " + home + "; " + homeCpu.describe());
		Cpu cpu;
		double ratio = health.rps == 0 ? 0 : 100 * dash.rps / health.rps;
		ROWS.add(new Row("Dashboard `/account`, 5 linked accounts, %d concurrent signed-in citizens: p95 latency".formatted(USERS),
				"≤ 30 ms", "%.2f ms (p50 %.2f, p99 %.2f; %.0f req/s)".formatted(dash.p95, dash.p50, dash.p99, dash.rps),
				pass(dash.p95 <= 30 && dash.errors == 0) + (dash.errors > 0 ? " (" + dash.errors + " errors)" : "")));
		ROWS.add(new Row("Dashboard throughput vs `/actuator/health` (same wrk settings, same run, measured in turns)", "≥ 40 %",
				"%.0f %% (%.0f vs %.0f req/s)".formatted(ratio, dash.rps, health.rps), pass(ratio >= 40 && dash.errors == 0)));
		ROWS.add(new Row("For comparison: the home page `/` with the same %d sessions (a signed-in page without account data)"
			.formatted(USERS), "info", "%.0f %% of `/actuator/health` (%.0f req/s, p95 %.2f ms)".formatted(
					health.rps == 0 ? 0 : 100 * home.rps / health.rps, home.rps, home.p95), "info"));
		// the same 32 citizens at a steady pace instead of as fast as possible: latency without queueing
		for (int rate : PACED_RATES) {
			waitForQuiet("the dashboard at " + rate + " req/s");
			speed("the dashboard at " + rate + " req/s");
			cpu = new Cpu();
			Paced paced = paced(cookies, rate, 15);
			Cpu.Used pacedCpu = cpu.end("the dashboard at " + rate + " req/s");
			log("  /account paced at %d req/s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %d late starts, %d errors; %s"
				.formatted(rate, paced.p50, paced.p95, paced.p99, paced.late, paced.errors, pacedCpu.describe()));
			ROWS.add(new Row("Dashboard at a steady %d req/s from the same %d citizens (each every %d ms; open loop, latency from the planned start)"
				.formatted(rate, USERS, 1000 * USERS / rate), "info (p95 ≤ 30 ms?)",
					"p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; %d errors; other processes %d %%".formatted(paced.p50, paced.p95,
							paced.p99, paced.errors, pacedCpu.othersPercent()),
					paced.p95 <= 30 && paced.errors == 0 ? "info: yes" : "info: no"));
		}
		DETAILS.add("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors (non-200, socket) | JVM CPU ms/request | PostgreSQL CPU ms/request | CPU used by other processes |");
		DETAILS.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		for (var e : List.of(Map.entry("/actuator/health", Map.entry(health, healthCpu)), Map.entry("/account", Map.entry(dash, dashCpu)),
				Map.entry("/ (signed in)", Map.entry(home, homeCpu)))) {
			Wrk w = e.getValue().getKey();
			Cpu.Used u = e.getValue().getValue();
			DETAILS.add("| `%s` | %.0f | %.2f | %.2f | %.2f | %d | %.3f | %.3f | %d %% |".formatted(e.getKey(), w.rps, w.p50,
					w.p95, w.p99, w.errors, 1000 * u.appCpu() / Math.max(1, w.requests), 1000 * u.pgCpu() / Math.max(1, w.requests),
					u.othersPercent()));
		}
	}

	record Paced(double p50, double p95, double p99, int late, int errors) {
	}

	/**
	 * Each citizen asks for the dashboard on a fixed schedule (all together {@code rate} per second, spread evenly);
	 * a response's latency counts from when the request was due, so a slow answer is not hidden by the next
	 * request starting late.
	 */
	static Paced paced(List<String> cookies, int rate, int seconds) throws Exception {
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
				pool.submit(() -> {
					for (long due = start + offset; due < end; due += periodNanos) {
						long wait = due - System.nanoTime();
						if (wait > 0) {
							java.util.concurrent.locks.LockSupport.parkNanos(wait);
						}
						else if (wait < -periodNanos) {
							late.incrementAndGet();
						}
						try {
							HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/account"))
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
	 * wrk's own Lua hooks: every request carries the next session cookie of this thread's share; non-200 answers
	 * are counted (wrk itself counts only 4xx/5xx, and a lost session would answer 302 to the sign-in page).
	 */
	static final String LUA = """
			-- globals: wrk's thread:set and thread:get read and write a thread's global variables
			cookies = {}
			local file = "@COOKIES@"
			if file ~= "" then
			  for line in io.lines(file) do cookies[#cookies + 1] = line end
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
			bad = 0
			function init(args)
			  for k = 1, #cookies do
			    if (k - 1) % count == id - 1 then mine[#mine + 1] = cookies[k] end
			  end
			end
			function request()
			  if #mine == 0 then return wrk.format("GET") end
			  i = i % #mine + 1
			  return wrk.format("GET", nil, { ["Cookie"] = mine[i] })
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
		Path out = WORK.resolve("wrk-" + (path.equals("/") ? "home" : path.substring(path.lastIndexOf('/') + 1)) + "-" + duration + ".txt");
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
