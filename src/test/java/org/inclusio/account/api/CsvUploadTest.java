package org.inclusio.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;

/** Provider staff upload spreadsheets saved as CSV, check the preview and store them. */
class CsvUploadTest extends ProviderDataTestSupport {

	static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	@Test
	void aSemicolonFileWithCyrillicDecimalCommasAndDottedDatesIsPreviewedAndStoredOnce() {
		long provider = newProvider();
		String housing = unique("ЖК-ЛЮЛИН");
		String energy = unique("ТОПЛО");
		link(provider, housing);
		link(provider, energy);
		LocalDate due = LocalDate.now().plusDays(20);
		String csv = "reference;kind;currency;balance;arrears;next_due_date;next_due_amount\r\n"
				+ housing + ";rent;BGN;1 240,50;120,00;" + due.format(DOTTED) + ";120,00\r\n"
				+ ";;;;;;\r\n"
				+ energy + ";ENERGY;EUR;35,10;0;;\r\n";
		HttpSession staff = staff();
		staff.get("/?lang=bg");
		var uploaded = upload(staff, provider, "accounts", "smetki.csv", withBom(csv));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(preview).matches("/provider/" + provider + "/upload/[0-9a-f-]{36}");

		String page = staff.get(preview).body();
		assertThat(page).contains("Проверка преди записване").contains(housing).contains(energy)
			.contains("Редове, които могат да бъдат записани: 2 (нови: 2, променени: 0, вече записани: 0)")
			.contains("Наем").contains("Запиши редовете").doesNotContain("Редове с проблеми");
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).as("preview stores nothing").isZero();

		var committed = staff.submit(preview, preview + "/commit", Map.of());
		assertThat(committed.headers().firstValue("Location")).hasValue(preview);
		assertThat(staff.get(preview).body()).contains("Записано. Нови: 2, променени: 0, вече записани: 0.")
			.contains("Този файл е записан на").doesNotContain("Запиши редовете");
		var record = jdbc.sql("select kind, currency, balance, arrears, next_due_date, next_due_amount from account_record where reference = ?")
			.param(housing).query().singleRow();
		assertThat(record).containsEntry("kind", "RENT").containsEntry("currency", "BGN")
			.containsEntry("next_due_date", java.sql.Date.valueOf(due));
		assertThat((BigDecimal) record.get("balance")).isEqualByComparingTo("1240.50");
		assertThat((BigDecimal) record.get("arrears")).isEqualByComparingTo("120");
		assertThat(count("select count(*) from account_record where reference = ? and next_due_date is null", energy)).isEqualTo(1);

		// committing the same upload again changes nothing
		var again = staff.submit(preview, preview + "/commit", Map.of());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(staff.get(preview).body()).contains("Този файл вече беше записан. Нищо не е променено.");
		assertThat(count("select count(*) from identity_audit_log where action = 'CSV_UPLOAD' and subject_id = ?",
				String.valueOf(provider))).isEqualTo(1);

