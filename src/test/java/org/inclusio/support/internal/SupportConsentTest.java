package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Nothing about a citizen reaches a caseworker or a provider without the citizen's consent: caseworkers need the
 * citizen's consent to see their plan or refer them; a referral needs consent for exactly what is shared, and the
 * provider sees only that. Staff reads are audited.
 */
class SupportConsentTest extends SupportTestSupport {

	private int audited(String action, String subjectType, Object subjectId) {
		return jdbc.sql("select count(*) from identity_audit_log where action = :a and subject_type = :t and subject_id = :s")
			.param("a", action).param("t", subjectType).param("s", String.valueOf(subjectId)).query(Integer.class).single();
	}

	@Test
	void withoutTheCitizensConsentACaseworkerSeesNeitherThePlanNorTheReferralForm() {
		long citizen = userId(CITIZEN);
		citizenStopsSharing(citizen);
		HttpSession caseworker = signedIn(CASEWORKER);
		int refusedBefore = audited("READ_REFUSED", "support-plan", citizen);
		var plan = caseworker.get("/support/citizens/" + citizen + "/plan");
		assertThat(plan.statusCode()).isEqualTo(403);
		assertThat(plan.body()).contains("Мария Петрова").doesNotContain("id=\"goals\"");
		assertThat(audited("READ_REFUSED", "support-plan", citizen)).isEqualTo(refusedBefore + 1);
		assertThat(caseworker.get("/support/citizens/" + citizen + "/referrals/new").statusCode()).isEqualTo(403);
		int before = jdbc.sql("select count(*) from support_referral").query(Integer.class).single();
		var posted = caseworker.submit("/support/caseworker", "/support/citizens/" + citizen + "/referrals",
				Map.of("service", housingAdvice().id(), "shareContact", "true", "agree", "true"));
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from support_referral").query(Integer.class).single()).isEqualTo(before);

		// once the citizen shares, the plan opens, and the read is audited
		citizenSharesWithCaseworkers(citizen);
		int readsBefore = audited("READ", "support-plan", citizen);
		assertThat(caseworker.get("/support/citizens/" + citizen + "/plan").statusCode()).isEqualTo(200);
		assertThat(audited("READ", "support-plan", citizen)).isEqualTo(readsBefore + 1);
	}

	@Test
	void aReferralIsNotSentWithoutTheCitizensAgreement() {
		HttpSession citizen = signedIn(CITIZEN);
		int before = jdbc.sql("select count(*) from support_referral").query(Integer.class).single();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("service", housingAdvice().id());
		fields.put("shareContact", "true");
		fields.put("shareNote", "true");
		fields.put("note", "Моля, обадете се след 17 ч.");
		var page = citizen.submit("/support/referrals/new", "/support/referrals", fields);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("error-summary").contains("href=\"#agree\"")
			.contains("Моля, обадете се след 17 ч.");
		assertThat(jdbc.sql("select count(*) from support_referral").query(Integer.class).single()).isEqualTo(before);

		fields.put("agree", "true");
		var sent = citizen.submit("/support/referrals/new", "/support/referrals", fields);
		assertThat(sent.statusCode()).isEqualTo(302);
		String location = sent.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Referral referral = referral(id);
		assertThat(referral.shareContact()).isTrue();
		assertThat(referral.shareAssessment()).isFalse();
		assertThat(referral.shareNote()).isTrue();
		assertThat(referral.consentMethod()).isEqualTo("ONLINE");
		// the consent text as the citizen saw it, naming the service and exactly what is shared
		assertThat(referral.consentLanguage()).isEqualTo("bg");
		assertThat(referral.consentText()).contains("Жилищни консултации").contains("името и имейл адреса ми")
			.contains("бележката").doesNotContain("„Как сте?“");
	}

	@Test
	void theProviderSeesOnlyWhatTheCitizenAgreedToShare() {
		long citizen = newCitizen("Hidden Person");
		jdbc.sql("insert into support_assessment (tenant_id, citizen_id, taken_at) values (:t, :c, now())")
			.param("t", sofia()).param("c", citizen).update();
		jdbc.sql("""
				insert into support_assessment_answer (assessment_id, area, score)
				select max(id), 'HOUSING', 1 from support_assessment where citizen_id = :c
				""").param("c", citizen).update();
		long id = selfReferral(citizen, false, true, false);
		jdbc.sql("update support_referral set note = 'A secret note' where id = :id").param("id", id).update();

		HttpSession staff = signedIn(PROVIDER);
		int readsBefore = audited("READ", "support-referral", id);
		String page = staff.get("/support/referrals/" + id + "?lang=en").body();
		assertThat(page).doesNotContain("Hidden Person").doesNotContain(emailOf(citizen)).doesNotContain("A secret note");
		assertThat(page).contains("Answers to “How are things?”").contains("Very hard");
		assertThat(audited("READ", "support-referral", id)).isEqualTo(readsBefore + 1);
		String inbox = staff.get("/support/referrals/inbox").body();
		assertThat(inbox).contains("Name not shared").doesNotContain("Hidden Person");

		// with contact shared, the provider sees the name and email address
		long shared = selfReferral(citizen, true, false, true);
		String sharedPage = staff.get("/support/referrals/" + shared).body();
		assertThat(sharedPage).contains("Hidden Person").contains(emailOf(citizen))
			.contains("Please call me after 5 pm about the damp.");
		assertThat(staff.get("/support/referrals/inbox").body()).contains("Hidden Person");
	}

	@Test
	void aServiceThatTakesNoReferralsIsExplained() {
		String unmaintained = directory.servicesFor(sofia(), java.util.List.of(), java.util.Locale.ENGLISH, 500).stream()
			.filter(s -> s.providerId() == null).findFirst().orElseThrow().id();
		HttpSession citizen = signedIn(CITIZEN);
		var page = citizen.submit("/support/referrals/new", "/support/referrals",
				Map.of("service", unmaintained, "shareContact", "true", "agree", "true"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Тази услуга още не приема насочвания през Inclusio");
	}
}
