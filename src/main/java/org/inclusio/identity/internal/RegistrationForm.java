package org.inclusio.identity.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person types to create a citizen account. The password is never sent back to the page. */
class RegistrationForm {

	@NotBlank(message = "{registration.name.required}")
	@Size(max = 200, message = "{registration.name.tooLong}")
	private String displayName;

	@NotBlank(message = "{registration.email.required}")
	@Email(message = "{registration.email.invalid}", regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
	@Size(max = 320, message = "{registration.email.invalid}")
	private String email;

	private String password;

	@NotBlank(message = "{registration.municipality.required}")
	private String municipality;

	@NotBlank(message = "{registration.language.required}")
	private String language;

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

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
