package org.inclusio.support.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals and their history. A change of state is written only if nobody changed the referral since it was read. */
@Repository
class Referrals {

	private static final String COLUMNS = """
			id, tenant_id, citizen_id, service_id, provider_id, caseworker_id, created_by, state, share_contact,
			share_assessment, share_note, assessment_id, note, consent_text, consent_language, consent_method,
			consent_given_at, reason, sent_at, answered_at, overdue_flagged_at, updated_at, version
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Referrals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record NewReferral(long tenantId, long citizenId, String serviceId, long providerId, Long caseworkerId,
			long createdBy, boolean shareContact, boolean shareAssessment, boolean shareNote, Long assessmentId,
			String note, String consentText, String consentLanguage, String consentMethod) {
	}

	long create(NewReferral r) {
		OffsetDateTime now = now();
		long id = jdbc.sql("""
				insert into support_referral (tenant_id, citizen_id, service_id, provider_id, caseworker_id, created_by,
				  state, share_contact, share_assessment, share_note, assessment_id, note, consent_text, consent_language,
				  consent_method, consent_given_at, sent_at, updated_at)
				values (:tenant, :citizen, :service, :provider, :caseworker, :createdBy, 'SENT', :contact, :assessment,
				  :shareNote, :assessmentId, :note, :consent, :language, :method, :now, :now, :now)
				returning id
				""")
			.param("tenant", r.tenantId())
			.param("citizen", r.citizenId())
			.param("service", r.serviceId())
			.param("provider", r.providerId())
			.param("caseworker", r.caseworkerId())
			.param("createdBy", r.createdBy())
			.param("contact", r.shareContact())
			.param("assessment", r.shareAssessment())
			.param("shareNote", r.shareNote())
			.param("assessmentId", r.shareAssessment() ? r.assessmentId() : null)
			.param("note", r.shareNote() ? r.note() : null)
			.param("consent", r.consentText())
			.param("language", r.consentLanguage())
			.param("method", r.consentMethod())
			.param("now", now)
			.query(Long.class)
			.single();
		event(id, null, ReferralState.SENT, null, r.createdBy(), now);
		return id;
	}

	Optional<Referral> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from support_referral where id = :id").param("id", id)
			.query(Referrals::map).optional();
	}

	/**
	 * Moves the referral on if it still has the version that was read.
	 * @return false when somebody else changed it in the meantime (nothing was written)
	 */
	boolean move(long id, long expectedVersion, ReferralState from, ReferralState to, String reason, long actorId) {
		OffsetDateTime now = now();
		int updated = jdbc.sql("""
				update support_referral
				set state = :to, reason = coalesce(:reason, reason), updated_at = :now, version = version + 1,
				    answered_at = case when :answer then :now else answered_at end
				where id = :id and version = :version and state = :from
				""")
			.param("to", to.name())
			.param("reason", reason)
			.param("now", now)
			.param("answer", from == ReferralState.SENT)
			.param("id", id)
			.param("version", expectedVersion)
			.param("from", from.name())
			.update();
		if (updated == 1) {
			event(id, from, to, reason, actorId, now);
		}
		return updated == 1;
	}

	record Event(ReferralState from, ReferralState to, String reason, Long actorId, OffsetDateTime at) {
	}

	List<Event> history(long referralId) {
		return jdbc.sql("""
				select from_state, to_state, reason, actor_id, occurred_at from support_referral_event
				where referral_id = :id order by occurred_at, id
				""")
			.param("id", referralId)
			.query((rs, n) -> new Event(rs.getString(1) == null ? null : ReferralState.valueOf(rs.getString(1)),
					ReferralState.valueOf(rs.getString(2)), rs.getString(3), (Long) rs.getObject(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	List<Referral> ofCitizen(long tenantId, long citizenId) {
		return jdbc.sql("select " + COLUMNS + " from support_referral where tenant_id = :tenant and citizen_id = :citizen order by sent_at desc, id desc")
			.param("tenant", tenantId).param("citizen", citizenId).query(Referrals::map).list();
	}

	/** The referrals a caseworker sent, the ones still waiting for an answer first. */
	List<Referral> ofCaseworker(long tenantId, long caseworkerId) {
		return jdbc.sql("select " + COLUMNS + """
				 from support_referral where tenant_id = :tenant and caseworker_id = :caseworker
				order by state = 'SENT' desc, sent_at desc, id desc
				""")
			.param("tenant", tenantId).param("caseworker", caseworkerId).query(Referrals::map).list();
	}

	/** The referrals to these providers, new ones first. */
	List<Referral> toProviders(long tenantId, Collection<Long> providerIds) {
		if (providerIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from support_referral where tenant_id = :tenant and provider_id in (:providers)
				order by state = 'SENT' desc, sent_at desc, id desc
				""")
			.param("tenant", tenantId).param("providers", providerIds).query(Referrals::map).list();
	}

	/** Referrals sent before the cut-off and still unanswered that have not been flagged yet, in every municipality. */
	List<Referral> overdueUnflagged(OffsetDateTime sentBefore) {
		return jdbc.sql("select " + COLUMNS + """
				 from support_referral where state = 'SENT' and sent_at < :before and overdue_flagged_at is null
				order by id
				""")
			.param("before", sentBefore).query(Referrals::map).list();
	}

	/** Marks it flagged unless another node did already; true for the one that did. */
	boolean flagOverdue(long id) {
		return jdbc.sql("update support_referral set overdue_flagged_at = :now where id = :id and overdue_flagged_at is null and state = 'SENT'")
			.param("now", now()).param("id", id).update() == 1;
	}

	private void event(long referralId, ReferralState from, ReferralState to, String reason, long actorId,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into support_referral_event (referral_id, from_state, to_state, reason, actor_id, occurred_at)
				values (:referral, :from, :to, :reason, :actor, :at)
				""")
			.param("referral", referralId)
			.param("from", from == null ? null : from.name())
			.param("to", to.name())
			.param("reason", reason)
			.param("actor", actorId)
			.param("at", at)
			.update();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static Referral map(ResultSet rs, int n) throws SQLException {
		return new Referral(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
				(Long) rs.getObject(6), rs.getLong(7), ReferralState.valueOf(rs.getString(8)), rs.getBoolean(9),
				rs.getBoolean(10), rs.getBoolean(11), (Long) rs.getObject(12), rs.getString(13), rs.getString(14),
				rs.getString(15), rs.getString(16), rs.getObject(17, OffsetDateTime.class), rs.getString(18),
				rs.getObject(19, OffsetDateTime.class), rs.getObject(20, OffsetDateTime.class),
				rs.getObject(21, OffsetDateTime.class), rs.getObject(22, OffsetDateTime.class), rs.getLong(23));
	}
}
