package org.inclusio.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budget planner of the demo citizen of Sofia, who has linked rent (120.00 BGN a month, 120.00 overdue) and
 * council tax (86.40 next). Everything over real HTTP, as a browser without JavaScript would do it.
 */
class BudgetPlannerTest extends WebTest {

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	long citizen;

	@BeforeEach
	void emptyBudget() {
		citizen = userId(CITIZEN);
		jdbc.sql("delete from money_budget_line where citizen_id = :c").param("c", citizen).update();
	}

	@AfterEach
	void restore() {
		jdbc.sql("delete from money_budget_line where citizen_id = :c").param("c", citizen).update();
		// choosing ?lang= on a page is remembered as the person's language; the demo citizen speaks Bulgarian
		jdbc.sql("update identity_user set preferred_language = 'bg' where id = :c").param("c", citizen).update();
	}

	@Test
	void linkedAccountsAreThereAtOnceAndAShortfallPointsToAdvice() {
		HttpSession browser = signedIn(CITIZEN);
		String page = browser.get("/money?lang=en").body();
		assertThat(page).contains("<h1>Your budget</h1>")
			.contains("Currency: Bulgarian Lev (BGN), the same as your linked accounts.")
			.contains("Rent – Жилищно дружество „Надежда“")
			.contains("A month: 120.00\u00a0лв")
			.contains("You are behind by 120.00\u00a0лв.")
			.contains("Local taxes and fees – Столична община – местни данъци")
			.contains("A month: 86.40\u00a0лв");
		// nothing typed in yet: 0 - 0 - (120.00 + 86.40)
		assertThat(page).contains("You are short of 206.40\u00a0лв each month.")
			.contains("href=\"/money/advice\"")
			.contains("id=\"balance\">−206.40\u00a0лв<");
		assertThat(browser.get("/account?lang=en").body()).contains("href=\"/money\"").contains("Your money");
	}

