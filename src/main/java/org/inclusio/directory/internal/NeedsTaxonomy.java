package org.inclusio.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.inclusio.directory.Directory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The need categories (taxonomy inclusio-needs) are reference data the support module relies on, so they are added
 * at every start when missing, demo or not. "on conflict do nothing" lets several nodes start at once.
 */
@Component
@Order(5)
class NeedsTaxonomy implements ApplicationRunner {

	static final String TERM_ID_PREFIX = Directory.NEEDS_TAXONOMY + "-";

	private final JdbcClient jdbc;

	NeedsTaxonomy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	@SuppressWarnings("unchecked")
	public void run(ApplicationArguments args) throws IOException {
		Map<String, Object> file;
		try (InputStream in = new ClassPathResource("directory/needs.yml").getInputStream()) {
			file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		Map<String, Object> taxonomy = (Map<String, Object>) file.get("taxonomy");
		jdbc.sql("""
				insert into directory_taxonomy (id, name, description, uri, version) values (:id, :name, :d, :uri, :v)
				on conflict (id) do nothing
				""")
			.param("id", taxonomy.get("id")).param("name", taxonomy.get("name")).param("d", taxonomy.get("description"))
			.param("uri", taxonomy.get("uri")).param("v", String.valueOf(taxonomy.get("version")))
			.update();
		for (Map<String, Object> term : (List<Map<String, Object>>) file.get("terms")) {
			List<String> name = (List<String>) term.get("name");
			List<String> description = (List<String>) term.get("description");
			String code = (String) term.get("code");
			jdbc.sql("""
					insert into directory_taxonomy_term (id, code, name_bg, name_lv, name_en, description_bg,
					    description_lv, description_en, taxonomy, taxonomy_id, term_uri)
					values (:id, :code, :nbg, :nlv, :nen, :dbg, :dlv, :den, :taxonomyName, :taxonomy, :uri)
					on conflict do nothing
					""")
				.param("id", TERM_ID_PREFIX + code).param("code", code)
				.param("nbg", name.get(0)).param("nlv", name.get(1)).param("nen", name.get(2))
				.param("dbg", description.get(0)).param("dlv", description.get(1)).param("den", description.get(2))
				.param("taxonomyName", taxonomy.get("name")).param("taxonomy", taxonomy.get("id"))
				.param("uri", taxonomy.get("uri") + "/" + code)
				.update();
		}
	}
}
