package org.inclusio.support.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inclusio.account.ProviderStaff;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
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
 * Sofia's demo citizen with something to show in every part of support: two self-assessments a month apart (so the
 * progress view has a before and after), a referral to debt advice that the provider accepted and is working on, a
 * referral to an employment service the caseworker sent with the citizen in the office (waiting in the provider's
 * inbox), and a support plan with goals, actions for each side, a course and a note. Written straight into the
 * tables, with no e-mails, and only when support has no data yet; skipped when the people or services it needs are
 * not there.
 */
@Component
@Order(40)
class SupportDemoData implements ApplicationRunner {

	private static final Locale BG = Locale.forLanguageTag("bg");

	private final Environment environment;

	private final People people;

	private final ProviderStaff providerStaff;

	private final Directory directory;

	private final Assessments assessments;

	private final Referrals referrals;

	private final SupportPlans plans;

	private final SupportTexts texts;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SupportDemoData(Environment environment, People people, ProviderStaff providerStaff, Directory directory,
			Assessments assessments, Referrals referrals, SupportPlans plans, SupportTexts texts, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.people = people;
		this.providerStaff = providerStaff;
		this.directory = directory;
		this.assessments = assessments;
		this.referrals = referrals;
		this.plans = plans;
		this.texts = texts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.wanted(environment)) {
			return;
		}
		boolean empty = jdbc.sql("""
				select not exists (select 1 from support_referral) and not exists (select 1 from support_assessment)
				  and not exists (select 1 from support_plan)
				""").query(Boolean.class).single();
		if (empty) {
			people.municipality("sofia").ifPresent(sofia -> transactions.executeWithoutResult(status -> load(sofia)));
		}
	}

	private void load(long sofia) {
		Optional<People.Person> citizen = people.findByEmail(sofia, "citizen@sofia.inclusio.eu");
		Optional<People.Person> caseworker = people.findByEmail(sofia, "caseworker@sofia.inclusio.eu");
		Optional<People.Person> staff = people.findByEmail(sofia, "provider@sofia.inclusio.eu");
		if (citizen.isEmpty() || caseworker.isEmpty() || staff.isEmpty()) {
			return;
		}
		long me = citizen.get().id();
		long worker = caseworker.get().id();
		long providerUser = staff.get().id();
		List<Long> providers = providerStaff.providersOf(sofia, providerUser);

		// a month ago debts and money were hard; now debt is a little better
		long before = assessments.save(sofia, me, scores(3, 2, 1, 2, 3, 3, 4, 2));
		backdate("support_assessment", "taken_at", before, Duration.ofDays(33));
		long now = assessments.save(sofia, me, scores(3, 2, 2, 2, 3, 3, 4, 3));
		backdate("support_assessment", "taken_at", now, Duration.ofDays(4));

		// services of the demo provider staff's organisations, so that their referral inbox shows these two
		List<ServiceSummary> offered = providers.stream()
			.flatMap(provider -> directory.servicesOfProvider(provider, BG).stream())
			.sorted(java.util.Comparator.comparing((ServiceSummary s) -> !s.needCodes().contains("housing")))
			.toList();
		if (!offered.isEmpty()) {
			ServiceSummary advice = offered.get(0);
			long id = referrals.create(new Referrals.NewReferral(sofia, me, advice.id(), advice.providerId(), null, me,
					true, false, false, null, null, consent(sofia, advice), "bg", "ONLINE"));
			referrals.move(id, 0, ReferralState.SENT, ReferralState.ACCEPTED, null, providerUser);
			referrals.move(id, 1, ReferralState.ACCEPTED, ReferralState.IN_PROGRESS,
					"Първа среща на 12-то число, донесете последните сметки.", providerUser);
		}
		if (offered.size() > 1) {
			ServiceSummary next = offered.get(1);
			referrals.create(new Referrals.NewReferral(sofia, me, next.id(), next.providerId(), worker, worker, true,
					false, false, null, null, consent(sofia, next), "bg", "IN_PERSON"));
		}

		plans.addGoal(sofia, me, "Да изплатя просрочения наем до края на юни.", worker);
		plans.addGoal(sofia, me, "Да намеря работа на непълен работен ден.", me);
		LocalDate today = LocalDate.now(clock);
		plans.addAction(sofia, me, "Да занеса банковите извлечения на срещата за дългове.", SupportPlans.Owner.CITIZEN,
				today.plusDays(7), me);
		plans.addAction(sofia, me, "Да проверя правото на помощ за наем.", SupportPlans.Owner.CASEWORKER,
				today.plusDays(14), worker);
		plans.addAction(sofia, me, "План за разсрочено плащане с хазяина.", SupportPlans.Owner.PROVIDER, null, worker);
		plans.addCourse(sofia, me, "priority-debts", worker);
		plans.addNote(sofia, me, "Разговаряхме за бюджета. Г-жа Петрова ще опита плановика за пари в профила си.",
				worker);
	}

	/** The consent the citizen saw (contact details only), in the words the referral form uses. */
	private String consent(long tenant, ServiceSummary service) {
		return texts.message("support.consent.text", BG, service.name(), service.organizationName(),
				texts.message("support.consent.item.contact", BG));
	}

	private void backdate(String table, String column, long id, Duration ago) {
		jdbc.sql("update " + table + " set " + column + " = :at where id = :id")
			.param("at", clock.instant().minus(ago).atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private static Map<LifeArea, Integer> scores(int... values) {
		Map<LifeArea, Integer> scores = new EnumMap<>(LifeArea.class);
		LifeArea[] areas = LifeArea.values();
		for (int i = 0; i < areas.length; i++) {
			scores.put(areas[i], values[i]);
		}
		return scores;
	}
}
