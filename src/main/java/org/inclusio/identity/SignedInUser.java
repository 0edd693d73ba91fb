package org.inclusio.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind the current request, as kept in the (database-backed) session. Holds no personal data
 * beyond what every page needs: the id, the municipality, the roles and the display name.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final long tenantId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private String passwordHash;

	public SignedInUser(long id, long tenantId, String email, String displayName, Set<Role> roles,
			String passwordHash) {
		this.id = id;
		this.tenantId = tenantId;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	/** The signed-in user of this thread's request, if any. */
	public static Optional<SignedInUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public long id() {
		return id;
	}

	public long tenantId() {
		return tenantId;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The role to record in the audit log: the most privileged one the person holds. */
	public Role primaryRole() {
		return roles.stream().max(Enum::compareTo).orElse(Role.CITIZEN);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).collect(Collectors.toSet());
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SignedInUser#" + id;
	}
}
