package org.inclusio;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

	// production code only: the shared test helpers live in org.inclusio.support, the package of the support module
	// (ArchUnit's DoNotIncludeTests knows only target/test-classes, not the build directories -Dinclusio.build.dir gives)
	static final ApplicationModules MODULES = ApplicationModules.of(InclusioApplication.class,
			(ImportOption) location -> !location.contains("/test-classes/"));

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
