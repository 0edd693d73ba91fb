package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;

/** Sofia's demo citizen has something in every part of support, and each side sees its part of it. */
class SupportDemoDataTest extends SupportTestSupport {

	@Test
	void theDemoCitizenHasReferralsAndAPlanThatEachSideSees() {
		long citizen = userId(CITIZEN);
		assertThat(jdbc.sql("select count(*) from support_referral where citizen_id = :c and state = 'IN_PROGRESS'")
			.param("c", citizen).query(Integer.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from support_referral where citizen_id = :c and consent_method = 'IN_PERSON'")
			.param("c", citizen).query(Integer.class).single()).isPositive();

		HttpSession me = signedIn(CITIZEN);
		assertThat(me.get("/support/plan").body()).contains("Да изплатя просрочения наем до края на юни.")
			.contains("Да занеса банковите извлечения на срещата за дългове.");
		HttpSession caseworker = signedIn(CASEWORKER);
		assertThat(caseworker.get("/support/caseworker").body()).contains("Мария Петрова");
	}
}