		// another staff member, or another provider's page, does not see the upload
		assertThat(signedIn("admin@sofia.inclusio.eu").get(preview).statusCode()).isEqualTo(403);
		assertThat(staff.get("/provider/" + provider + "/upload/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
	}

	@Test
	void aCommaFileOfTransactionsWithLatvianTextAndQuotesIsStored() {
		long provider = newProvider();
		String reference = unique("RĪGA-ŪDENS");
		link(provider, reference);
		HttpSession staff = staff();
		staff.get("/?lang=lv");
		commit(staff, upload(staff, provider, "accounts", "konti.csv",
				("Reference,Kind,Currency,Balance,Arrears\n" + reference + ",WATER,EUR,\"1,204.5\",0\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(count("select count(*) from account_record where reference = ?", reference)).as("1,204.5 is not a number here").isZero();

		commit(staff, upload(staff, provider, "accounts", "konti.csv",
				("reference,kind,currency,balance,arrears\n" + reference + ",WATER,EUR,1204.5,0\n").getBytes(StandardCharsets.UTF_8)));
		assertThat(count("select count(*) from account_record where reference = ?", reference)).isEqualTo(1);

		String csv = "reference,external_id,date,amount,description\n"
				+ reference + ",T-1," + LocalDate.now().minusDays(3).format(DOTTED) + ",-120.00,\"Īres maksa, novembris\"\n"
				+ reference + ",T-2," + LocalDate.now().minusDays(1) + ",50,\"Samaksa — paldies! \"\"Ķēķis\"\"\"\n";
		var uploaded = upload(staff, provider, "transactions", "darijumi.csv", withBom(csv));
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		assertThat(staff.get(preview).body()).contains("Īres maksa, novembris").contains("Samaksa — paldies! &quot;Ķēķis&quot;")
			.contains("Rindas, ko var saglabāt: 2").contains("Saglabāt rindas").contains("-120,00");
		staff.submit(preview, preview + "/commit", Map.of());
		assertThat(staff.get(preview).body()).contains("Saglabāts. Jaunas: 2");
		assertThat(jdbc.sql("""
				select string_agg(t.description, '|' order by t.external_id) from account_transaction t
				join account_record r on r.id = t.record_id where r.reference = ?
				""").param(reference).query(String.class).single())
			.isEqualTo("Īres maksa, novembris|Samaksa — paldies! \"Ķēķis\"");
	}

	@Test
	void thePreviewListsEveryProblemInThePersonsLanguageAndNothingIsStored() {
		long provider = newProvider();
		String reference = unique("KĻŪDA");
		String other = unique("CITS");
		link(provider, reference);
		link(provider, other);
		String stranger = unique("SVEŠS");
		String csv = "reference;kind;currency;balance;arrears;next_due_date;next_due_amount\n"
				+ reference + ";RENT;BGN;abc;0;;\n"
				+ stranger + ";RENT;BGN;10;0;;\n"
				+ other + ";HOUSE;BGN;10;0;32.13.2026;5\n"
				+ other + ";RENT;BGN;10;0;;\n";
		HttpSession staff = staff();
		staff.get("/?lang=lv");
		String preview = upload(staff, provider, "accounts", "kludas.csv", csv.getBytes(StandardCharsets.UTF_8))
			.headers().firstValue("Location").orElseThrow();
		String page = staff.get(preview).body();
		assertThat(page).contains("Rindas ar kļūdām: 4")
			.contains("Nav skaitlis. Rakstiet, piemēram, 120.50")
			.contains("Neviens klients nav sasaistījis šo numuru")
			.contains("Jābūt vienam no RENT, COUNCIL_TAX")
			.contains("Nav datums. Rakstiet, piemēram, 2026-12-31 vai 31.12.2026.")
			.contains("Tas pats ieraksts jau ir šī faila 4. rindā.")
			.contains("<code>balance</code>").contains("<code>next_due_date</code>")
			.doesNotContain("Saglabāt rindas");
		assertThat(page.indexOf(">2<")).as("line numbers").isPositive();
		assertThat(staff.get(preview + "?lang=bg").body()).contains("Не е число. Пишете например");

		var commit = staff.submit(preview, preview + "/commit", Map.of());
		assertThat(commit.statusCode()).isEqualTo(302);
		assertThat(staff.get(preview + "?lang=en").body()).contains("Nothing was stored: some rows have problems.")
			.doesNotContain("This file was stored on");
		assertThat(count("select count(*) from account_upload where provider_id = ? and committed_at is null", provider))
			.as("a refused commit leaves the upload uncommitted").isEqualTo(1);
		assertThat(count("select count(*) from account_record where provider_id = ?", provider)).isZero();
	}

	@Test
	void aFileThatIsNotUtf8OrLacksAColumnIsRefusedWithAClearMessage() throws Exception {
		long provider = newProvider();
		HttpSession staff = staff();
		staff.get("/?lang=bg");
		ByteArrayOutputStream windows1251 = new ByteArrayOutputStream();
		windows1251.writeBytes("reference;kind;currency;balance;arrears\n".getBytes(StandardCharsets.UTF_8));
		windows1251.writeBytes("ЖК-1;RENT;BGN;10;0 Наем\n".getBytes(Charset.forName("windows-1251")));
		var notUtf8 = upload(staff, provider, "accounts", "cp1251.csv", windows1251.toByteArray());
		assertThat(notUtf8.statusCode()).isEqualTo(200);
		assertThat(notUtf8.body()).contains("Файлът не е запазен в UTF-8 (първият проблем е на ред 2)")
			.contains("class=\"error-summary\"");

		staff.get("/?lang=en");
		var missing = upload(staff, provider, "transactions", "tx.csv",
				"reference,external_id,date,description\nA,1,2026-01-01,x\n".getBytes(StandardCharsets.UTF_8));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("The file has no column amount. The first row must name the columns: "
				+ "reference, external_id, date, amount, description");

		var unknown = upload(staff, provider, "transactions", "tx.csv",
				"reference,external_id,date,amount,description,amount_eur\n".getBytes(StandardCharsets.UTF_8));
		assertThat(unknown.body()).contains("The file has columns we do not know: amount_eur");
		assertThat(upload(staff, provider, "transactions", "tx.csv",
				"reference,external_id,date,amount,description\n".getBytes(StandardCharsets.UTF_8)).body())
			.contains("The file has no rows below the column names");
		assertThat(upload(staff, provider, "transactions", "tx.csv",
				"reference,external_id,date,amount,description\nA,1,2026-01-01,1,\"open\n".getBytes(StandardCharsets.UTF_8)).body())
			.contains("A double quote opened on line 2 is never closed");
		var nothingChosen = upload(staff, provider, null, "", new byte[0]);
		assertThat(nothingChosen.body()).contains("Choose what the file contains").contains("Choose a CSV file");
		assertThat(count("select count(*) from account_upload where provider_id = ?", provider)).isZero();
	}

	@Test
	void aFileOverTwentyMegabytesIsRefusedInThePersonsLanguage() {
		long provider = newProvider();
		HttpSession staff = staff();
		staff.get("/?lang=lv");
		byte[] big = ("reference,external_id,date,amount,description\n" + "A,1,2026-01-01,1,x\n".repeat(1_110_000))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(big.length).isGreaterThan(20 * 1024 * 1024);
		var refused = upload(staff, provider, "transactions", "big.csv", big);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValue("/provider/" + provider + "/upload?tooLarge");
		assertThat(staff.get("/provider/" + provider + "/upload?tooLarge").body())
			.contains("Fails ir lielāks par 20 MB. Sadaliet to mazākos failos");
	}

	@Test
	void anUploadStoredInTheEarlierFormatIsStillPreviewedAndStored() {
		long provider = newProvider();
		String reference = unique("AGRĀK");
		link(provider, reference);
		long staffId = jdbc.sql("select id from identity_user where email_normalized = ?").param(STAFF).query(Long.class).single();
		java.util.UUID upload = java.util.UUID.randomUUID();
		// rows as objects, as uploads were kept until the rows became arrays
		jdbc.sql("""
				insert into account_upload (id, provider_id, user_id, dataset, file_name, decimal_comma, row_count, rows,
				                            created_at, expires_at)
				values (?, ?, ?, 'ACCOUNTS', 'earlier.csv', false, 1,
				        cast(? as jsonb), now(), now() + interval '1 day')""")
			.params(upload, provider, staffId, "[{\"row\": 2, \"values\": {\"reference\": \"" + reference
					+ "\", \"kind\": \"RENT\", \"currency\": \"EUR\", \"balance\": \"12.50\", \"arrears\": \"0\"}}]")
			.update();
		HttpSession staff = staff();
		staff.get("/?lang=en");
		String preview = "/provider/" + provider + "/upload/" + upload;
		assertThat(staff.get(preview).body()).contains("Rows that can be stored: 1 (new: 1, changed: 0, already stored: 0)")
			.contains(reference);
		staff.submit(preview, preview + "/commit", Map.of());
		assertThat(count("select count(*) from account_record where reference = ? and balance = 12.50", reference)).isEqualTo(1);
	}

	@Test
	void theProviderPageLinksToUploadAndKeys() {
		long provider = newProvider();
		String page = staff().get("/provider/" + provider + "?lang=en").body();
		assertThat(page).contains("/provider/" + provider + "/upload").contains("/provider/" + provider + "/api-keys")
			.contains("Send account information to Inclusio");
		assertThat(staff().get("/provider/" + provider + "/upload?lang=bg").body()).contains("Качване на таблица")
			.contains("next_due_date").contains("По избор: кога е следващото плащане");
	}

	private void commit(HttpSession staff, java.net.http.HttpResponse<String> uploaded) {
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String preview = uploaded.headers().firstValue("Location").orElseThrow();
		staff.submit(preview, preview + "/commit", Map.of());
	}

	private static byte[] withBom(String csv) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		out.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}
}
