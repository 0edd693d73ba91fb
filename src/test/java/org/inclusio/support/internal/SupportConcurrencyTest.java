package org.inclusio.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.inclusio.identity.SignedInUser;
import org.inclusio.support.HttpSession;
import org.junit.jupiter.api.Test;

/**
 * Two people change one referral at the same moment: one change wins, the other is refused with a clear message and
 * nothing is lost or written over (optimistic locking on the referral's version).
 */
class SupportConcurrencyTest extends SupportTestSupport {

	private record Attempt(ReferralState to, SignedInUser who, Party party) {
	}

	@Test
	void twoThreadsChangingTheSameReferralAtOnceNeverLoseAChange() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 15; round++) {
				long id = caseworkerReferral(userId(CITIZEN));
				List<Attempt> attempts = List.of(new Attempt(ReferralState.ACCEPTED, providerStaff(), Party.PROVIDER),
						new Attempt(ReferralState.CANCELLED, caseworker(), Party.CASEWORKER));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<ReferralState>> results = attempts.stream().map(a -> threads.submit(() -> {
					start.await();
					try {
						// both read version 0, as two open pages would
						work.move(id, 0, a.to(), "changed my mind", a.who(), a.party());
						return a.to();
					}
					catch (ReferralRefused refused) {
						assertThat(refused.messageKey()).isEqualTo("support.refused.changed");
						return null;
					}
				})).toList();
				start.countDown();
				List<ReferralState> won = results.stream().map(f -> {
					try {
						return f.get(30, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new AssertionError(ex);
					}
				}).filter(java.util.Objects::nonNull).toList();
				assertThat(won).as("round %d: exactly one change wins", round).hasSize(1);
				Referral after = referral(id);
				assertThat(after.state()).isEqualTo(won.getFirst());
				assertThat(after.version()).isEqualTo(1);
				assertThat(referrals.history(id)).extracting(Referrals.Event::to)
					.containsExactly(ReferralState.SENT, won.getFirst());
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theOneWhosePageWasOutOfDateIsToldAndSeesTheReferralAsItIsNow() {
		long citizen = userId(CITIZEN);
		citizenSharesWithCaseworkers(citizen);
		long id = caseworkerReferral(citizen);
		HttpSession staff = signedIn(PROVIDER);
		HttpSession caseworker = signedIn(CASEWORKER);
		// both open the referral (version 0); the provider accepts first
		String caseworkerPage = caseworker.get("/support/referrals/" + id).body();
		assertThat(caseworkerPage).contains("name=\"version\" value=\"0\"");
		assertThat(staff.submit("/support/referrals/" + id, "/support/referrals/" + id + "/state",
				Map.of("to", "ACCEPTED", "version", "0")).statusCode()).isEqualTo(302);
		// the caseworker's cancel from the old page is refused: 409, a message in their language (Bulgarian)
		var refused = caseworker.submit("/support/referrals/" + id, "/support/referrals/" + id + "/state",
				Map.of("to", "CANCELLED", "version", "0", "reason", "Намерихме друга услуга"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Някой друг току-щ").contains("Намерихме друга услуга")
			.contains("name=\"version\" value=\"1\"");
		assertThat(referral(id).state()).isEqualTo(ReferralState.ACCEPTED);
	}
}
