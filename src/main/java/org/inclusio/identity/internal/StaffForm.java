package org.inclusio.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.inclusio.identity.Role;

class StaffForm {

	@NotBlank(message = "{registration.name.required}")
	@Size(max = 200, message = "{registration.name.tooLong}")
	private String displayName;

	@NotBlank(message = "{registration.email.required}")
	@Email(message = "{registration.email.invalid}", regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
	@Size(max = 320, message = "{registration.email.invalid}")
	private String email;

	@NotBlank(message = "{registration.language.required}")
	private String language = "bg";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}
}
