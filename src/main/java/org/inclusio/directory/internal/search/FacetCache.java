package org.inclusio.directory.internal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Facet counts of recent searches, kept for a short while: they take up to four index queries, change only when
 * services change, and the same searches come again and again (the first page, then the next). A count may be
 * {@link #TTL} old; the results themselves are always fresh. Cleared by a full reindex.
 */
@Component
class FacetCache {

	static final Duration TTL = Duration.ofSeconds(30);

	private static final int MAX_ENTRIES = 2000;

	private record Cached<T>(T value, Instant until) {
	}

	private final Clock clock;

	private final Map<String, Cached<ServiceSearch.Facets>> facets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Cached<ServiceSearch.Facets>> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	private volatile Cached<List<Long>> tenants;

	FacetCache(Clock clock) {
		this.clock = clock;
	}

	ServiceSearch.Facets get(String key, Supplier<ServiceSearch.Facets> compute) {
		Instant now = clock.instant();
		Cached<ServiceSearch.Facets> entry;
		synchronized (facets) {
			entry = facets.get(key);
		}
		if (entry != null && now.isBefore(entry.until())) {
			return entry.value();
		}
		ServiceSearch.Facets value = compute.get(); // outside the lock: two requests may both compute, which is fine
		synchronized (facets) {
			facets.put(key, new Cached<>(value, now.plus(TTL)));
		}
		return value;
	}

	/** The municipalities with services in the index (for "open now" across municipalities). */
	List<Long> tenants(Supplier<List<Long>> compute) {
		Cached<List<Long>> entry = tenants;
		Instant now = clock.instant();
		if (entry == null || !now.isBefore(entry.until())) {
			entry = new Cached<>(compute.get(), now.plus(TTL));
			tenants = entry;
		}
		return entry.value();
	}

	void clear() {
		synchronized (facets) {
			facets.clear();
		}
		tenants = null;
	}
}
