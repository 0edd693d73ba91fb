package org.inclusio.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/** The provider push API over real HTTP, against the real database. */
class ProviderApiTest extends ProviderDataTestSupport {

	static final String TODAY = LocalDate.now().toString();

	@Test
	void accountsTransactionsAndMessagesAreStoredAndResendingChangesNothing() {
		long provider = newProvider();
		String key = newKey(provider);
		String rent = unique("RENT");
		String water = unique("WATER");
		link(provider, rent);
		link(provider, water);

		String batch = accounts(
				"{\"reference\":\"" + rent + "\",\"kind\":\"RENT\",\"currency\":\"BGN\",\"balance\":240.50,\"arrears\":\"120.00\",\"nextDueDate\":\""
						+ LocalDate.now().plusDays(9) + "\",\"nextDueAmount\":120}",
				"{\"reference\":\"" + water + "\",\"kind\":\"water\",\"currency\":\"EUR\",\"balance\":0,\"arrears\":0}");
		Answer first = post(key, "/accounts", batch);
		assertThat(first.status()).as(first.json().toString()).isEqualTo(200);
		assertThat(first.json().path("accepted").asInt()).isEqualTo(2);
		assertThat(first.json().path("created").asInt()).isEqualTo(2);
		assertThat(first.json().path("errors").size()).isZero();
		assertThat(first.response().headers().allValues("Set-Cookie")).as("stateless").isEmpty();
		Answer again = post(key, "/accounts", batch);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("accepted").asInt()).isEqualTo(2);
		assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
		assertThat(again.json().path("created").asInt()).isZero();
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).isEqualTo(2);
		assertThat(jdbc.sql("select balance from account_record where reference = ?").param(rent).query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("240.50");

		Answer changed = post(key, "/accounts", accounts(account(rent, "300", "180")));
		assertThat(changed.json().path("updated").asInt()).isEqualTo(1);

		String txs = transactions(transaction(rent, "R-1", TODAY, "-120.00", "Наем за месеца " + rent),
				transaction(rent, "P-1", TODAY, "60", "Плащане – благодарим!"),
				transaction(water, "W-1", LocalDate.now().minusDays(3).toString(), "-12.30", "Ūdens – oktobris"));
		Answer stored = post(key, "/transactions", txs);
		assertThat(stored.status()).as(stored.json().toString()).isEqualTo(200);
		assertThat(stored.json().path("created").asInt()).isEqualTo(3);
		Answer resent = post(key, "/transactions", txs);
		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.json().path("accepted").asInt()).isEqualTo(3);
		assertThat(resent.json().path("unchanged").asInt()).isEqualTo(3);
		assertThat(count("select count(*) from account_transaction t join account_record r on r.id = t.record_id where r.provider_id = ?",
				provider)).isEqualTo(3);

		String message = "{\"messages\":[{\"reference\":\"" + rent + "\",\"externalId\":\"M-1\",\"subject\":\"Разсрочено плащане " + rent + "\","
				+ "\"body\":\"Обадете се.\\nЗвъннете на 02 123 4567.\",\"sentAt\":\"" + java.time.OffsetDateTime.now().minusDays(1).withNano(0) + "\"}]}";
		assertThat(post(key, "/messages", message).json().path("created").asInt()).isEqualTo(1);
		assertThat(post(key, "/messages", message).json().path("unchanged").asInt()).isEqualTo(1);
		assertThat(count("select count(*) from account_message where provider_id = ?", provider)).isEqualTo(1);

		// the citizen sees it at once, and the pushes are in the audit log
		assertThat(citizen().get("/account?lang=en").body()).contains("Разсрочено плащане " + rent)
			.contains("Наем за месеца " + rent);
		assertThat(count("select count(*) from identity_audit_log where action = 'API_PUSH' and subject_id = ?",
				String.valueOf(provider))).isGreaterThanOrEqualTo(7);
		assertThat(count("select count(*) from identity_audit_log where action = 'CREATE_API_KEY' and subject_id = ?",
				String.valueOf(provider))).isEqualTo(1);
	}

	@Test
	void aBadRowRefusesTheWholeBatchUnlessPartialIsAsked() {
		long provider = newProvider();
		String key = newKey(provider);
		String good = unique("GOOD");
		String bad = unique("BAD");
		link(provider, good);
		link(provider, bad);
		String batch = accounts(account(good, "100", "0"), account(bad, "100", "-5"));

		Answer refused = post(key, "/accounts", batch);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().path("accepted").asInt()).isZero();
		assertThat(refused.error(0).path("row").asInt()).isEqualTo(2);
		assertThat(refused.error(0).path("field").asString()).isEqualTo("arrears");
		assertThat(refused.error(0).path("code").asString()).isEqualTo("NEGATIVE");
		assertThat(refused.error(0).path("message").asString()).isEqualTo("Must not be negative.");
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).isZero();

		Answer partial = post(key, "/accounts?partial=true", batch);
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.json().path("accepted").asInt()).isEqualTo(1);
		assertThat(partial.json().path("errors").size()).isEqualTo(1);
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).isEqualTo(1);
		assertThat(count("select count(*) from account_record where reference = ?", good)).isEqualTo(1);

		assertThat(post(key, "/accounts?partial=maybe", batch).code()).isEqualTo("INVALID_PARAMETER");
	}

	@Test
	void nothingIsAcceptedWithoutConsentOrAfterItIsRevoked() {
		long provider = newProvider();
		String key = newKey(provider);
		String linked = unique("LINKED");
		String stranger = unique("STRANGER");
		link(provider, linked);

		Answer refused = post(key, "/accounts", accounts(account(linked, "10", "0"), account(stranger, "10", "0")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.error(0).path("row").asInt()).isEqualTo(2);
		assertThat(refused.error(0).path("code").asString()).isEqualTo("NOT_LINKED");
		assertThat(refused.error(0).path("field").asString()).isEqualTo("reference");
		assertThat(count("select count(*) from account_record where reference in (?, ?)", linked, stranger)).isZero();

		// transactions need the account first
		Answer noAccount = post(key, "/transactions", transactions(transaction(linked, "T-1", TODAY, "1", "x")));
		assertThat(noAccount.status()).as(noAccount.json().toString()).isEqualTo(422);
		assertThat(noAccount.error(0).path("code").asString()).isEqualTo("NO_ACCOUNT");

		assertThat(post(key, "/accounts", accounts(account(linked, "10", "0"))).status()).isEqualTo(200);
		assertThat(post(key, "/transactions", transactions(transaction(linked, "T-1", TODAY, "1", "x"))).status())
			.isEqualTo(200);
		long record = jdbc.sql("select id from account_record where reference = ?").param(linked).query(Long.class).single();
		String before = Instant.now().minusSeconds(1).toString();
		Answer active = get(key, "/links?since=" + Instant.now().minusSeconds(3600));
		assertThat(active.json().path("links").toString()).contains(linked).contains("ACTIVE");

		revokeLink(provider, linked);
		Answer afterRevocation = post(key, "/accounts", accounts(account(linked, "20", "0")));
		assertThat(afterRevocation.status()).isEqualTo(422);
		assertThat(afterRevocation.error(0).path("code").asString()).isEqualTo("NOT_LINKED");
		assertThat(post(key, "/messages", "{\"messages\":[{\"reference\":\"" + linked
				+ "\",\"externalId\":\"M-9\",\"subject\":\"s\",\"body\":\"b\",\"sentAt\":\"2026-01-01T00:00:00Z\"}]}")
			.error(0).path("code").asString()).isEqualTo("NOT_LINKED");
		assertThat(count("select count(*) from account_record where reference = ?", linked)).as("deleted on revocation").isZero();
		assertThat(count("select count(*) from account_transaction where record_id = ?", record))
			.as("transactions deleted with their account").isZero();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into account_transaction (record_id, external_id, booked_on, amount, description, received_at)
				values (?, 'T-2', current_date, 1, 'x', now())""").param(record).update())
			.as("no transaction without its account").isInstanceOf(DataIntegrityViolationException.class);

		Answer feed = get(key, "/links?since=" + before);
		assertThat(feed.status()).isEqualTo(200);
		JsonNode entry = null;
		for (JsonNode link : feed.json().path("links")) {
			if (link.path("reference").asString().equals(linked)) {
				entry = link;
			}
		}
		assertThat(entry).as(feed.json().toString()).isNotNull();
		assertThat(entry.path("status").asString()).isEqualTo("REVOKED");
		assertThat(Instant.parse(entry.path("changedAt").asString())).isAfter(Instant.parse(before));
		assertThat(get(key, "/links?since=yesterday").code()).isEqualTo("INVALID_PARAMETER");
	}

	@Test
	void onlyAValidKeyOpensTheApiAndARevokedKeyStopsAtOnce() {
		long provider = newProvider();
		String key = newKey(provider);
		assertThat(get(key, "/links").status()).isEqualTo(200);

		Answer missing = get(null, "/links");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.code()).isEqualTo("MISSING_KEY");
		assertThat(missing.response().headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(get("inc_" + "x".repeat(40), "/links").code()).isEqualTo("INVALID_KEY");
		assertThat(post("nonsense", "/accounts", accounts()).status()).isEqualTo(401);

		long keyId = jdbc.sql("select id from account_api_key where provider_id = ? and revoked_at is null")
			.param(provider).query(Long.class).single();
		var revoked = staff().submit("/provider/" + provider + "/api-keys",
				"/provider/" + provider + "/api-keys/" + keyId + "/revoke", Map.of());
		assertThat(revoked.statusCode()).isEqualTo(302);
		Answer afterRevocation = post(key, "/accounts", accounts());
		assertThat(afterRevocation.status()).isEqualTo(401);
		assertThat(afterRevocation.code()).isEqualTo("INVALID_KEY");
		assertThat(staff().get("/provider/" + provider + "/api-keys?lang=bg").body()).contains("Отменен на");
		assertThat(count("select count(*) from identity_audit_log where action = 'REVOKE_API_KEY' and subject_id = ?",
				String.valueOf(provider))).isEqualTo(1);

		var noName = staff().submit("/provider/" + provider + "/api-keys?lang=lv", "/provider/" + provider + "/api-keys",
				Map.of("label", " "));
		assertThat(noName.body()).contains("class=\"error-summary\"").contains("Ievadiet atslēgas nosaukumu");

		// only the key's hash and prefix are stored
		String stored = jdbc.sql("select key_hash || ' ' || key_prefix from account_api_key where id = ?").param(keyId)
			.query(String.class).single();
		assertThat(stored).doesNotContain(key).contains(key.substring(0, 12));

		// staff of other providers cannot manage this provider's keys
		long revenueOffice = jdbc.sql("select id from account_provider where kind = 'LOCAL_AUTHORITY' and name like 'Столична%'")
			.query(Long.class).single();
		assertThat(staff().get("/provider/" + revenueOffice + "/api-keys").statusCode()).isEqualTo(404);
		assertThat(citizen().get("/provider/" + provider + "/api-keys").statusCode()).isEqualTo(403);
	}

	@Test
	void malformedJsonAndUnknownFieldsAreRefusedWithClearMessages() {
		long provider = newProvider();
		String key = newKey(provider);
		String reference = unique("SHAPE");
		link(provider, reference);

		Answer malformed = post(key, "/accounts", "{\"accounts\": [ {\"reference\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("MALFORMED_JSON");
		assertThat(malformed.json().path("message").asString()).startsWith("The body is not valid JSON");
		assertThat(malformed.response().headers().firstValue("Content-Type").orElse("")).startsWith("application/json");

		Answer unknownField = post(key, "/accounts", accounts(account(reference, "1", "0").replace("}", ",\"balanse\":1}")));
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(unknownField.code()).isEqualTo("UNKNOWN_FIELD");
		assertThat(unknownField.json().path("message").asString()).contains("'balanse'").contains("accounts[0]");

		assertThat(post(key, "/accounts", "{\"accounts\":[],\"extra\":true}").code()).isEqualTo("UNKNOWN_FIELD");
		assertThat(post(key, "/accounts", "{\"transactions\":[]}").code()).isEqualTo("UNKNOWN_FIELD");
		assertThat(post(key, "/accounts", "{}").code()).isEqualTo("MISSING_FIELD");
		assertThat(post(key, "/accounts", "[1]").code()).isEqualTo("MALFORMED_JSON");
		assertThat(post(key, "/accounts", "{\"accounts\":[1]}").code()).isEqualTo("INVALID_ROW");
		assertThat(post(key, "/accounts", "{\"accounts\":[]} trailing").code()).isEqualTo("MALFORMED_JSON");
		assertThat(post(key, "/accounts", "{\"accounts\":[],\"accounts\":[]}").code()).isEqualTo("MALFORMED_JSON");

		Answer wrongType = post(key, "/accounts", accounts(account(reference, "1", "0").replace("\"RENT\"", "7")));
		assertThat(wrongType.status()).isEqualTo(422);
		assertThat(wrongType.error(0).path("code").asString()).isEqualTo("INVALID_TYPE");

		Answer text = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/providers/v1/accounts"))
			.header("Authorization", "Bearer " + key).header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(accounts())));
		assertThat(text.status()).isEqualTo(415);
		assertThat(get(key, "/nothing-here").status()).isEqualTo(404);
		Answer wrongMethod = get(key, "/accounts");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.response().headers().firstValue("Allow")).hasValue("POST");
		assertThat(count("select count(*) from account_record where reference = ?", reference)).isZero();
	}

	@Test
	void absurdValuesAreRowErrors() {
		long provider = newProvider();
		String key = newKey(provider);
		String reference = unique("ABSURD");
		link(provider, reference);
		String row = "{\"reference\":\"%s\",\"kind\":\"%s\",\"currency\":\"%s\",\"balance\":%s,\"arrears\":%s,\"nextDueDate\":%s,\"nextDueAmount\":%s}";
		Answer answer = post(key, "/accounts", accounts(
				row.formatted(reference, "RENT", "BGN", "99999999", "0", "null", "null"),
				row.formatted(reference + "-2", "HOUSE", "USD", "1.234", "\"abc\"", "\"31.12.2026\"", "5"),
				row.formatted(reference + "-3", "RENT", "BGN", "10", "20", "\"" + LocalDate.now().plusYears(2) + "\"", "-1"),
				row.formatted("", "RENT", "BGN", "1e3", "1E-5", "null", "1"),
				row.formatted("x".repeat(65), "RENT", "BGN", "-10000000.01", "0", "null", "null")));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(errors(answer)).containsExactly(
				"1 balance OUT_OF_RANGE",
				"2 kind INVALID_KIND",
				"2 currency INVALID_CURRENCY", "2 balance TOO_MANY_DECIMALS", "2 arrears INVALID_NUMBER",
				"2 nextDueDate INVALID_DATE",
				"3 arrears ARREARS_ABOVE_BALANCE", "3 nextDueDate DATE_TOO_LATE", "3 nextDueAmount NEGATIVE",
				"4 reference REQUIRED", "4 arrears TOO_MANY_DECIMALS", "4 nextDueDate DUE_INCOMPLETE",
				"5 reference TOO_LONG", "5 balance OUT_OF_RANGE");
		assertThat(answer.error(0).path("message").asString()).isEqualTo("Must be between -10,000,000 and 10,000,000.");
		assertThat(count("select count(*) from account_record where reference like ?", reference + "%")).isZero();

		Answer huge = post(key, "/accounts", accounts(account(reference, "1e999999999", "1e-999999999"),
				account(reference + "-2", "\"" + "9".repeat(100000) + "\"", "0")));
		assertThat(errors(huge)).containsExactly("1 balance OUT_OF_RANGE", "1 arrears TOO_MANY_DECIMALS",
				"2 balance INVALID_NUMBER");

		Answer nul = post(key, "/accounts", accounts(account(reference + "\\u0000", "1", "0")));
		assertThat(errors(nul)).containsExactly("1 reference INVALID_CHARACTERS");
	}

	@Test
	void transactionsInTheFutureAndDuplicateExternalIdsAreRowErrors() {
		long provider = newProvider();
		String key = newKey(provider);
		String reference = unique("DUP");
		link(provider, reference);
		assertThat(post(key, "/accounts", accounts(account(reference, "100", "0"))).status()).isEqualTo(200);

		Answer future = post(key, "/transactions", transactions(
				transaction(reference, "F-1", LocalDate.now().plusDays(5).toString(), "1", "future"),
				transaction(reference, "F-2", LocalDate.now().plusDays(1).toString(), "1", "tomorrow is fine"),
				transaction(reference, "F-3", "1999-12-31", "1", "too old"),
				transaction(reference, "F-4", "2026-02-30", "1", "no such day")));
		assertThat(errors(future)).containsExactly("1 date DATE_TOO_LATE", "3 date DATE_TOO_EARLY", "4 date INVALID_DATE");

		Answer twice = post(key, "/transactions", transactions(transaction(reference, "D-1", TODAY, "-10", "a"),
				transaction(reference, "D-1", TODAY, "-10", "a")));
		assertThat(twice.status()).isEqualTo(422);
		assertThat(errors(twice)).containsExactly("2 externalId DUPLICATE_IN_BATCH");
		assertThat(twice.error(0).path("message").asString()).contains("row 1");

		assertThat(post(key, "/transactions", transactions(transaction(reference, "D-1", TODAY, "-10", "a"))).status())
			.isEqualTo(200);
		Answer different = post(key, "/transactions", transactions(transaction(reference, "D-2", TODAY, "5", "new"),
				transaction(reference, "D-1", TODAY, "-11", "a")));
		assertThat(different.status()).isEqualTo(422);
		assertThat(errors(different)).containsExactly("2 externalId DUPLICATE_DIFFERENT");
		assertThat(different.error(0).path("message").asString()).startsWith("Duplicate external id with different content");
		assertThat(count("select count(*) from account_transaction t join account_record r on r.id = t.record_id where r.reference = ?",
				reference)).as("D-2 not stored: all or nothing").isEqualTo(1);

		Answer partial = post(key, "/transactions?partial=true", transactions(transaction(reference, "D-2", TODAY, "5", "new"),
				transaction(reference, "D-1", TODAY, "-11", "a")));
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.json().path("created").asInt()).isEqualTo(1);
		assertThat(partial.json().path("accepted").asInt()).isEqualTo(1);

		// a refused batch lists every problem at once: bad values, unlinked references and conflicts
		Answer all = post(key, "/transactions", transactions(transaction(reference, "D-1", TODAY, "-12", "a"),
				transaction(unique("NOBODY"), "N-1", TODAY, "1", "b"), transaction(reference, "D-3", TODAY, "1.001", "c")));
		assertThat(errors(all)).containsExactly("1 externalId DUPLICATE_DIFFERENT", "2 reference NOT_LINKED",
				"3 amount TOO_MANY_DECIMALS");
		assertThat(errors(partial)).containsExactly("2 externalId DUPLICATE_DIFFERENT");
		assertThat(jdbc.sql("select amount from account_transaction where external_id = 'D-1' and record_id = (select id from account_record where reference = ?)")
			.param(reference).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("-10");
	}

	@Test
	void oversizedBodiesAndBatchesAreRefusedWith413() {
		long provider = newProvider();
		String key = newKey(provider);
		String huge = "{\"accounts\":[],\"padding\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";

		Answer declared = post(key, "/accounts", huge);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.code()).isEqualTo("BODY_TOO_LARGE");
		assertThat(declared.json().path("message").asString()).contains("5 MB");

		// without a Content-Length (chunked), the body is read up to the limit only
		Answer chunked = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/providers/v1/accounts"))
			.header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))));
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(chunked.code()).isEqualTo("BODY_TOO_LARGE");

		String[] rows = IntStream.range(0, 5001).mapToObj(i -> account("R" + i, "1", "0")).toArray(String[]::new);
		Answer tooMany = post(key, "/accounts", accounts(rows));
		assertThat(tooMany.status()).isEqualTo(413);
		assertThat(tooMany.code()).isEqualTo("TOO_MANY_ROWS");
	}

	@Test
	void twoIdenticalPushesAtOnceStoreOneCopyWithoutErrors() throws Exception {
		long provider = newProvider();
		String key = newKey(provider);
		List<String> references = IntStream.range(0, 5).mapToObj(i -> unique("CONC")).toList();
		references.forEach(reference -> link(provider, reference));
		String accountBatch = accounts(references.stream().map(r -> account(r, "50", "10")).toArray(String[]::new));
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(transaction(references.get(i % 5), "TX-" + i, TODAY, (i % 2 == 0 ? "-" : "") + (i + 1) + ".25", "Ред № " + i));
		}
		String transactionBatch = transactions(rows.toArray(String[]::new));

		for (var pair : List.of(List.of("/accounts", accountBatch), List.of("/transactions", transactionBatch))) {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Answer> push = () -> {
				start.await();
				return post(key, pair.get(0), pair.get(1));
			};
			try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
				Future<Answer> one = threads.submit(push);
				Future<Answer> two = threads.submit(push);
				start.countDown();
				for (Answer answer : List.of(one.get(), two.get())) {
					assertThat(answer.status()).as(answer.json().toString()).isEqualTo(200);
					assertThat(answer.json().path("errors").size()).isZero();
				}
				int expected = pair.get(0).equals("/accounts") ? 5 : 1000;
				assertThat(one.get().json().path("created").asInt() + two.get().json().path("created").asInt())
					.isEqualTo(expected);
			}
		}
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).isEqualTo(5);
		assertThat(count("select count(*) from account_transaction t join account_record r on r.id = t.record_id where r.provider_id = ?",
				provider)).isEqualTo(1000);

		long started = System.nanoTime();
		Answer resent = post(key, "/transactions", transactionBatch);
		assertThat(resent.json().path("unchanged").asInt()).isEqualTo(1000);
		System.out.printf("Re-sending 1000 transactions took %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void aKeyIsRateLimitedWithRetryAfter() throws Exception {
		long provider = newProvider();
		String key = newKey(provider);
		List<Answer> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				futures.add(threads.submit(() -> get(key, "/links")));
			}
			for (Future<Answer> future : futures) {
				answers.add(future.get());
			}
		}
		List<Answer> limited = answers.stream().filter(a -> a.status() == 429).toList();
		assertThat(limited).isNotEmpty();
		assertThat(answers.stream().filter(a -> a.status() == 200).count()).isGreaterThanOrEqualTo(40);
		assertThat(limited.getFirst().code()).isEqualTo("RATE_LIMITED");
		assertThat(limited.getFirst().response().headers().firstValue("Retry-After")).hasValue("1");
		// another key of the same provider has its own bucket
		assertThat(get(newKey(provider), "/links").status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentIsPublic() {
		Answer document = get(null, "/openapi.json");
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().path("openapi").asString()).isEqualTo("3.1.0");
		assertThat(document.json().path("paths").propertyNames()).contains("/accounts", "/transactions", "/messages", "/links");
		assertThat(document.json().path("components").path("schemas").path("RowError").path("properties").path("code")
			.path("enum").toString()).contains("NOT_LINKED").contains("DUPLICATE_DIFFERENT");
	}

	private static List<String> errors(Answer answer) {
		List<String> errors = new ArrayList<>();
		for (JsonNode error : answer.json().path("errors")) {
			errors.add(error.path("row").asInt() + " " + error.path("field").asString() + " " + error.path("code").asString());
		}
		return errors;
	}
}
