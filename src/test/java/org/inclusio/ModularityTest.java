package org.inclusio;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(InclusioApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
