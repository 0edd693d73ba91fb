package org.inclusio.identity.internal;

import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (or null) and which parts of the menu they may use. */
@ControllerAdvice
class CurrentUserAdvice {

	/** The menu entries a person sees, worked out once per page rather than in the template. */
	record Menu(boolean signedIn, boolean citizen, boolean providerStaff, boolean caseworker, boolean admin,
			boolean analyst, boolean courseAuthor) {

		static final Menu ANONYMOUS = new Menu(false, false, false, false, false, false, false);

		static Menu of(SignedInUser user) {
			return user == null ? ANONYMOUS : new Menu(true, user.has(Role.CITIZEN), user.has(Role.PROVIDER_STAFF),
					user.has(Role.CASEWORKER), user.has(Role.ADMIN), user.has(Role.ANALYST),
					user.has(Role.ADMIN) || user.has(Role.FACILITATOR));
		}
	}

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		return SignedInUser.current().orElse(null);
	}

	@ModelAttribute("menu")
	Menu menu() {
		return Menu.of(SignedInUser.current().orElse(null));
	}
}