	@Test
	void linesAreAddedAndRemovedAndTheBalanceAddsUp() {
		HttpSession browser = signedIn(CITIZEN);
		browser.get("/money?lang=en");
		assertThat(add(browser, "income", Map.of("label", "Wages", "amount", "850,50")).headers().firstValue("Location"))
			.hasValue("/money#income");
		add(browser, "income", Map.of("label", "Child benefit", "amount", "60"));
		add(browser, "essential", Map.of("label", "Food", "amount", "300.00"));
		add(browser, "essential", Map.of("label", "Phone", "amount", "12,50"));
		add(browser, "essential", Map.of("label", "Bus tickets", "amount", "12.50"));
		add(browser, "debt", Map.of("label", "Bank loan", "kind", "LOAN", "amount", "50"));
		var added = add(browser, "debt", Map.of("label", "Water company", "kind", "WATER", "amount", "20,00"));
		assertThat(added.headers().firstValue("Location")).hasValue("/money#debt");

		String page = browser.get("/money").body();
		assertThat(page).contains("Added: Water company.").contains("Wages").contains("850.50\u00a0лв")
			.contains("12.50\u00a0лв");
		// in: 850.50 + 60 = 910.50; essentials: 300 + 12.50 + 12.50 = 325.00;
		// bills and debts: 120.00 + 86.40 (linked) + 20.00 + 50.00 = 276.40; left: 309.10
		assertThat(page).contains("<dd class=\"nowrap\">910.50\u00a0лв</dd>")
			.contains("<dd class=\"nowrap\">−325.00\u00a0лв</dd>")
			.contains("<dd class=\"nowrap\">−276.40\u00a0лв</dd>")
			.contains("id=\"balance\">309.10\u00a0лв<")
			.contains("You have 309.10\u00a0лв left each month.")
			.doesNotContain("You are short of");

		// priority debts first: rent, then local taxes, then water (typed in), then the loan under "Other debts"
		assertThat(page).containsSubsequence("Pay these first", "Rent – Жилищно дружество „Надежда“",
				"Local taxes and fees – Столична община", "Water – Water company", "Other debts",
				"Loan or credit card – Bank loan");

		long loan = lineId("Bank loan");
		var removed = browser.submit("/money", "/money/lines/" + loan + "/remove", Map.of());
		assertThat(removed.headers().firstValue("Location")).hasValue("/money#debt");
		page = browser.get("/money").body();
		assertThat(page).contains("Removed: Bank loan.").doesNotContain("Loan or credit card – Bank loan")
			.contains("id=\"balance\">359.10\u00a0лв<");
		assertThat(jdbc.sql("select count(*) from identity_audit_log where subject_type = 'money-budget-line' and action = 'DELETE' and subject_id = :id")
			.param("id", String.valueOf(loan)).query(Integer.class).single()).isEqualTo(1);

		// somebody else (here of another municipality) cannot remove one's lines, even knowing the number
		long wages = lineId("Wages");
		HttpSession other = newCitizen("money.other@example.org", "tvarditsa");
		other.submit("/money", "/money/lines/" + wages + "/remove", Map.of());
		assertThat(jdbc.sql("select count(*) from money_budget_line where id = :id").param("id", wages)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(other.get("/money?lang=en").body()).doesNotContain("Wages").contains("Currency: Bulgarian Lev (BGN).");
	}

	@Test
	void mistakesAreExplainedInBulgarianAndLatvianAndWhatWasTypedStays() {
		HttpSession browser = signedIn(CITIZEN);
		browser.get("/money?lang=bg");
		var bg = add(browser, "income", Map.of("label", " ", "amount", "-5"));
		assertThat(bg.statusCode()).isEqualTo(200);
		assertThat(bg.body()).contains("<title>Грешка: Вашият бюджет</title>")
			.contains("Има проблем")
			.contains("href=\"#income-label\">Напишете откъде идват парите, например Заплата<")
			.contains("href=\"#income-amount\">Въведете сумата без знак минус<")
			.contains("id=\"income-amount\"")
			.contains("value=\"-5\"")
			.contains("aria-invalid=\"true\"");

		browser.get("/money?lang=lv");
		var lv = add(browser, "essential", Map.of("label", "Pārtika", "amount", "abc"));
		assertThat(lv.body()).contains("Radusies problēma")
			.contains("href=\"#essential-amount\">Ievadiet summu ar cipariem, piemēram, 12,50 vai 12.50<")
			.contains("value=\"Pārtika\"")
			.contains("value=\"abc\"");
		assertThat(add(browser, "income", Map.of("label", "Alga", "amount", "2000000")).body())
			.contains("Ievadiet summu, kas nav lielāka par 1 000 000");
		assertThat(add(browser, "income", Map.of("label", "Alga", "amount", "0")).body())
			.contains("Ievadiet summu, kas lielāka par 0");
		var debt = add(browser, "debt", Map.of("label", "Banka", "kind", "", "amount", "10"));
		assertThat(debt.body()).contains("href=\"#debt-kind\">Izvēlieties, par ko ir rēķins vai parāds<")
			.contains("value=\"Banka\"");
		assertThat(add(browser, "debt", Map.of("label", "x".repeat(81), "kind", "LOAN", "amount", "10")).body())
			.contains("Izmantojiet ne vairāk kā 80 zīmes");

		assertThat(jdbc.sql("select count(*) from money_budget_line where citizen_id = :c").param("c", citizen)
			.query(Integer.class).single()).as("nothing half-saved").isZero();
	}

	@Test
	void whatIfSaysByWhenTheArrearsAreClearedAndWhatIsLeft() {
		HttpSession browser = signedIn(CITIZEN);
		long rent = jdbc.sql("select id from account_link where reference = 'NAD-2024-0117' and status = 'ACTIVE'")
			.query(Long.class).single();
		add(browser, "income", Map.of("label", "Wages", "amount", "500"));
		String form = browser.get("/money/what-if?lang=en").body();
		assertThat(form).contains("What if I pay more?").contains("<option value=\"" + rent + "\" selected=\"selected\">");

		String answer = browser.get("/money/what-if?account=" + rent + "&extra=35").body();
		String month = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ENGLISH)
			.format(YearMonth.now(ZoneOffset.UTC).plusMonths(4));
		// ceil(120.00 / 35.00) = 4 months; left: 500 - 206.40 = 293.60, then 258.60
		assertThat(answer).contains("If you pay 35.00\u00a0лв more each month")
			.contains("you would pay off the 120.00\u00a0лв you are behind on in 4 months. Last month: " + month + ".")
			.contains("Money left each month: 293.60\u00a0лв now, 258.60\u00a0лв then.");

		String tooMuch = browser.get("/money/what-if?account=" + rent + "&extra=300").body();
		assertThat(tooMuch).contains("in 1 month.").contains("That would leave you short of 6.40\u00a0лв each month.")
			.contains("href=\"/money/advice\"");

		String bg = browser.get("/money/what-if?account=" + rent + "&extra=0&lang=bg").body();
		assertThat(bg).contains("Има проблем").contains("Въведете сума, по-голяма от 0");
		assertThat(browser.get("/money/what-if?account=999999&extra=abc&lang=en").body())
			.contains("href=\"#account\">Choose the account<")
			.contains("href=\"#extra\">Enter the amount in numbers, for example 12,50 or 12.50<");
	}

