package org.inclusio.actionplan.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.inclusio.codesign.DecisionRef;
import org.inclusio.codesign.IdeaRef;
import org.inclusio.codesign.Workshops;
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
 * Sofia's demo plan "Services for elderly people living alone": two objectives, five actions with indicators and
 * progress updates, approved as version 1, its first action linked to a decision of the demo workshops (loaded
 * before, by the codesign module). Loaded only when no plan exists yet.
 */
@Component
@Order(60)
class ActionPlanDemoData implements ApplicationRunner {

	private final Environment environment;

	private final People people;

	private final Plans plans;

	private final Actions actions;

	private final PlanVersions versions;

	private final Workshops workshops;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ActionPlanDemoData(Environment environment, People people, Plans plans, Actions actions, PlanVersions versions,
			Workshops workshops, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.people = people;
		this.plans = plans;
		this.actions = actions;
		this.versions = versions;
		this.workshops = workshops;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.wanted(environment)) {
			return;
		}
		boolean empty = jdbc.sql("select not exists (select 1 from actionplan_plan)").query(Boolean.class).single();
		if (empty) {
			people.municipality("sofia").ifPresent(sofia -> transactions.executeWithoutResult(status -> load(sofia)));
		}
	}

	private void load(long sofia) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = LocalDate.now(clock);
		PlanForm form = new PlanForm();
		form.setTheme("Services for elderly people living alone");
		form.setLanguage("bg");
		form.setCurrency("EUR");
		form.setTitleBg("Услуги за възрастни хора, които живеят сами");
		form.setTitleEn("Services for elderly people living alone");
		form.setTitleLv("Pakalpojumi vientuļiem vecāka gadagājuma cilvēkiem");
		form.setVisionBg("До 2028 г. всеки възрастен човек в София, който живее сам, има с кого да говори всеки ден и получава помощ у дома, когато има нужда.");
		form.setVisionEn("By 2028 every older person in Sofia who lives alone has someone to talk to every day and gets help at home when they need it.");
		long plan = plans.create(sofia, form, now);
		long contact = plans.addObjective(plan, "По-малко самота: ежедневен контакт с всеки, който го желае");
		long care = plans.addObjective(plan, "Помощ у дома, навреме и близо до човека");

		List<DecisionRef> decisions = workshops.decisions(sofia, Locale.forLanguageTag("bg"));
		DecisionRef decision = decisions.isEmpty() ? null : decisions.get(0);

		long calls = action(plan, contact, "Телефонна линия „Добър ден“ с ежедневно обаждане",
				"Доброволци и социални работници се обаждат всеки ден на записалите се възрастни хора.",
				"Дирекция „Социални услуги“, Столична община", "Български Червен кръст; Фондация „Заедно“",
				today.minusMonths(6), today.plusMonths(18), "48000", "ESF_PLUS",
				"Недостиг на доброволци през лятото.", decision);
		indicator(calls, "Хора, които получават ежедневно обаждане", "PERSONS", "0", "400", today.plusMonths(18),
				new String[][] { { "60", "ON_TRACK" }, { "150", "ON_TRACK" }, { "210", "AT_RISK" } }, today);
		indicator(calls, "Обаждания, отговорени в рамките на 3 позвънявания", "PERCENT", "60", "95", today.plusMonths(12),
				new String[][] { { "72", "ON_TRACK" }, { "81", "ON_TRACK" } }, today);

		long clubs = action(plan, contact, "Клубове по интереси в квартала",
				"Седмични срещи в читалища и клубове на пенсионера, с транспорт за хора с ограничена подвижност.",
				"Районни администрации", "Читалища; сдружения на пенсионери", today.minusMonths(3), today.plusMonths(21),
				"36000", "MUNICIPAL_BUDGET", "Достъпност на сградите.", null);
		indicator(clubs, "Редовни участници в клубовете", "PERSONS", "120", "500", today.plusMonths(21),
				new String[][] { { "180", "ON_TRACK" }, { "205", "LATE" } }, today);

		long meals = action(plan, care, "Топъл обяд у дома", "Доставка на топъл обяд пет дни в седмицата.",
				"Общинско предприятие „Социален патронаж“", "", today.minusMonths(12), today.plusMonths(12),
				"120000", "MUNICIPAL_BUDGET", "", null);
		indicator(meals, "Хора, получаващи обяд у дома", "PERSONS", "800", "1200", today.plusMonths(12),
				new String[][] { { "950", "ON_TRACK" }, { "1080", "ON_TRACK" }, { "1200", "DONE" } }, today);

		long visits = action(plan, care, "Домашни посещения на медицинска сестра",
				"Профилактични посещения веднъж месечно и при нужда.", "Столичен здравен център",
				"Общопрактикуващи лекари", today.minusMonths(2), today.plusMonths(24), "210000", "ERDF",
				"Недостиг на медицински сестри.", null);
		indicator(visits, "Часове домашни грижи месечно", "HOURS", "300", "900", today.plusMonths(24),
				new String[][] { { "320", "AT_RISK" } }, today);
		indicator(visits, "Разходи за гориво на мобилните екипи", "EUR", "0", "12000", today.plusMonths(24),
				new String[][] {}, today);

		action(plan, care, "Бутон за спешна помощ", "Гривна с бутон, свързан с денонощен диспечерски център.",
				"Дирекция „Социални услуги“, Столична община", "Център за спешна медицинска помощ",
				today.plusMonths(3), today.plusMonths(15), "65000", "NATIONAL", "Забавяне на обществената поръчка.", null);

		Plans.Plan created = plans.own(sofia, plan);
		long approver = people.findByEmail(sofia, "facilitator@sofia.inclusio.eu").map(People.Person::id).orElse(0L);
		plans.approve(plan, approver, versions.json(versions.current(created)), now);
	}

	private long action(long plan, long objective, String title, String description, String responsible,
			String partners, LocalDate start, LocalDate end, String cost, String funding, String risks,
			DecisionRef decision) {
		ActionForm form = new ActionForm();
		form.setObjectiveId(String.valueOf(objective));
		form.setTitle(title);
		form.setDescription(description);
		form.setResponsibleBody(responsible);
		form.setPartners(partners);
		form.setStartDate(start.toString());
		form.setEndDate(end.toString());
		form.setCost(cost);
		form.setFundingSource(funding);
		form.setRisks(risks);
		if (decision != null) {
			form.setDecisionIds(new java.util.ArrayList<>(List.of(decision.id())));
			form.setIdeaIds(new java.util.ArrayList<>(decision.ideas().stream().map(IdeaRef::id).toList()));
		}
		return actions.create(plan, form, "EUR", OffsetDateTime.now(clock));
	}

	private void indicator(long action, String name, String unit, String baseline, String target, LocalDate date,
			String[][] updates, LocalDate today) {
		IndicatorForm form = new IndicatorForm();
		form.setName(name);
		form.setUnit(unit);
		form.setBaseline(baseline);
		form.setTarget(target);
		form.setTargetDate(date.toString());
		Unit chosen = Unit.valueOf(unit);
		long id = actions.addIndicator(action, form, chosen, OffsetDateTime.now(clock));
		for (int i = 0; i < updates.length; i++) {
			LocalDate on = today.minusMonths(2L * (updates.length - 1 - i)).minusDays(3);
			actions.addProgress(id, new BigDecimal(updates[i][0]), ProgressStatus.valueOf(updates[i][1]), "", on, null,
					OffsetDateTime.now(clock));
		}
	}
}
