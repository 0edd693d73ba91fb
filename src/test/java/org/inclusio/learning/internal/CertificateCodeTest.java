package org.inclusio.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

	@Test
	void aRandomCodeHasTwelveCharactersWithoutLookAlikes() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = CertificateCode.random();
			assertThat(code).matches("[2-9A-HJKMNP-Z]{12}").doesNotContain("0", "1", "I", "L", "O");
			codes.add(code);
		}
		assertThat(codes).hasSize(1000);
	}

	@Test
	void typedCodesAreNormalisedWhateverTheCaseDashesAndSpaces() {
		assertThat(CertificateCode.normalise("K7QH-2M9X-PA4E")).hasValue("K7QH2M9XPA4E");
		assertThat(CertificateCode.normalise(" k7qh 2m9x pa4e ")).hasValue("K7QH2M9XPA4E");
		assertThat(CertificateCode.normalise("k7qh\u20132m9x\u2014pa4e")).as("typographic dashes").hasValue("K7QH2M9XPA4E");
		assertThat(CertificateCode.normalise("k7qh2m9xpa4e")).hasValue("K7QH2M9XPA4E");
		assertThat(CertificateCode.normalise("к7qн-2м9х-ра4е")).as("Cyrillic look-alikes from a Bulgarian keyboard")
			.hasValue("K7QH2M9XPA4E");
		assertThat(CertificateCode.display("K7QH2M9XPA4E")).isEqualTo("K7QH-2M9X-PA4E");
	}

	@Test
	void somethingThatCannotBeACodeIsRefused() {
		assertThat(CertificateCode.normalise(null)).isEmpty();
		assertThat(CertificateCode.normalise("")).isEmpty();
		assertThat(CertificateCode.normalise("K7QH-2M9X-PA4")).as("too short").isEmpty();
		assertThat(CertificateCode.normalise("K7QH-2M9X-PA4EE")).as("too long").isEmpty();
		assertThat(CertificateCode.normalise("K7QH-2M9X-PA4O")).as("O is not used").isEmpty();
		assertThat(CertificateCode.normalise("K7QH-2M9X-PA4Ж")).as("a Cyrillic letter unlike any Latin one").isEmpty();
		assertThat(CertificateCode.normalise("K7QH_2M9X_PA4E")).isEmpty();
	}
}
