package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The self-assessment: every area must be answered; the hard areas bring matching services of the citizen's
 * municipality and fitting courses; taking it again shows what changed.
 */
class SupportAssessmentTest extends SupportTestSupport {

	@Autowired
	Suggestions suggestions;

	@Autowired
	Assessments assessments;

	private static Map<String, String> answers(int housing, int debt, int digital, int others) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (LifeArea area : LifeArea.values()) {
			answers.put(area.name(), String.valueOf(switch (area) {
				case HOUSING -> housing;
				case DEBT -> debt;
				case DIGITAL -> digital;
				default -> others;
			}));
		}
		return answers;
	}

	@Test
	void everyAreaMustBeAnsweredAndWhatWasChosenIsKept() {
		HttpSession citizen = signedIn(CITIZEN);
		Map<String, String> some = new LinkedHashMap<>(answers(1, 2, 2, 3));
		some.remove("WORK");
		some.put("HEALTH", "9");
		var page = citizen.submit("/support/assessment", "/support/assessment", some);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("error-summary").contains("href=\"#WORK-1\"").contains("href=\"#HEALTH-1\"")
			.contains("Изберете отговор за: Работа")
			.contains("id=\"HOUSING-1\" name=\"HOUSING\" value=\"1\" checked=\"checked\"");
	}

	@Test
	void hardAreasBringMatchingServicesAndCourses() {
		long citizen = newCitizen("Assessed Person");
		long id = assessments.save(sofia(), citizen, Map.of(LifeArea.HOUSING, 1, LifeArea.INCOME, 3, LifeArea.DEBT, 2,
				LifeArea.WORK, 4, LifeArea.EDUCATION, 3, LifeArea.HEALTH, 4, LifeArea.FAMILY, 3, LifeArea.DIGITAL, 2));
		Assessment assessment = assessments.find(sofia(), citizen, id).orElseThrow();
		List<Suggestions.ForArea> found = suggestions.of(assessment, Locale.ENGLISH);
		assertThat(found).extracting(Suggestions.ForArea::area)
			.containsExactly(LifeArea.HOUSING, LifeArea.DEBT, LifeArea.DIGITAL);
		Suggestions.ForArea housing = found.getFirst();
		assertThat(housing.services()).isNotEmpty().allSatisfy(s -> {
			assertThat(s.tenantId()).isEqualTo(sofia());
			assertThat(s.needCodes()).contains("housing");
		});
		assertThat(housing.courses()).isEmpty();
		assertThat(found.get(1).services()).allSatisfy(s -> assertThat(s.needCodes()).contains("debt-advice"));
		assertThat(found.get(1).courses()).isNotEmpty().allSatisfy(c -> assertThat(c.topic().name()).isEqualTo("MONEY"));
		assertThat(found.get(2).courses()).isNotEmpty().allSatisfy(c -> assertThat(c.topic().name()).isEqualTo("DIGITAL"));
	}

	@Test
	void theCitizenSeesSuggestionsAndHowThingsChanged() {
		// the history compares the first answers with the latest: start from none
		jdbc.sql("update support_referral set assessment_id = null where citizen_id = :c").param("c", userId(CITIZEN)).update();
		jdbc.sql("delete from support_assessment where citizen_id = :c").param("c", userId(CITIZEN)).update();
		HttpSession citizen = signedIn(CITIZEN);
		var first = citizen.submit("/support/assessment", "/support/assessment", answers(1, 2, 2, 3));
		assertThat(first.statusCode()).isEqualTo(302);
		String result = citizen.get(first.headers().firstValue("Location").orElseThrow()).body();
		assertThat(result).contains("Какво може да ви помогне").contains("Жилищни консултации")
			.contains("/support/referrals/new?service=").contains("/learning/");
		var second = citizen.submit("/support/assessment", "/support/assessment", answers(3, 2, 1, 3));
		assertThat(second.statusCode()).isEqualTo(302);
		String history = citizen.get("/support/assessment/history").body();
		assertThat(history).contains("Какво се промени").contains("по-добре. Беше „Много трудно“, сега е „Общо взето добре“")
			.contains("по-трудно. Беше „Трудно“, сега е „Много трудно“").contains("<table>");
	}
}
