package org.inclusio.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.inclusio.identity.Role;
import org.inclusio.identity.SignedInUser;

/**
 * A person's account. The {@link TenantId} column makes Hibernate add the signed-in person's municipality to
 * every query on this table, so staff of one municipality can never load another's users.
 */
@Entity
@Table(name = "identity_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	@Column(name = "tenant_id", nullable = false, updatable = false)
	private Long tenantId;

	@Column(nullable = false)
	private String email;

	@Column(name = "email_normalized", nullable = false, unique = true)
	private String emailNormalized;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "preferred_language", nullable = false)
	private String preferredLanguage;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "email_confirmed_at")
	private Instant emailConfirmedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@Version
	private int version;

	protected UserAccount() {
	}

	UserAccount(long tenantId, String email, String displayName, String passwordHash, String preferredLanguage,
			Set<Role> roles, Instant createdAt) {
		this.tenantId = tenantId;
		this.email = email.trim();
		this.emailNormalized = normalize(email);
		this.displayName = displayName.trim();
		this.passwordHash = passwordHash;
		this.preferredLanguage = preferredLanguage;
		this.roles = new HashSet<>(roles);
		this.createdAt = createdAt;
	}

	static String normalize(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	SignedInUser toSignedInUser() {
		return new SignedInUser(id, tenantId, email, displayName, roles, passwordHash);
	}

	void confirmEmail(Instant at) {
		if (emailConfirmedAt == null) {
			emailConfirmedAt = at;
		}
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void changeRoles(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles.isEmpty() ? EnumSet.of(Role.CITIZEN) : newRoles);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	public Long getId() {
		return id;
	}

	public Long getTenantId() {
		return tenantId;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isEmailConfirmed() {
		return emailConfirmedAt != null;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(roles);
	}
}
