package org.inclusio.shared;

import org.springframework.core.env.Environment;

/** Whether to load demo data: always into the embedded database, into an external one only if asked. */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean wanted(Environment environment) {
		String demo = environment.getProperty("inclusio.demo", "");
		if (!demo.isBlank()) {
			return Boolean.parseBoolean(demo);
		}
		return environment.getProperty("inclusio.embedded-db.running", Boolean.class, false);
	}
}
