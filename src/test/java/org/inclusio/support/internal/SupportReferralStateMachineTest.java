package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The referral loop against the database: every valid step is saved with its history, audit entry and messages;
 * every other step is refused with a message in the reader's language and changes nothing.
 */
class SupportReferralStateMachineTest extends SupportTestSupport {

	private static final Map<ReferralState, Set<ReferralState>> VALID = Map.of(
			ReferralState.SENT, EnumSet.of(ReferralState.ACCEPTED, ReferralState.DECLINED, ReferralState.CANCELLED),
			ReferralState.ACCEPTED, EnumSet.of(ReferralState.IN_PROGRESS, ReferralState.CANCELLED),
			ReferralState.IN_PROGRESS, EnumSet.of(ReferralState.COMPLETED, ReferralState.CANCELLED),
			ReferralState.DECLINED, EnumSet.noneOf(ReferralState.class),
			ReferralState.COMPLETED, EnumSet.noneOf(ReferralState.class),
			ReferralState.CANCELLED, EnumSet.noneOf(ReferralState.class));

	@Autowired
	SupportTexts texts;

	/** A new referral brought to the state by the shortest valid path. */
	private long referralIn(ReferralState state) {
		long id = caseworkerReferral(userId(CITIZEN));
		List<ReferralState> path = switch (state) {
			case SENT -> List.of();
			case ACCEPTED -> List.of(ReferralState.ACCEPTED);
			case DECLINED -> List.of(ReferralState.DECLINED);
			case IN_PROGRESS -> List.of(ReferralState.ACCEPTED, ReferralState.IN_PROGRESS);
			case COMPLETED -> List.of(ReferralState.ACCEPTED, ReferralState.IN_PROGRESS, ReferralState.COMPLETED);
			case CANCELLED -> List.of(ReferralState.CANCELLED);
		};
		for (ReferralState to : path) {
			work.move(id, referral(id).version(), to, "a reason", providerStaff(), Party.PROVIDER);
		}
		assertThat(referral(id).state()).isEqualTo(state);
		return id;
	}

	@ParameterizedTest
	@EnumSource(ReferralState.class)
	void everyStepFromAStateIsAllowedExactlyWhenItIsPartOfTheLoop(ReferralState from) {
		for (ReferralState to : ReferralState.values()) {
			long id = referralIn(from);
			Referral before = referral(id);
			int eventsBefore = events(id);
			if (VALID.get(from).contains(to)) {
				work.move(id, before.version(), to, "because", providerStaff(), Party.PROVIDER);
				Referral after = referral(id);
				assertThat(after.state()).as("%s -> %s", from, to).isEqualTo(to);
				assertThat(after.version()).isEqualTo(before.version() + 1);
				assertThat(events(id)).isEqualTo(eventsBefore + 1);
			}
			else {
				assertThatThrownBy(() -> work.move(id, before.version(), to, "because", providerStaff(), Party.PROVIDER))
					.as("%s -> %s", from, to)
					.isInstanceOf(ReferralRefused.class)
					.extracting(e -> ((ReferralRefused) e).messageKey())
					.isEqualTo(from.isFinal() ? "support.refused.final" : "support.refused.transition");
				Referral after = referral(id);
				assertThat(after.state()).isEqualTo(from);
				assertThat(after.version()).isEqualTo(before.version());
				assertThat(events(id)).isEqualTo(eventsBefore);
			}
		}
	}

