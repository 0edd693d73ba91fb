package org.inclusio.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the password with Argon2id, but first asks the throttle whether this account or address must wait.
 * Whether the account is confirmed or disabled is told only after the right password, so a stranger learns
 * nothing about which emails are registered.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(email -> users
			.findByEmailNormalized(UserAccount.normalize(email))
			.map(UserAccount::toSignedInUser)
			.orElseThrow(() -> new UsernameNotFoundException("unknown")));
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> checkStatus(users, user));
	}

	private static void checkStatus(UserAccountRepository users, UserDetails user) {
		UserAccount account = users.findByEmailNormalized(UserAccount.normalize(user.getUsername())).orElseThrow();
		if (!account.isEnabled()) {
			throw new SignInProblem(SignInProblem.Kind.DISABLED, null);
		}
		if (!account.isEmailConfirmed()) {
			throw new SignInProblem(SignInProblem.Kind.UNCONFIRMED, null);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		var wait = throttle.waitBefore(email, address);
		if (wait.isPresent()) {
			throw new SignInProblem(SignInProblem.Kind.THROTTLED, wait.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(email);
			return result;
		}
		catch (BadCredentialsException ex) {
			throttle.failed(email, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
