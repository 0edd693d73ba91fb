package org.inclusio.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithoutAnyCompositionRules() {
		assertThat(policy.check("green river morning bread", "ana@example.org", "Ana")).isEmpty();
		assertThat(policy.check("зелена река сутрин", "ana@example.org", "Ana")).isEmpty();
		assertThat(policy.check("zaļa upe rīts maize", "ana@example.org", "Ana")).isEmpty();
	}

	@Test
	void refusesShortCommonRepetitiveAndPersonalPasswords() {
		assertThat(policy.check("", "a@b.cd", "A")).hasValue("password.required");
		assertThat(policy.check("elevenchars", "a@b.cd", "A")).hasValue("password.tooShort");
		assertThat(policy.check("x".repeat(129) + "y", "a@b.cd", "A")).hasValue("password.tooLong");
		assertThat(policy.check("Password1234", "a@b.cd", "A")).hasValue("password.common");
		assertThat(policy.check("парола123456", "a@b.cd", "A")).hasValue("password.common");
		assertThat(policy.check("abcabcabcabc", "a@b.cd", "A")).hasValue("password.common");
		assertThat(policy.check("my ana@example.org pw", "ana@example.org", "Ana")).hasValue("password.personal");
		assertThat(policy.check("Maria Petrova Ivanova", "m@example.org", "maria petrova ivanova")).hasValue("password.personal");
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(policy.check("жжжжжж ёёёёё", "a@b.cd", "A")).isEmpty();
	}
}
