package org.inclusio.money.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.inclusio.account.AccountSummary;
import org.inclusio.account.LinkedAccounts;
import org.inclusio.account.LinkedAccounts.CitizenAccount;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.People;
import org.inclusio.identity.Role;
import org.inclusio.notification.Mailer;
import org.inclusio.shared.web.Amounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due-date reminders and arrears alerts, by email and in the app, as each citizen chose. Runs on one node at a
 * time (ShedLock), but is safe anyway if two runs overlap: a reminder is claimed in money_reminder_sent (unique per
 * account, due date and kind) before it is sent, and an arrears alert needs the row of the last seen amount,
 * locked, to change. Each account is handled in its own transaction, so one failure stops nothing else, and an
 * email leaves (through the outbox) exactly when its reminder was recorded.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	static final String DUE_SOON = "DUE_SOON";

	private final LinkedAccounts accounts;

	private final Preferences preferences;

	private final Unsubscribes unsubscribes;

	private final Notices notices;

	private final People people;

	private final Mailer mailer;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Amounts amounts;

	private final MessageSource messages;

	private final String baseUrl;

	Reminders(LinkedAccounts accounts, Preferences preferences, Unsubscribes unsubscribes, Notices notices,
			People people, Mailer mailer, AuditLog audit, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, Amounts amounts, MessageSource messages, @Value("${inclusio.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.preferences = preferences;
		this.unsubscribes = unsubscribes;
		this.notices = notices;
		this.people = people;
		this.mailer = mailer;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.amounts = amounts;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** What one run did. */
	record Outcome(int reminders, int alerts) {
	}

	/**
	 * Every hour from 7:00 to 20:00 by default, so nobody gets a reminder at night: inclusio.money.reminders.cron
	 * ("-" turns it off), in the time zone inclusio.money.reminders.zone (default: the server's).
	 */
	@Scheduled(cron = "${inclusio.money.reminders.cron:0 0 7-20 * * *}", zone = "${inclusio.money.reminders.zone:}")
	@SchedulerLock(name = "money.reminders", lockAtMostFor = "PT30M")
	void scheduled() {
		Outcome outcome = run();
		if (outcome.reminders() + outcome.alerts() > 0) {
			log.info("Money reminders: {} reminders, {} arrears alerts", outcome.reminders(), outcome.alerts());
		}
	}

	/** One pass over every active, consented linked account. As often as wanted: nothing is sent twice. */
	Outcome run() {
		LocalDate today = LocalDate.now(clock);
		List<CitizenAccount> all = accounts.allActive();
		Map<Long, Preferences.Preference> chosen = preferences.of(all.stream().map(CitizenAccount::citizenId).distinct().toList());
		Map<Long, Optional<People.Person>> persons = new HashMap<>();
		int reminders = 0;
		int alerts = 0;
		for (CitizenAccount held : all) {
			Preferences.Preference preference = chosen.get(held.citizenId());
			if (isDueSoon(held.account(), preference, today) && preference.anyChannel()
					&& remind(held, preference, today, persons)) {
				reminders++;
			}
		}
		Map<Long, BigDecimal> seen = new LinkedHashMap<>();
		jdbc.sql("select link_id, arrears from money_arrears_seen").query(rs -> {
			seen.put(rs.getLong(1), rs.getBigDecimal(2));
		});
		for (CitizenAccount held : all) {
			BigDecimal before = seen.get(held.account().linkId());
			if ((before == null || before.compareTo(arrearsOf(held.account())) != 0)
					&& arrearsChanged(held, chosen.get(held.citizenId()), persons)) {
				alerts++;
			}
		}
		forget(all, today);
		return new Outcome(reminders, alerts);
	}

	static boolean isDueSoon(AccountSummary account, Preferences.Preference preference, LocalDate today) {
		if (account.nextDueDate() == null || account.nextDueAmount() == null || account.nextDueAmount().signum() <= 0) {
			return false;
		}
		long days = ChronoUnit.DAYS.between(today, account.nextDueDate());
		return days >= 0 && days <= preference.daysBefore();
	}

	private static BigDecimal arrearsOf(AccountSummary account) {
		return account.arrears() == null ? BigDecimal.ZERO : account.arrears();
	}

	private boolean remind(CitizenAccount held, Preferences.Preference preference, LocalDate today,
			Map<Long, Optional<People.Person>> persons) {
		AccountSummary account = held.account();
		return Boolean.TRUE.equals(transactions.execute(status -> {
			Optional<People.Person> person = person(held, persons);
			if (person.isEmpty()) {
				return false;
			}
			int claimed = jdbc.sql("""
					insert into money_reminder_sent (link_id, due_date, kind, sent_at) values (:link, :due, :kind, :now)
					on conflict (link_id, due_date, kind) do nothing
					""")
				.param("link", account.linkId())
				.param("due", account.nextDueDate())
				.param("kind", DUE_SOON)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			if (claimed == 0) {
				return false;
			}
			if (preference.inApp()) {
				notices.add(held.tenantId(), held.citizenId(), Notices.Kind.DUE_SOON, account, account.nextDueAmount(),
						null);
			}
			if (preference.email()) {
				Locale locale = person.get().language();
				Map<String, Object> model = model(person.get(), account, locale);
				int days = (int) ChronoUnit.DAYS.between(today, account.nextDueDate());
				inLocale(locale, () -> {
					model.put("when", messages.getMessage("money.days", new Object[] { days }, locale));
					model.put("amount", amounts.money(account.nextDueAmount(), account.currency()));
					model.put("date", amounts.date(account.nextDueDate()));
					model.put("arrears", account.hasArrears() ? amounts.money(account.arrears(), account.currency()) : null);
					return null;
				});
				mailer.send(person.get().email(), locale, "money-due-soon", model, unsubscribeLink(held, locale, model));
			}
			audit.record(held.tenantId(), null, "SEND_REMINDER", "account-link", account.linkId(),
					"due=" + account.nextDueDate() + ",email=" + preference.email() + ",inApp=" + preference.inApp());
			return true;
		}));
	}

	/** Remembers the overdue amount; if it went up (not the first time it is seen), alerts the citizen. */
	private boolean arrearsChanged(CitizenAccount held, Preferences.Preference preference,
			Map<Long, Optional<People.Person>> persons) {
		AccountSummary account = held.account();
		BigDecimal now = arrearsOf(account);
		return Boolean.TRUE.equals(transactions.execute(status -> {
			int first = jdbc.sql("""
					insert into money_arrears_seen (link_id, citizen_id, arrears, seen_at) values (:link, :citizen, :arrears, :now)
					on conflict (link_id) do nothing
					""")
				.param("link", account.linkId())
				.param("citizen", held.citizenId())
				.param("arrears", now)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			if (first == 1) {
				return false; // what it is when first seen is the starting point, not news
			}
			BigDecimal before = jdbc.sql("select arrears from money_arrears_seen where link_id = :link for update")
				.param("link", account.linkId())
				.query(BigDecimal.class)
				.single();
			if (before.compareTo(now) == 0) {
				return false;
			}
			jdbc.sql("update money_arrears_seen set arrears = :arrears, seen_at = :now where link_id = :link")
				.param("arrears", now)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC))
				.param("link", account.linkId())
				.update();
			if (now.compareTo(before) < 0 || !preference.anyChannel()) {
				return false;
			}
			Optional<People.Person> person = person(held, persons);
			if (person.isEmpty()) {
				return false;
			}
			if (preference.inApp()) {
				notices.add(held.tenantId(), held.citizenId(), Notices.Kind.ARREARS_UP, account, now, before);
			}
			if (preference.email()) {
				Locale locale = person.get().language();
				Map<String, Object> model = model(person.get(), account, locale);
				inLocale(locale, () -> {
					model.put("before", amounts.money(before, account.currency()));
					model.put("arrears", amounts.money(now, account.currency()));
					return null;
				});
				mailer.send(person.get().email(), locale, "money-arrears-up", model, unsubscribeLink(held, locale, model));
			}
			audit.record(held.tenantId(), null, "SEND_ARREARS_ALERT", "account-link", account.linkId(),
					"email=" + preference.email() + ",inApp=" + preference.inApp());
			return true;
		}));
	}

	private Optional<People.Person> person(CitizenAccount held, Map<Long, Optional<People.Person>> persons) {
		return persons.computeIfAbsent(held.citizenId(),
				id -> people.find(held.tenantId(), id).filter(p -> p.has(Role.CITIZEN)));
	}

	private Map<String, Object> model(People.Person person, AccountSummary account, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", person.displayName());
		model.put("what", messages.getMessage("money.kind." + account.kind(), null, locale) + " – " + account.providerName());
		model.put("budgetLink", baseUrl + "/money");
		model.put("adviceLink", baseUrl + "/money/advice");
		model.put("settingsLink", baseUrl + "/money/settings");
		return model;
	}

	/**
	 * A link of its own for this email that stops reminder emails without signing in: in the email's text and in
	 * its List-Unsubscribe header. It names the language the email is in, so the page speaks it too; nothing else.
	 */
	private String unsubscribeLink(CitizenAccount held, Locale locale, Map<String, Object> model) {
		String link = baseUrl + "/money/unsubscribe?token=" + unsubscribes.issue(held.tenantId(), held.citizenId())
				+ "&lang=" + locale.getLanguage();
		model.put("unsubscribeLink", link);
		return link;
	}

	/** Money and dates are written the way the recipient reads them, whatever thread this runs on. */
	private static <T> T inLocale(Locale locale, Supplier<T> work) {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** Retention: what is no longer needed to avoid repeats is deleted. */
	private void forget(List<CitizenAccount> active, LocalDate today) {
		jdbc.sql("delete from money_arrears_seen where not (link_id = any(:links))")
			.param("links", active.stream().map(a -> a.account().linkId()).toArray(Long[]::new))
			.update();
		jdbc.sql("delete from money_reminder_sent where due_date < :before")
			.param("before", today.minusDays(400))
			.update();
		notices.forgetOld();
		unsubscribes.forgetExpired();
	}
}
