package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusio.codesign.internal.Invitations.Invitation;
import org.inclusio.codesign.internal.SessionStore.NewSession;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.identity.MunicipalityTimeZones;
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
 * A workshop series in Sofia, "Services for elderly people living alone": its support group, a past session with
 * ideas, votes and decisions, and an upcoming one the demo citizen is invited to (by letter, code in the list).
 */
@Component
@Order(30)
class CodesignDemoData implements ApplicationRunner {

	private final Environment environment;

	private final People people;

	private final SeriesStore series;

	private final SessionStore sessions;

	private final Invitations invitations;

	private final Ideas ideas;

	private final Voting voting;

	private final MunicipalityTimeZones zones;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CodesignDemoData(Environment environment, People people, SeriesStore series, SessionStore sessions,
			Invitations invitations, Ideas ideas, Voting voting, MunicipalityTimeZones zones, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.environment = environment;
		this.people = people;
		this.series = series;
		this.sessions = sessions;
		this.invitations = invitations;
		this.ideas = ideas;
		this.voting = voting;
		this.zones = zones;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!DemoMode.wanted(environment)) {
			return;
		}
		boolean empty = jdbc.sql("select not exists (select 1 from codesign_series)").query(Boolean.class).single();
		if (empty) {
			people.municipality("sofia").ifPresent(sofia -> transactions.executeWithoutResult(status -> load(sofia)));
		}
	}

	private void load(long sofia) {
		Long facilitator = people.findByEmail(sofia, "facilitator@sofia.inclusio.eu").map(People.Person::id).orElse(null);
		Long citizen = people.findByEmail(sofia, "citizen@sofia.inclusio.eu").map(People.Person::id).orElse(null);
		long id = series.create(sofia, Map.of(
				"bg", "Услуги за възрастни хора, които живеят сами",
				"lv", "Pakalpojumi vientuļiem vecāka gadagājuma cilvēkiem",
				"en", "Services for elderly people living alone"), Map.of(
				"bg", "Възрастни хора, близки, доставчици на услуги и общината заедно решават кои услуги у дома да се "
						+ "разширят през 2027 г.: домашен помощник, топъл обяд, транспорт до лекар и дневни контакти.",
				"lv", "Vecāka gadagājuma cilvēki, tuvinieki, pakalpojumu sniedzēji un pašvaldība kopā lemj, kurus "
						+ "pakalpojumus mājās paplašināt 2027. gadā: aprūpe mājās, silta maltīte, transports pie ārsta "
						+ "un ikdienas saziņa.",
				"en", "Older people, their families, service providers and the municipality decide together which "
						+ "services at home to extend in 2027: home help, a hot lunch, transport to the doctor and "
						+ "daily contact."), 3, facilitator);
		String[][] group = {
				{ "Мария Иванова", "SERVICE_USER", null }, { "Георги Петров", "SERVICE_USER", null },
				{ "Лиляна Стоева", "SERVICE_USER", "Сдружение на пенсионерите – Красно село" },
				{ "Елена Димитрова", "PROVIDER", "Социален патронаж – Красно село" },
				{ "Иван Стоянов", "PROVIDER", "Фондация „Заедно“ – домашни помощници" },
				{ "Петя Николова", "MUNICIPALITY", "Столична община – дирекция „Социални дейности“" },
				{ "Надя Георгиева", "NGO", "Български Червен кръст – София" },
				{ "д-р Стефан Колев", "EXPERT", "Медицински университет – София" } };
		for (String[] m : group) {
			series.addMember(id, m[0], Side.valueOf(m[1]), m[2], null);
		}
		ZoneId zone = zones.of(sofia);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate pastDay = today.minusDays(21);
		long pastId = sessions.create(id, sofia, new NewSession("Какво ни липсва у дома",
				ZonedDateTime.of(pastDay, LocalTime.of(10, 0), zone), ZonedDateTime.of(pastDay, LocalTime.of(12, 30), zone),
				"Читалище „Пробуда 1928“, ул. „Житница“ 12, София",
				"Вход без стъпала откъм двора, асансьор до залата на първия етаж, достъпна тоалетна, индукционна "
						+ "верига. Спирка „Житница“ на 80 м.",
				null, "1. Добре дошли и правила за равен глас\n2. Какво е трудно, когато живееш сам\n3. Идеи за мерки\n"
						+ "4. Гласуване с точки (по 3 на всеки)\n5. Решения и следващи стъпки",
				25, pastDay.minusDays(3).atStartOfDay(zone), "bg"));
		Session past = sessions.find(pastId).orElseThrow();
		List<Invitation> present = new ArrayList<>();
		for (String[] m : group) {
			present.add(invitations.walkIn(past, m[0], Side.valueOf(m[1])));
		}
		if (citizen != null) {
			Invitation me = invitations.walkIn(past, "Гражданин (демо)", Side.SERVICE_USER);
			jdbc.sql("update codesign_invitation set user_id = :u where id = :id").param("u", citizen).param("id", me.id()).update();
			present.add(me);
		}
		// those who agreed to be named in the minutes
		jdbc.sql("update codesign_invitation set name_consent = true where session_id = :s and name in ('Мария Иванова', 'Елена Димитрова', 'Петя Николова')")
			.param("s", pastId)
			.update();
		long lunch = ideas.add(pastId, present.get(0).id(), "Трудно ми е да готвя всеки ден и често пропускам обяда.",
				"Топъл обяд, доставян у дома пет дни в седмицата, с диетично меню.", false, null);
		long doctor = ideas.add(pastId, present.get(1).id(), "Няма кой да ме закара до личния лекар и до болницата.",
				"Социален транспорт по заявка по телефона, с придружител.", false, null);
		long call = ideas.add(pastId, present.get(2).id(), "Дни наред не говоря с никого.",
				"Ежедневно обаждане от доброволец и среща в клуба веднъж седмично.", true, facilitator);
		long help = ideas.add(pastId, present.get(3).id(), "Домашните помощници не стигат за всички заявки.",
				"Още 20 домашни помощници, наети и обучени от общината с ЕСФ+.", false, null);
		long alarm = ideas.add(pastId, present.get(6).id(), "При падане никой не разбира навреме.",
				"Гривна с бутон за спешна помощ, свързана с дежурен център.", false, null);
		long theme = ideas.theme(pastId, "Храна и грижа у дома");
		long contact = ideas.theme(pastId, "Контакт и сигурност");
		ideas.group(pastId, lunch, theme);
		ideas.group(pastId, help, theme);
		ideas.group(pastId, call, contact);
		ideas.group(pastId, alarm, contact);
		ideas.comment(pastId, lunch, present.get(4).id(), "Можем да започнем с кухнята на патронажа още от март.", false, null);
		voting.open(pastId);
		long[][] ballots = { { lunch, doctor, call }, { doctor, lunch, alarm }, { call, lunch, doctor },
				{ help, lunch, alarm }, { help, call, lunch }, { lunch, help, doctor }, { alarm, call, lunch },
				{ doctor, alarm, help }, { lunch, call, doctor } };
		for (int i = 0; i < ballots.length && i < present.size(); i++) {
			voting.cast(present.get(i).id(), java.util.Arrays.stream(ballots[i]).boxed().toList(), i == 2, i == 2 ? facilitator : null);
		}
		voting.close(pastId);
		ideas.decide(pastId, "Топъл обяд у дома за всички самотно живеещи над 75 години в Красно село от 2027 г.",
				"Най-много точки и от потребителите, и от доставчиците; кухнята на патронажа има капацитет.",
				List.of(lunch), facilitator);
		ideas.decide(pastId, "Пилотен социален транспорт до лекар с придружител, два дни в седмицата.",
				"Силна подкрепа от потребителите; общината ще провери разходите преди следващата среща.",
				List.of(doctor), facilitator);
		sessions.nextSteps(pastId, "Общината изготвя разчет за топлия обяд и транспорта.\n"
				+ "На следващата среща: как да изпробваме мерките и как ще мерим напредъка.");

		LocalDate nextDay = today.plusDays(21);
		long nextId = sessions.create(id, sofia, new NewSession("Как да изпробваме мерките",
				ZonedDateTime.of(nextDay, LocalTime.of(10, 0), zone), ZonedDateTime.of(nextDay, LocalTime.of(12, 30), zone),
				"Читалище „Пробуда 1928“, ул. „Житница“ 12, София",
				"Вход без стъпала откъм двора, асансьор, достъпна тоалетна, индукционна верига. Жестов преводач при заявка.",
				null, "1. Какво решихме миналия път\n2. Пилотни мерки: кой, кога, с какви пари\n3. Как ще мерим напредъка\n"
						+ "4. Гласуване с точки\n5. Следващи стъпки",
				25, nextDay.minusDays(2).atStartOfDay(zone), "bg"));
		Session next = sessions.find(nextId).orElseThrow();
		for (String[] m : group) {
			invitations.invite(next, new Invitations.Invitee(m[0], Side.valueOf(m[1]), null, "bg", null, null));
		}
		if (citizen != null) {
			invitations.invite(next, new Invitations.Invitee("Гражданин (демо)", Side.SERVICE_USER, null, "bg", null, citizen));
		}
	}
}
