package org.inclusio.support.internal;

import java.util.Optional;
import org.inclusio.account.CaseworkerAccess;
import org.inclusio.account.ProviderStaff;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a referral, and as which party: the citizen it is about; the staff of the provider it was
 * sent to; the caseworker who sent it, or another caseworker of the municipality while the citizen lets caseworkers
 * see their situation. Nobody else, and nobody from another municipality.
 */
@Component
class ReferralAccess {

	private final ProviderStaff providerStaff;

	private final CaseworkerAccess caseworkerAccess;

	ReferralAccess(ProviderStaff providerStaff, CaseworkerAccess caseworkerAccess) {
		this.providerStaff = providerStaff;
		this.caseworkerAccess = caseworkerAccess;
	}

	Optional<Party> partyOf(SignedInUser user, Referral referral) {
		if (user.tenantId() != referral.tenantId()) {
			return Optional.empty();
		}
		if (user.has(Role.CITIZEN) && user.id() == referral.citizenId()) {
			return Optional.of(Party.CITIZEN);
		}
		if (user.has(Role.PROVIDER_STAFF)
				&& providerStaff.providersOf(user.tenantId(), user.id()).contains(referral.providerId())) {
			return Optional.of(Party.PROVIDER);
		}
		if (user.has(Role.CASEWORKER) && (Long.valueOf(user.id()).equals(referral.caseworkerId())
				|| caseworkerAccess.allowed(user.tenantId(), referral.citizenId()))) {
			return Optional.of(Party.CASEWORKER);
		}
		return Optional.empty();
	}
}
