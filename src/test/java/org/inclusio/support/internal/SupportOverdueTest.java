package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A referral nobody answered within the configured days is flagged to its caseworker, once, by the scheduled job. */
class SupportOverdueTest extends SupportTestSupport {

	@Autowired
	OverdueReferralsJob job;

	private void sentDaysAgo(long id, int days) {
		jdbc.sql("update support_referral set sent_at = now() - make_interval(days => :d) where id = :id")
			.param("d", days).param("id", id).update();
	}

	private int overdueNotices(long id, long userId) {
		return jdbc.sql("select count(*) from support_notice where referral_id = :id and user_id = :u and kind = 'OVERDUE'")
			.param("id", id).param("u", userId).query(Integer.class).single();
	}

	@Test
	void aReferralWithoutAnAnswerForTooLongIsFlaggedToTheCaseworkerOnce() {
		long citizen = newCitizen("Waiting Person");
		long late = caseworkerReferral(citizen);
		long recent = caseworkerReferral(citizen);
		long answered = caseworkerReferral(citizen);
		work.move(answered, 0, ReferralState.ACCEPTED, null, providerStaff(), Party.PROVIDER);
		sentDaysAgo(late, work.overdueDays() + 1);
		sentDaysAgo(recent, work.overdueDays() - 1);
		sentDaysAgo(answered, work.overdueDays() + 3);
		int emailsBefore = TestMailServer.messagesTo(CASEWORKER, "Насочване все още без отговор").size();

		job.run();
		job.run(); // a second run (or another node) does not flag it again

		long caseworker = userId(CASEWORKER);
		assertThat(overdueNotices(late, caseworker)).isEqualTo(1);
		assertThat(overdueNotices(recent, caseworker)).isZero();
		assertThat(overdueNotices(answered, caseworker)).isZero();
		assertThat(referral(late).overdueFlaggedAt()).isNotNull();
		assertThat(TestMailServer.awaitMessagesTo(CASEWORKER, "Насочване все още без отговор", emailsBefore + 1,
				Duration.ofSeconds(30))).hasSize(emailsBefore + 1);

		// the caseworker's list flags it, in their language
		HttpSession page = signedIn(CASEWORKER);
		String list = page.get("/support/caseworker").body();
		assertThat(list).contains("Още няма отговор").contains("Waiting Person");
		assertThat(work.isOverdue(referral(late))).isTrue();
		assertThat(work.isOverdue(referral(recent))).isFalse();
	}
}
