package org.inclusio.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusio.identity.AuditLog;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;
import org.inclusio.notification.Mailer;
import org.inclusio.shared.web.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creating accounts, confirming emails and resetting passwords. */
@Service
class Accounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final TenantRepository tenants;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final OneTimeTokens tokens;

	private final Mailer mailer;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	Accounts(UserAccountRepository users, TenantRepository tenants, PasswordEncoder encoder, PasswordPolicy policy,
			OneTimeTokens tokens, Mailer mailer, AuditLog audit, Clock clock,
			@Value("${inclusio.base-url}") String baseUrl) {
		this.users = users;
		this.tenants = tenants;
		this.encoder = encoder;
		this.policy = policy;
		this.tokens = tokens;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Registers a citizen, or, if the email is taken, tells its owner by email: the page says the same either way,
	 * so nobody learns which emails are registered. Field errors go to {@code errors}; nothing is saved then.
	 */
	@Transactional
	void register(RegistrationForm form, Errors errors) {
		Optional<Tenant> tenant = tenants.findByCode(form.getMunicipality() == null ? "" : form.getMunicipality());
		if (!errors.hasFieldErrors("municipality") && tenant.isEmpty()) {
			errors.rejectValue("municipality", "registration.municipality.required");
		}
		if (!errors.hasFieldErrors("language") && !Languages.isSupported(form.getLanguage())) {
			errors.rejectValue("language", "registration.language.required");
		}
		policy.check(form.getPassword(), form.getEmail(), form.getDisplayName())
			.ifPresent(problem -> errors.rejectValue("password", problem));
		if (errors.hasErrors()) {
			return;
		}
		Locale language = Languages.of(form.getLanguage());
		Optional<UserAccount> existing = users.findByEmailNormalized(UserAccount.normalize(form.getEmail()));
		if (existing.isPresent()) {
			UserAccount owner = existing.get();
			mailer.send(owner.getEmail(), Locale.forLanguageTag(owner.getPreferredLanguage()), "identity-already-registered",
					Map.of("name", owner.getDisplayName(), "signInLink", baseUrl + "/login", "resetLink",
							baseUrl + "/password/forgot"));
			return;
		}
		UserAccount account = users.save(new UserAccount(tenant.get().getId(), form.getEmail(), form.getDisplayName(),
				encoder.encode(form.getPassword()), language.getLanguage(), Set.of(Role.CITIZEN), clock.instant()));
		audit.record(account.getTenantId(), null, "REGISTER", "user", account.getId(), null);
		sendConfirmation(account);
	}

	private void sendConfirmation(UserAccount account) {
		String token = tokens.issue(account.getId(), OneTimeTokens.Purpose.CONFIRM_EMAIL);
		mailer.send(account.getEmail(), Locale.forLanguageTag(account.getPreferredLanguage()), "identity-confirm-email",
				Map.of("name", account.getDisplayName(), "link", baseUrl + "/register/confirm?token=" + token));
	}

	@Transactional
	void resendConfirmation(String email) {
		users.findByEmailNormalized(UserAccount.normalize(email))
			.filter(account -> !account.isEmailConfirmed())
			.ifPresent(this::sendConfirmation);
	}

	@Transactional
	boolean confirmEmail(String token) {
		return tokens.consume(token, OneTimeTokens.Purpose.CONFIRM_EMAIL)
			.flatMap(users::findById)
			.map(account -> {
				account.confirmEmail(clock.instant());
				audit.record(account.getTenantId(), null, "CONFIRM_EMAIL", "user", account.getId(), null);
				return true;
			})
			.orElse(false);
	}

	@Transactional
	void requestPasswordReset(String email) {
		users.findByEmailNormalized(UserAccount.normalize(email)).filter(UserAccount::isEnabled).ifPresent(account -> {
			String token = tokens.issue(account.getId(), OneTimeTokens.Purpose.RESET_PASSWORD);
			mailer.send(account.getEmail(), Locale.forLanguageTag(account.getPreferredLanguage()), "identity-reset-password",
					Map.of("name", account.getDisplayName(), "link", baseUrl + "/password/reset?token=" + token));
			audit.record(account.getTenantId(), null, "REQUEST_PASSWORD_RESET", "user", account.getId(), null);
		});
	}

	/** Whether a reset (or first-password) link is still good, to show its form or say it has expired. */
	boolean isResetTokenValid(String token) {
		return tokens.peek(token, OneTimeTokens.Purpose.RESET_PASSWORD).isPresent()
				|| tokens.peek(token, OneTimeTokens.Purpose.SET_FIRST_PASSWORD).isPresent();
	}

	/** Sets a new password from a reset link; returns false if the link is not valid (any more). */
	@Transactional
	boolean resetPassword(String token, String password, Errors errors) {
		Optional<UserAccount> account = tokens.peek(token, OneTimeTokens.Purpose.RESET_PASSWORD)
			.or(() -> tokens.peek(token, OneTimeTokens.Purpose.SET_FIRST_PASSWORD))
			.flatMap(users::findById);
		if (account.isEmpty()) {
			return false;
		}
		policy.check(password, account.get().getEmail(), account.get().getDisplayName())
			.ifPresent(problem -> errors.rejectValue("password", problem));
		if (errors.hasErrors()) {
			return true;
		}
		if (tokens.consume(token, OneTimeTokens.Purpose.RESET_PASSWORD).isEmpty()
				&& tokens.consume(token, OneTimeTokens.Purpose.SET_FIRST_PASSWORD).isEmpty()) {
			return false;
		}
		account.get().changePassword(encoder.encode(password));
		account.get().confirmEmail(clock.instant());
		audit.record(account.get().getTenantId(), null, "RESET_PASSWORD", "user", account.get().getId(), null);
		return true;
	}

	/** An ADMIN creates a staff account in their own municipality; the person sets a password from an email. */
	@Transactional
	Optional<UserAccount> createStaff(SignedInUser admin, StaffForm form, Errors errors) {
		if (!errors.hasFieldErrors("email") && users.existsByEmailNormalized(UserAccount.normalize(form.getEmail()))) {
			errors.rejectValue("email", "staff.email.taken");
		}
		if (!errors.hasFieldErrors("language") && !Languages.isSupported(form.getLanguage())) {
			errors.rejectValue("language", "registration.language.required");
		}
		if (form.getRoles() == null || form.getRoles().isEmpty()) {
			errors.rejectValue("roles", "staff.roles.required");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		byte[] unusable = new byte[24];
		RANDOM.nextBytes(unusable);
		UserAccount account = users.save(new UserAccount(admin.tenantId(), form.getEmail(), form.getDisplayName(),
				encoder.encode(Base64.getEncoder().encodeToString(unusable)), form.getLanguage(), form.getRoles(),
				clock.instant()));
		account.confirmEmail(clock.instant());
		audit.record("CREATE", "user", account.getId(), "roles=" + form.getRoles());
		String token = tokens.issue(account.getId(), OneTimeTokens.Purpose.SET_FIRST_PASSWORD);
		mailer.send(account.getEmail(), Locale.forLanguageTag(account.getPreferredLanguage()), "identity-staff-invitation",
				Map.of("name", account.getDisplayName(), "link", baseUrl + "/password/reset?token=" + token));
		return Optional.of(account);
	}
}
