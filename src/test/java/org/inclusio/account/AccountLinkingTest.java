package org.inclusio.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/** A provider gives a code on paper; the citizen links with explicit consent, sees the data, and can stop it. */
class AccountLinkingTest extends WebTest {

	private static final Pattern CODE = Pattern.compile("class=\"code\">([A-Z0-9-]{14})<");

	long housing() {
		return jdbc.sql("select id from account_provider where name = 'Жилищно дружество „Надежда“'").query(Long.class).single();
	}

	String issueCode(String reference) {
		HttpSession provider = signedIn("provider@sofia.inclusio.eu");
		var letter = provider.submit("/provider/" + housing() + "?lang=en", "/provider/" + housing() + "/link-codes",
				Map.of("reference", reference));
		assertThat(letter.statusCode()).isEqualTo(200);
		Matcher matcher = CODE.matcher(letter.body());
		assertThat(matcher.find()).as(letter.body()).isTrue();
		return matcher.group(1);
	}

	HttpSession newCitizen(String email) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Test Citizen", "email", email, "password",
				"green river morning bread", "municipality", "sofia", "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		var signedIn = browser.signIn(email, "green river morning bread");
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
		return browser;
	}

	@Test
	void aCitizenLinksWithConsentSeesTheAccountAndRevokesIt() {
		String code = issueCode("LINK-TEST-1");
		HttpSession citizen = newCitizen("linking.one@example.org");
		long provider = housing();

		var consentPage = citizen.submit("/account/link?lang=en", "/account/link",
				Map.of("provider", String.valueOf(provider), "code", code.toLowerCase().replace("-", " ")));
		assertThat(consentPage.body()).contains("Do you agree?").contains("Жилищно дружество „Надежда“");
		assertThat(jdbc.sql("select count(*) from account_link_code where used_at is null and reference = 'LINK-TEST-1'")
			.query(Integer.class).single()).as("nothing used before consent").isEqualTo(1);

		var withoutAgreeing = citizen.submit("/account/link", "/account/link/confirm",
				Map.of("provider", String.valueOf(provider), "code", code));
		assertThat(withoutAgreeing.body()).contains("Tick the box to agree");
		assertThat(linksOf("linking.one@example.org")).isZero();

		var linked = citizen.submit("/account/link", "/account/link/confirm",
				Map.of("provider", String.valueOf(provider), "code", code, "agree", "true"));
		assertThat(linked.headers().firstValue("Location")).hasValue("/account");
		assertThat(linksOf("linking.one@example.org")).isEqualTo(1);
		var consent = jdbc.sql("""
				select c.kind, c.text_version, c.scope, c.revoked_at is null as active from account_consent c
				join account_link l on l.consent_id = c.id join identity_user u on u.id = l.citizen_id
				where u.email_normalized = 'linking.one@example.org'
				""").query().singleRow();
		assertThat(consent).containsEntry("kind", "PROVIDER_LINK").containsEntry("active", true);

		// the provider's data appears on the dashboard, in plain language
		jdbc.sql("""
				insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date,
				  next_due_amount, updated_at) values (:p, 'LINK-TEST-1', 'RENT', 'BGN', 155, 120, current_date + 5, 35, now())
				""").param("p", provider).update();
		String dashboard = citizen.get("/account?lang=en").body();
		assertThat(dashboard).contains("You owe 120.00\u00a0лв rent that is overdue.").contains("Next payment: 35.00\u00a0лв")
			.contains("Get free debt advice");
		assertThat(citizen.get("/account?lang=bg").body()).contains("Дължите 120,00\u00a0лв за наем");

		// a used code cannot be used again
		HttpSession other = newCitizen("linking.two@example.org");
		var reused = other.submit("/account/link?lang=en", "/account/link",
				Map.of("provider", String.valueOf(provider), "code", code));
		assertThat(reused.body()).contains("This code has already been used");

		// revoking stops it at once and deletes what the provider sent
		long link = jdbc.sql("select l.id from account_link l join identity_user u on u.id = l.citizen_id where u.email_normalized = 'linking.one@example.org'")
			.query(Long.class).single();
		var revoked = citizen.submit("/account/links", "/account/links/" + link + "/revoke", Map.of());
		assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(302);
		assertThat(revoked.headers().firstValue("Location")).hasValue("/account/links");
		assertThat(citizen.get("/account?lang=en").body()).doesNotContain("LINK-TEST-1").doesNotContain("120.00");
		assertThat(jdbc.sql("select count(*) from account_record where reference = 'LINK-TEST-1'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select status from account_link where id = :id").param("id", link).query(String.class).single())
			.isEqualTo("REVOKED");
	}

	@Test
	void wrongExpiredAndForeignCodesAreExplainedAndNothingIsLinked() {
		HttpSession citizen = newCitizen("linking.three@example.org");
		long provider = housing();
		assertThat(citizen.submit("/account/link?lang=lv", "/account/link", Map.of("provider", String.valueOf(provider),
				"code", "AAAA-BBBB-CCCC")).body()).contains("Kods nav pareizs");
		assertThat(citizen.submit("/account/link?lang=bg", "/account/link", Map.of("provider", "", "code", ""))
			.body()).contains("Изберете кой ви даде кода").contains("Въведете кода за свързване");

		String expired = issueCode("LINK-TEST-EXPIRED");
		jdbc.sql("update account_link_code set expires_at = now() - interval '1 minute' where reference = 'LINK-TEST-EXPIRED'").update();
		assertThat(citizen.submit("/account/link?lang=en", "/account/link", Map.of("provider", String.valueOf(provider),
				"code", expired)).body()).contains("This code is too old");

		// a provider of another municipality cannot be chosen by a Sofia citizen
		long tvarditsa = jdbc.sql("select id from identity_tenant where code = 'tvarditsa'").query(Long.class).single();
		long foreign = jdbc.sql("insert into account_provider (tenant_id, name, kind, created_at) values (:t, 'Tvarditsa Water', 'UTILITY', now()) returning id")
			.param("t", tvarditsa).query(Long.class).single();
		String code = issueCode("LINK-TEST-FOREIGN");
		assertThat(citizen.submit("/account/link?lang=en", "/account/link", Map.of("provider", String.valueOf(foreign),
				"code", code)).body()).contains("Choose who gave you the code");
		assertThat(linksOf("linking.three@example.org")).isZero();
	}

	@Test
	void aCaseworkerSeesTheDashboardOnlyWithConsentAndEveryLookIsAudited() {
		HttpSession citizen = signedIn("citizen@sofia.inclusio.eu");
		citizen.submit("/account/links", "/account/sharing/revoke", Map.of());
		long citizenId = userId("citizen@sofia.inclusio.eu");
		HttpSession caseworker = signedIn("caseworker@sofia.inclusio.eu");

		assertThat(caseworker.get("/caseworker/citizens/" + citizenId + "/account").statusCode()).isEqualTo(403);
		// "has not agreed", or "no longer" if another test had the demo resident share before
		assertThat(caseworker.get("/caseworker/citizens?email=citizen@sofia.inclusio.eu&lang=en").body())
			.containsAnyOf("has not agreed", "no longer lets caseworkers see their accounts")
			.doesNotContain("/caseworker/citizens/" + citizenId + "/account");

		citizen.submit("/account/links", "/account/sharing", Map.of());
		var view = caseworker.get("/caseworker/citizens/" + citizenId + "/account?lang=en");
		assertThat(view.statusCode()).isEqualTo(200);
		assertThat(view.body()).contains("You can only read this").contains("Жилищно дружество „Надежда“")
			.doesNotContain("Mark as read");
		String requestId = view.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(jdbc.sql("select action from identity_audit_log where request_id = :r and subject_type = 'citizen-dashboard'")
			.param("r", requestId).query(String.class).single()).isEqualTo("READ");
		assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'READ_REFUSED' and subject_id = :id")
			.param("id", String.valueOf(citizenId)).query(Integer.class).single()).isPositive();

		citizen.submit("/account/links", "/account/sharing/revoke", Map.of());
		assertThat(caseworker.get("/caseworker/citizens/" + citizenId + "/account").statusCode()).isEqualTo(403);

		// another municipality's caseworker never sees Sofia's citizens
		long tvarditsaCitizen = userId("citizen@tvarditsa.inclusio.eu");
		assertThat(caseworker.get("/caseworker/citizens/" + tvarditsaCitizen + "/account").statusCode()).isEqualTo(404);
	}

	@Test
	void aCaseworkerIsToldInTheirLanguageThatAResidentDoesNotOrNoLongerShare() {
		String email = "linking.sharing." + System.nanoTime() + "@example.org";
		HttpSession citizen = newCitizen(email);
		long citizenId = userId(email);
		HttpSession caseworker = signedIn("caseworker@sofia.inclusio.eu");
		String view = "/caseworker/citizens/" + citizenId + "/account";
		try {
			// never shared: a page that says so and what to do, not a bare error page; still a refusal
			var never = caseworker.get(view + "?lang=en");
			assertThat(never.statusCode()).isEqualTo(403);
			assertThat(never.body()).contains("<h1>Test Citizen does not share their accounts with caseworkers</h1>")
				.contains("Test Citizen does not let caseworkers see their accounts, so you cannot see them.")
				.contains("ask them").contains("href=\"/caseworker/citizens\"").contains("Find another resident")
				.doesNotContain("You cannot see this page");
			assertThat(caseworker.get("/caseworker/citizens?email=" + email).body()).contains("has not agreed");
			assertThat(refusals(citizenId, "no-consent:never")).isEqualTo(1);

			// shared, then stopped: "no longer", in Bulgarian and Latvian too, and nothing of the accounts
			citizen.submit("/account/links", "/account/sharing", Map.of());
			assertThat(caseworker.get(view).statusCode()).isEqualTo(200);
			citizen.submit("/account/links", "/account/sharing/revoke", Map.of());
			var stopped = caseworker.get(view + "?lang=bg");
			assertThat(stopped.statusCode()).isEqualTo(403);
			assertThat(stopped.body()).contains("<h1>Test Citizen вече не споделя сметките си със социалните работници</h1>")
				.contains("Test Citizen спря достъпа на социалните работници до сметките си")
				.contains("Търсене на друг жител").contains("lang=\"bg\"");
			assertThat(caseworker.get(view + "?lang=lv").body())
				.contains("<h1>Test Citizen vairs nekopīgo savus kontus ar sociālajiem darbiniekiem</h1>")
				.contains("Atrast citu iedzīvotāju");
			assertThat(caseworker.get("/caseworker/citizens?email=" + email + "&lang=en").body())
				.contains("This person no longer lets caseworkers see their accounts: sharing has been stopped.")
				.doesNotContain(view);
			assertThat(refusals(citizenId, "no-consent:stopped")).isEqualTo(2);

			// shared again, and the time agreed runs out
			citizen.submit("/account/links", "/account/sharing", Map.of());
			jdbc.sql("""
					update account_consent set expires_at = now() - interval '1 second'
					where citizen_id = :c and kind = 'CASEWORKER_VIEW' and revoked_at is null
					""").param("c", citizenId).update();
			var ended = caseworker.get(view);
			assertThat(ended.statusCode()).isEqualTo(403);
			assertThat(ended.body()).contains("<h1>Test Citizen no longer shares their accounts with caseworkers</h1>")
				.contains("The time for which Test Citizen let caseworkers see their accounts has ended");
			assertThat(refusals(citizenId, "no-consent:ended")).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'READ' and subject_type = 'citizen-dashboard' and subject_id = :id")
				.param("id", String.valueOf(citizenId)).query(Integer.class).single()).as("the one look while shared").isEqualTo(1);
		}
		finally {
			jdbc.sql("update identity_user set preferred_language = 'bg' where email = 'caseworker@sofia.inclusio.eu'").update();
		}
	}

	private int refusals(long citizenId, String why) {
		return jdbc.sql("""
				select count(*) from identity_audit_log
				where action = 'READ_REFUSED' and subject_type = 'citizen-dashboard' and subject_id = :id and details = :why
				""").param("id", String.valueOf(citizenId)).param("why", why).query(Integer.class).single();
	}

	@Test
	void guessingCodesIsStoppedAfterTenWrongOnes() {
		HttpSession citizen = newCitizen("linking.guesser@example.org");
		String provider = String.valueOf(housing());
		for (int i = 0; i < 10; i++) {
			assertThat(citizen.submit("/account/link?lang=en", "/account/link",
					Map.of("provider", provider, "code", "ZZZZ-ZZZZ-ZZ" + (10 + i))).body()).contains("This code is not right");
		}
		String code = issueCode("LINK-TEST-GUESSER");
		assertThat(citizen.submit("/account/link?lang=en", "/account/link", Map.of("provider", provider, "code", code))
			.body()).contains("Too many wrong codes");
	}

	@Test
	void onlyTheRightRolesReachEachPage() {
		HttpSession citizen = signedIn("citizen@sofia.inclusio.eu");
		assertThat(citizen.get("/provider").statusCode()).isEqualTo(403);
		assertThat(citizen.get("/caseworker/citizens").statusCode()).isEqualTo(403);
		assertThat(citizen.get("/admin/providers").statusCode()).isEqualTo(403);
		assertThat(signedIn("caseworker@sofia.inclusio.eu").get("/account").statusCode()).isEqualTo(403);
		// provider staff see only providers they act for
		long revenue = jdbc.sql("select id from account_provider where kind = 'LOCAL_AUTHORITY' and name like 'Столична%'")
			.query(Long.class).single();
		assertThat(signedIn("provider@sofia.inclusio.eu").get("/provider/" + revenue).statusCode()).isEqualTo(404);
	}

	@Test
	void theLinkedAccountsApiGivesPriorityAndArrearsFirst() {
		var accounts = jdbc.sql("select count(*) from account_link where status = 'ACTIVE'").query(Integer.class).single();
		assertThat(accounts).isPositive();
		assertThat(new AccountSummary(1, 1, "x", "r", AccountKind.RENT, "BGN", BigDecimal.ONE, BigDecimal.TEN, null, null)
			.hasArrears()).isTrue();
		assertThat(AccountKind.RENT.isPriorityDebt()).isTrue();
		assertThat(AccountKind.LOAN.isPriorityDebt()).isFalse();
	}

	private int linksOf(String email) {
		return jdbc.sql("select count(*) from account_link l join identity_user u on u.id = l.citizen_id where u.email_normalized = :e and l.status = 'ACTIVE'")
			.param("e", email).query(Integer.class).single();
	}
}
