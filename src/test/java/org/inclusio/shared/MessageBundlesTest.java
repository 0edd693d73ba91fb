package org.inclusio.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a person can see exists in English, Bulgarian and Latvian: the three files of a bundle have the same keys. */
class MessageBundlesTest {

	static final List<String> TRANSLATIONS = List.of("bg", "lv");

	@Test
	void everyBundleHasTheSameKeysInEveryLanguageAndNoEmptyText() throws Exception {
		Path directory = messages();
		List<Path> bases;
		try (Stream<Path> files = Files.list(directory)) {
			bases = files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
		}
		assertThat(bases).isNotEmpty();
		for (Path base : bases) {
			String name = base.getFileName().toString().replace(".properties", "");
			Properties english = load(base);
			for (String language : TRANSLATIONS) {
				Path translation = directory.resolve(name + "_" + language + ".properties");
				assertThat(translation).as("%s in %s", name, language).exists();
				Properties translated = load(translation);
				assertThat(missing(english, translated)).as("keys of %s.properties missing in %s", name, translation.getFileName())
					.isEmpty();
				assertThat(missing(translated, english)).as("keys of %s not in %s.properties", translation.getFileName(), name)
					.isEmpty();
				assertThat(empty(translated)).as("empty texts in %s", translation.getFileName()).isEmpty();
			}
			assertThat(empty(english)).as("empty texts in %s", base.getFileName()).isEmpty();
		}
	}

	private static Set<String> missing(Properties from, Properties in) {
		Set<String> keys = new TreeSet<>(from.stringPropertyNames());
		keys.removeAll(in.stringPropertyNames());
		return keys;
	}

	private static Set<String> empty(Properties properties) {
		Set<String> keys = new TreeSet<>();
		properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank()).forEach(keys::add);
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Path messages() throws URISyntaxException {
		return Path.of(MessageBundlesTest.class.getResource("/messages").toURI());
	}
}
