package org.inclusio.support.internal;

import org.junit.jupiter.api.BeforeEach;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.inclusio.directory.Directory;
import org.inclusio.directory.ServiceSummary;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.inclusio.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo people of Sofia and a demo service maintained by the demo landlord, whose staff answer referrals. */
abstract class SupportTestSupport extends WebTest {

	static final String CITIZEN = "citizen@sofia.inclusio.eu";

	static final String CASEWORKER = "caseworker@sofia.inclusio.eu";

	static final String PROVIDER = "provider@sofia.inclusio.eu";

	@Autowired
	ReferralWork work;

	@Autowired
	Referrals referrals;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	/** The demo people's own languages: other tests in the same database may have changed them. */
	@BeforeEach
	void demoLanguages() {
		jdbc.sql("update identity_user set preferred_language = 'bg' where email_normalized in (:citizen, :caseworker)")
			.param("citizen", CITIZEN)
			.param("caseworker", CASEWORKER)
			.update();
		jdbc.sql("update identity_user set preferred_language = 'en' where email_normalized = :provider")
			.param("provider", PROVIDER)
			.update();
	}

	long sofia() {
		return jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
	}

	SignedInUser user(String email, Role role) {
		return new SignedInUser(userId(email), sofia(), email, email, Set.of(role), null);
	}

	SignedInUser citizen() {
		return user(CITIZEN, Role.CITIZEN);
	}

	SignedInUser caseworker() {
		return user(CASEWORKER, Role.CASEWORKER);
	}

	SignedInUser providerStaff() {
		return user(PROVIDER, Role.PROVIDER_STAFF);
	}

	/** The demo landlord, whose staff is the demo provider staff member. */
	long housingProvider() {
		return jdbc.sql("""
				select m.provider_id from account_provider_member m join identity_user u on u.id = m.user_id
				where u.email = :email order by m.provider_id limit 1
				""").param("email", PROVIDER).query(Long.class).single();
	}

	/** "Housing advice" of the demo housing association (need category housing). */
	ServiceSummary housingAdvice() {
		return directory.servicesOfProvider(housingProvider(), Locale.ENGLISH).stream()
			.filter(s -> s.name().equals("Housing advice"))
			.findFirst()
			.orElseThrow();
	}

	/** The citizen lets caseworkers see their situation (as on their sharing page). */
	void citizenSharesWithCaseworkers(long citizenId) {
		jdbc.sql("""
				insert into account_consent (tenant_id, citizen_id, kind, scope, purpose, text_version, given_at, expires_at)
				values (:tenant, :citizen, 'CASEWORKER_VIEW', 'dashboard-read-only', 'holistic-support', 'test', :now, :until)
				""")
			.param("tenant", sofia())
			.param("citizen", citizenId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("until", clock.instant().plusSeconds(86_400 * 30).atOffset(ZoneOffset.UTC))
			.update();
	}

	void citizenStopsSharing(long citizenId) {
		jdbc.sql("update account_consent set revoked_at = now() where citizen_id = :c and kind = 'CASEWORKER_VIEW' and revoked_at is null")
			.param("c", citizenId).update();
	}

	/** A new resident of Sofia who cannot sign in (for tests that work below the pages). */
	long newCitizen(String name) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + System.nanoTime() + "@example.org";
		long id = jdbc.sql("""
				insert into identity_user (tenant_id, email, email_normalized, display_name, password_hash,
				  preferred_language, enabled, email_confirmed_at, created_at)
				values (:tenant, :email, :email, :name, 'not-a-hash', 'en', true, now(), now()) returning id
				""")
			.param("tenant", sofia()).param("email", email).param("name", name).query(Long.class).single();
		jdbc.sql("insert into identity_user_role (user_id, role) values (:id, 'CITIZEN')").param("id", id).update();
		return id;
	}

	String emailOf(long userId) {
		return jdbc.sql("select email from identity_user where id = :id").param("id", userId).query(String.class).single();
	}

	/** A referral sent by the citizen themself, sharing what is asked. */
	long selfReferral(long citizenId, boolean contact, boolean assessment, boolean note) {
		SignedInUser citizen = new SignedInUser(citizenId, sofia(), "x", "x", Set.of(Role.CITIZEN), null);
		Long assessmentId = jdbc.sql("select max(id) from support_assessment where citizen_id = :c")
			.param("c", citizenId).query(Long.class).optional().orElse(null);
		ServiceSummary service = housingAdvice();
		return work.send(new Referrals.NewReferral(sofia(), citizenId, service.id(), housingProvider(), null, citizenId,
				contact, assessment, note, assessmentId, note ? "Please call me after 5 pm about the damp." : null,
				"I agree (test)", "en", "ONLINE"), citizen);
	}

	/** A referral a caseworker sent for the citizen. */
	long caseworkerReferral(long citizenId) {
		ServiceSummary service = housingAdvice();
		SignedInUser caseworker = caseworker();
		return work.send(new Referrals.NewReferral(sofia(), citizenId, service.id(), housingProvider(),
				caseworker.id(), caseworker.id(), true, false, true, null, "Needs help with repairs.", "I agree (test)",
				"bg", "IN_PERSON"), caseworker);
	}

	Referral referral(long id) {
		return referrals.find(id).orElseThrow();
	}

	int events(long referralId) {
		return jdbc.sql("select count(*) from support_referral_event where referral_id = :id").param("id", referralId)
			.query(Integer.class).single();
	}
}
