package org.inclusio.identity.internal;

import org.inclusio.identity.SignedInUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (or null), for the menu. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	SignedInUser currentUser() {
		return SignedInUser.current().orElse(null);
	}
}