	@Test
	void adviceIsForEveryoneThePlannerOnlyForTheCitizen() {
		HttpSession anonymous = browser();
		assertThat(anonymous.get("/money/advice?lang=bg").body()).contains("Помощ за пари и дългове")
			.contains("Дирекция „Социално подпомагане“");
		assertThat(anonymous.get("/money/advice?lang=lv").body()).contains("Palīdzība naudas un parādu jautājumos");
		assertThat(anonymous.get("/money/advice?lang=en").body()).contains("Pay the most important bills first")
			.doesNotContain("Use the budget planner");
		assertThat(anonymous.get("/money").statusCode()).isEqualTo(302);
		assertThat(anonymous.get("/money/settings").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(signedIn("caseworker@sofia.inclusio.eu").get("/money").statusCode()).isEqualTo(403);
		assertThat(signedIn(CITIZEN).get("/money/advice?lang=en").body()).contains("Use the budget planner");
	}

	@Test
	void reminderSettingsAreCheckedAndKept() {
		HttpSession browser = signedIn(CITIZEN);
		browser.get("/money/settings?lang=lv");
		var wrong = browser.submit("/money/settings", "/money/settings", Map.of("email", "true", "daysBefore", "15"));
		assertThat(wrong.body()).contains("Radusies problēma").contains("Ievadiet veselu skaitli no 1 līdz 14")
			.contains("value=\"15\"");
		assertThat(browser.submit("/money/settings", "/money/settings", Map.of("daysBefore", "")).body())
			.contains("Ievadiet, cik dienas pirms maksājuma termiņa");
		var saved = browser.submit("/money/settings", "/money/settings", Map.of("inApp", "true", "daysBefore", " 7 "));
		assertThat(saved.headers().firstValue("Location")).hasValue("/money/settings");
		String page = browser.get("/money/settings").body();
		assertThat(page).contains("Jūsu izvēle ir saglabāta.").contains("value=\"7\"");
		assertThat(jdbc.sql("select email_enabled::text || in_app_enabled::text || days_before from money_preference where citizen_id = :c")
			.param("c", citizen).query(String.class).single()).isEqualTo("falsetrue7");
		jdbc.sql("delete from money_preference where citizen_id = :c").param("c", citizen).update();
	}

	private HttpResponse<String> add(HttpSession browser, String section, Map<String, String> fields) {
		return browser.submit("/money", "/money/" + section, fields);
	}

	private HttpSession newCitizen(String email, String municipality) {
		HttpSession browser = browser();
		browser.submit("/register", "/register", Map.of("displayName", "Money Test", "email", email, "password",
				"green river morning bread", "municipality", municipality, "language", "en"));
		jdbc.sql("update identity_user set email_confirmed_at = now() where email_normalized = :e").param("e", email).update();
		assertThat(browser.signIn(email, "green river morning bread").headers().firstValue("Location")).hasValue("/");
		return browser;
	}

	private long lineId(String label) {
		return jdbc.sql("select id from money_budget_line where citizen_id = :c and label = :l")
			.param("c", citizen).param("l", label).query(Long.class).single();
	}
}
