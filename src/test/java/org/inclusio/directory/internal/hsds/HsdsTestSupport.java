package org.inclusio.directory.internal.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.inclusio.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A test directory: the fixture file with ids of its own, imported into a municipality. */
abstract class HsdsTestSupport extends WebTest {

	@Autowired
	HsdsFiles files;

	@Autowired
	HsdsImport imports;

	@Autowired
	HsdsExport exports;

	@Autowired
	HsdsQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	/** The fixture (two services of one organization, in three languages) with ids starting with the prefix. */
	static String fixture(String prefix) {
		try (InputStream in = HsdsTestSupport.class.getResourceAsStream("/directory/hsds-fixture.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@P@", prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String prefix() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Checks and writes a file as the import page does; the plan tells what it found. */
	HsdsImport.Plan importFile(long tenantId, byte[] content, String language) {
		return new TransactionTemplate(transactions).execute(status -> {
			try {
				HsdsImport.Plan plan = imports.check(files.read(content), tenantId, language);
				if (plan.valid()) {
					imports.write(plan);
				}
				queries.changed();
				return plan;
			}
			catch (HsdsFiles.Unreadable ex) {
				throw new AssertionError("Unreadable: " + ex.code, ex);
			}
		});
	}

	long sofia() {
		return jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single();
	}

	/** A municipality of its own, with an empty directory. */
	long newMunicipality() {
		String code = "hsds-" + UUID.randomUUID().toString().substring(0, 8);
		return jdbc.sql("""
				insert into identity_tenant (code, name_bg, name_lv, name_en, country)
				values (:code, 'Тест', 'Tests', 'Test', 'BG') returning id
				""").param("code", code).query(Long.class).single();
	}

	long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}
}
