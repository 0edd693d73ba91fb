package org.inclusio.directory.internal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.inclusio.directory.Directory;
import org.inclusio.directory.NeedCategory;
import org.inclusio.identity.People;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names for what the index holds as codes and ids: need categories, municipalities and languages, in the page's
 * language. They change rarely, so they are read once a minute at most, not on every search.
 */
@Component
class SearchLabels {

	private static final Duration TTL = Duration.ofMinutes(1);

	private record Entry(Object value, Instant until) {
	}

	private final Directory directory;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	private final Map<String, Entry> cache = new ConcurrentHashMap<>();

	SearchLabels(Directory directory, People people, MessageSource messages, Clock clock) {
		this.directory = directory;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	/** Need category code → name, in the order of the names. */
	Map<String, String> needs(Locale locale) {
		return cached("needs:" + locale.getLanguage(), () -> {
			Map<String, String> names = new LinkedHashMap<>();
			for (NeedCategory category : directory.needCategories(locale)) {
				names.put(category.code(), category.name());
			}
			return names;
		});
	}

	String municipality(long tenantId, Locale locale) {
		return cached("tenant:" + tenantId + ":" + locale.getLanguage(),
				() -> people.municipalityName(tenantId, locale).orElse(String.valueOf(tenantId)));
	}

	/** A spoken language's name (ISO 639 code) in the page's language. */
	String language(String code, Locale locale) {
		String fallback = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		if (fallback.isBlank() || fallback.equals(code)) {
			fallback = code;
		}
		String name = messages.getMessage("directorysearch.language." + code, null, fallback, locale);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	@SuppressWarnings("unchecked")
	private <T> T cached(String key, Supplier<T> compute) {
		Instant now = clock.instant();
		Entry entry = cache.get(key);
		if (entry == null || !now.isBefore(entry.until())) {
			entry = new Entry(compute.get(), now.plus(TTL));
			cache.put(key, entry);
		}
		return (T) entry.value();
	}
}
