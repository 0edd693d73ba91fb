package org.inclusio.account.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.inclusio.identity.People;
import org.inclusio.shared.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo providers in Sofia, the demo provider staff acting for the landlord, and the demo citizen with two linked
 * accounts (rent in arrears, council tax up to date) and a message, so the dashboard has something to show.
 */
@Component
@Order(10)
class AccountDemoData implements ApplicationRunner {

	private final Environment environment;

	private final People people;

	private final Providers providers;

	private final Consents consents;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccountDemoData(Environment environment, People people, Providers providers, Consents consents, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.people = people;
		this.providers = providers;
		this.consents = consents;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.wanted(environment)) {
			return;
		}
		people.municipality("sofia").ifPresent(sofia -> {
			if (providers.all(sofia).isEmpty()) {
				transactions.executeWithoutResult(status -> load(sofia));
			}
		});
	}

	private void load(long sofia) {
		long housing = providers.create(sofia, "Жилищно дружество „Надежда“", ProviderKind.LANDLORD);
		long revenue = providers.create(sofia, "Столична община – местни данъци", ProviderKind.LOCAL_AUTHORITY);
		providers.create(sofia, "Фондация „Заедно“", ProviderKind.NGO);
		people.findByEmail(sofia, "provider@sofia.inclusio.eu").ifPresent(staff -> providers.addMember(housing, staff.id()));
		people.findByEmail(sofia, "citizen@sofia.inclusio.eu").ifPresent(citizen -> {
			LocalDate today = LocalDate.now(clock);
			link(sofia, citizen.id(), housing, "NAD-2024-0117");
			link(sofia, citizen.id(), revenue, "ДДС-774512");
			long rent = record(housing, "NAD-2024-0117", "RENT", "240.00", "120.00", today.plusDays(9), "120.00");
			long tax = record(revenue, "ДДС-774512", "COUNCIL_TAX", "0.00", "0.00", today.plusDays(40), "86.40");
			transaction(rent, "R-1001", today.minusDays(52), "-120.00", "Наем за месеца");
			transaction(rent, "P-1001", today.minusDays(45), "120.00", "Плащане – благодарим!");
			transaction(rent, "R-1002", today.minusDays(22), "-120.00", "Наем за месеца");
			transaction(rent, "R-1003", today.minusDays(1), "-120.00", "Наем за месеца");
			transaction(tax, "T-2026-1", today.minusDays(30), "86.40", "Данък сгради – първа вноска, платена");
			jdbc.sql("""
					insert into account_message (provider_id, reference, external_id, subject, body, sent_at, received_at)
					values (:p, 'NAD-2024-0117', 'M-1', 'Разсрочено плащане', :body, :now, :now)
					""")
				.param("p", housing)
				.param("body", "Можем да договорим разсрочено плащане на просрочения наем. Обадете се на 02 123 4567.")
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		});
	}

	private void link(long tenant, long citizen, long provider, String reference) {
		long consent = consents.give(tenant, citizen, Consents.Kind.PROVIDER_LINK, provider, Links.SCOPE, Links.PURPOSE,
				Consents.PROVIDER_LINK_VALIDITY);
		jdbc.sql("""
				insert into account_link (tenant_id, citizen_id, provider_id, reference, consent_id, status, linked_at)
				values (:t, :c, :p, :r, :consent, 'ACTIVE', :now)
				""")
			.param("t", tenant).param("c", citizen).param("p", provider).param("r", reference).param("consent", consent)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private long record(long provider, String reference, String kind, String balance, String arrears, LocalDate due,
			String dueAmount) {
		return jdbc.sql("""
				insert into account_record (provider_id, reference, kind, currency, balance, arrears, next_due_date,
				                            next_due_amount, updated_at)
				values (:p, :r, :k, 'BGN', :b, :a, :d, :da, :now) returning id
				""")
			.param("p", provider).param("r", reference).param("k", kind).param("b", new BigDecimal(balance))
			.param("a", new BigDecimal(arrears)).param("d", due).param("da", new BigDecimal(dueAmount))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private void transaction(long record, String externalId, LocalDate on, String amount, String description) {
		jdbc.sql("""
				insert into account_transaction (record_id, external_id, booked_on, amount, description, received_at)
				values (:r, :e, :d, :a, :t, :now)
				""")
			.param("r", record).param("e", externalId).param("d", on).param("a", new BigDecimal(amount))
			.param("t", description).param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}
}