	@Test
	void theWholeLoopIsRecordedAuditedAndToldToTheCitizenAndTheCaseworker() {
		long citizen = newCitizen("Loop Person");
		citizenSharesWithCaseworkers(citizen);
		long id = caseworkerReferral(citizen);
		for (ReferralState to : List.of(ReferralState.ACCEPTED, ReferralState.IN_PROGRESS, ReferralState.COMPLETED)) {
			work.move(id, referral(id).version(), to, null, providerStaff(), Party.PROVIDER);
		}
		assertThat(referrals.history(id)).extracting(Referrals.Event::to).containsExactly(ReferralState.SENT,
				ReferralState.ACCEPTED, ReferralState.IN_PROGRESS, ReferralState.COMPLETED);
		assertThat(referral(id).answeredAt()).isNotNull();
		assertThat(jdbc.sql("select count(*) from identity_audit_log where subject_type = 'support-referral' and subject_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(3);
		// in the app: the citizen hears of the referral and of each change; the caseworker of each change
		assertThat(jdbc.sql("select count(*) from support_notice where referral_id = :id and user_id = :u")
			.param("id", id).param("u", citizen).query(Integer.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from support_notice where referral_id = :id and user_id = :u")
			.param("id", id).param("u", userId(CASEWORKER)).query(Integer.class).single()).isEqualTo(3);
		// by email, in their language (English for this citizen)
		TestMailServer.awaitMessagesTo(emailOf(citizen), "News about a referral", 4, Duration.ofSeconds(30));
		assertThat(TestMailServer.body(TestMailServer.messagesTo(emailOf(citizen)).getLast())).contains("Completed");
	}

	@Test
	void onlyTheServiceAnswersAndCarriesOutAReferral() {
		long id = referralIn(ReferralState.SENT);
		for (ReferralState to : List.of(ReferralState.ACCEPTED, ReferralState.DECLINED)) {
			assertThatThrownBy(() -> work.move(id, 0, to, "x", citizen(), Party.CITIZEN))
				.extracting(e -> ((ReferralRefused) e).messageKey()).isEqualTo("support.refused.party.CITIZEN");
			assertThatThrownBy(() -> work.move(id, 0, to, "x", caseworker(), Party.CASEWORKER))
				.extracting(e -> ((ReferralRefused) e).messageKey()).isEqualTo("support.refused.party.CASEWORKER");
		}
		// the citizen may cancel, with a reason
		assertThatThrownBy(() -> work.move(id, 0, ReferralState.CANCELLED, "  ", citizen(), Party.CITIZEN))
			.extracting(e -> ((ReferralRefused) e).messageKey()).isEqualTo("support.refused.reason.CANCELLED");
		work.move(id, 0, ReferralState.CANCELLED, "I found help elsewhere", citizen(), Party.CITIZEN);
		assertThat(referral(id).reason()).isEqualTo("I found help elsewhere");
	}

	@Test
	void aDeclineNeedsAReason() {
		long id = referralIn(ReferralState.SENT);
		assertThatThrownBy(() -> work.move(id, 0, ReferralState.DECLINED, null, providerStaff(), Party.PROVIDER))
			.extracting(e -> ((ReferralRefused) e).messageKey()).isEqualTo("support.refused.reason.DECLINED");
		work.move(id, 0, ReferralState.DECLINED, "No places left this month", providerStaff(), Party.PROVIDER);
		assertThat(referral(id).state()).isEqualTo(ReferralState.DECLINED);
	}

	@Test
	void refusalsAreSaidInTheReadersLanguage() {
		ReferralRefused refused = new ReferralRefused("support.refused.transition", ReferralState.COMPLETED.key(),
				ReferralState.ACCEPTED.key());
		assertThat(texts.refusal(refused, Locale.ENGLISH)).isEqualTo("A referral that is “Completed” cannot become “Accepted”.");
		assertThat(texts.refusal(refused, Locale.of("bg"))).isEqualTo("Насочване, което е „Завършено“, не може да стане „Прието“.");
		assertThat(texts.refusal(refused, Locale.of("lv"))).isEqualTo("Nosūtījums, kas ir “Pabeigts”, nevar kļūt “Pieņemts”.");
	}

	@Test
	void theProviderStaffAnswersInTheBrowserAndAWrongStepIsExplainedOnThePage() {
		long id = referralIn(ReferralState.SENT);
		HttpSession staff = signedIn(PROVIDER);
		var accepted = staff.submit("/support/referrals/" + id, "/support/referrals/" + id + "/state",
				Map.of("to", "ACCEPTED", "version", "0"));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(referral(id).state()).isEqualTo(ReferralState.ACCEPTED);
		// completing before starting is not a step of the loop: refused, explained, nothing changed
		var refused = staff.submit("/support/referrals/" + id + "?lang=en", "/support/referrals/" + id + "/state",
				Map.of("to", "COMPLETED", "version", "1"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary").contains("A referral that is “Accepted” cannot become “Completed”.");
		assertThat(referral(id).state()).isEqualTo(ReferralState.ACCEPTED);
		// a decline without a reason keeps the form and says what is missing
		long other = referralIn(ReferralState.SENT);
		var noReason = staff.submit("/support/referrals/" + other, "/support/referrals/" + other + "/state",
				Map.of("to", "DECLINED", "version", "0", "reason", ""));
		assertThat(noReason.body()).contains("Write why you decline the referral.").contains("href=\"#reason-DECLINED\"");
		assertThat(referral(other).state()).isEqualTo(ReferralState.SENT);
	}

	@Test
	void nobodyElseMayActOnAReferral() {
		long id = referralIn(ReferralState.SENT);
		HttpSession analyst = signedIn("analyst@sofia.inclusio.eu");
		assertThat(analyst.get("/support/referrals/" + id).statusCode()).isEqualTo(404);
		assertThat(analyst.post("/support/referrals/" + id + "/state", Map.of("to", "CANCELLED", "version", "0",
				"reason", "x")).statusCode()).isIn(403, 404);
		assertThat(referral(id).state()).isEqualTo(ReferralState.SENT);
	}
}
