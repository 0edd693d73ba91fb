package org.inclusio.support.internal;

import java.time.OffsetDateTime;

/** A referral as stored. What the provider may see is limited by the share flags (see {@link ReferralView}). */
record Referral(long id, long tenantId, long citizenId, String serviceId, long providerId, Long caseworkerId,
		long createdBy, ReferralState state, boolean shareContact, boolean shareAssessment, boolean shareNote,
		Long assessmentId, String note, String consentText, String consentLanguage, String consentMethod,
		OffsetDateTime consentGivenAt, String reason, OffsetDateTime sentAt, OffsetDateTime answeredAt,
		OffsetDateTime overdueFlaggedAt, OffsetDateTime updatedAt, long version) {

	public boolean selfReferral() {
		return caseworkerId == null;
	}
}
