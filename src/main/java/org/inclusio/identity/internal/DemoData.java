package org.inclusio.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.inclusio.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two municipalities and one person per role, so a new user can try everything. Loaded once into the embedded
 * database; into an external database only with {@code INCLUSIO_DEMO=true}. The README lists the accounts.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;

	private final TenantRepository tenants;

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoData(Environment environment, TenantRepository tenants, UserAccountRepository users, PasswordEncoder encoder,
			TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.tenants = tenants;
		this.users = users;
		this.encoder = encoder;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!org.inclusio.shared.DemoMode.wanted(environment) || tenants.findByCode("sofia").isPresent()) {
			return;
		}
		transactions.executeWithoutResult(status -> load());
		log.info("Demo data loaded: municipalities Sofia and Tvarditsa, one account per role (see README)");
	}

	private void load() {
		Tenant sofia = tenants.save(new Tenant("sofia", "Столична община (София)", "Sofija", "Sofia", "BG", clock.instant()));
		Tenant tvarditsa = tenants.save(new Tenant("tvarditsa", "Община Твърдица", "Tvărdica", "Tvarditsa", "BG", clock.instant()));
		String hash = encoder.encode(PASSWORD);
		record Person(Tenant tenant, String email, String name, String language, Role role) {
		}
		List<Person> people = List.of(
				new Person(sofia, "citizen@sofia.inclusio.eu", "Мария Петрова", "bg", Role.CITIZEN),
				new Person(sofia, "caseworker@sofia.inclusio.eu", "Иван Георгиев", "bg", Role.CASEWORKER),
				new Person(sofia, "provider@sofia.inclusio.eu", "Elena Dimitrova", "en", Role.PROVIDER_STAFF),
				new Person(sofia, "facilitator@sofia.inclusio.eu", "Līga Bērziņa", "lv", Role.FACILITATOR),
				new Person(sofia, "analyst@sofia.inclusio.eu", "Petar Ivanov", "en", Role.ANALYST),
				new Person(sofia, "admin@sofia.inclusio.eu", "Администратор София", "bg", Role.ADMIN),
				new Person(tvarditsa, "citizen@tvarditsa.inclusio.eu", "Стоян Илиев", "bg", Role.CITIZEN),
				new Person(tvarditsa, "admin@tvarditsa.inclusio.eu", "Администратор Твърдица", "bg", Role.ADMIN));
		for (Person person : people) {
			UserAccount account = new UserAccount(person.tenant().getId(), person.email(), person.name(), hash,
					person.language(), Set.of(person.role()), clock.instant());
			account.confirmEmail(clock.instant());
			users.save(account);
		}
	}
}
