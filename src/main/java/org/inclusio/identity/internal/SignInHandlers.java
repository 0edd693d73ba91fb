package org.inclusio.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** After sign-in: speak the person's language and record it. After a failure: say why, keep the email typed. */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String TYPED_EMAIL = SignInHandlers.class.getName() + ".email";

	private final UserAccountRepository users;

	private final LocaleResolver locales;

	private final AuditLog audit;

	SignInHandlers(UserAccountRepository users, LocaleResolver locales, AuditLog audit) {
		this.users = users;
		this.locales = locales;
		this.audit = audit;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		users.findById(user.id()).ifPresent(account -> {
			Locale language = Locale.forLanguageTag(account.getPreferredLanguage());
			// Set directly on the resolver's cookie: this is the account's own choice being restored
			locales.setLocale(request, response, language);
		});
		audit.record(user.tenantId(), user, "SIGN_IN", "user", user.id(), null);
		request.getSession().removeAttribute(TYPED_EMAIL);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email");
		if (email != null && email.length() <= 320) {
			request.getSession().setAttribute(TYPED_EMAIL, email);
		}
		String query = switch (exception) {
			case SignInProblem problem when problem.kind() == SignInProblem.Kind.THROTTLED ->
				"throttled&wait=" + Math.max(1, (problem.waitFor().toSeconds() + 59) / 60);
			case SignInProblem problem when problem.kind() == SignInProblem.Kind.UNCONFIRMED -> "unconfirmed";
			case SignInProblem problem when problem.kind() == SignInProblem.Kind.DISABLED -> "disabled";
			default -> "invalid";
		};
		response.sendRedirect(request.getContextPath() + "/login?error=" + query);
	}
}
