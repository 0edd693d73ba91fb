package org.inclusio.directory.internal.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.inclusio.directory.internal.DirectoryService;
import org.inclusio.identity.MunicipalityTimeZones;
import org.springframework.stereotype.Service;

/**
 * Full-text search of the directory's services with filters, facet counts, paging and two orders (best match,
 * nearest first). Results are read from the index alone (stored fields), so a search page costs no SQL.
 * <p>
 * Words are looked up in every language's fields, each analysed in its language (see {@link SearchAnalyzers}), so a
 * person may search in Bulgarian, Latvian or English whatever the page's language. When the words match nothing, the
 * search is repeated with one typo allowed per word ({@link Result#similar()}).
 * <p>
 * A facet's counts say how many services each choice would give with the other filters kept: for a dimension with a
 * choice made that needs a query without that choice. Those counts are kept for {@link FacetCache#TTL} (they change
 * only when services do), so a repeated search costs one index query.
 */
@Service
public class ServiceSearch {

	/** The searchable text fields and their weight (the name counts most). */
	private static final Map<String, Float> TEXT_FIELDS = new LinkedHashMap<>();

	static {
		for (String language : DirectorySearchMapping.LANGUAGES) {
			TEXT_FIELDS.put("name." + language, 3f);
			TEXT_FIELDS.put("alternateName." + language, 2f);
			TEXT_FIELDS.put(ServiceFactsBinder.NEED_TEXT + language, 1.5f);
			TEXT_FIELDS.put("organization.name." + language, 1f);
			TEXT_FIELDS.put("description." + language, 1f);
		}
	}

	private static final AggregationKey<Map<String, Long>> NEEDS = AggregationKey.of("needs");

	private static final AggregationKey<Map<Long, Long>> TENANTS = AggregationKey.of("tenants");

	private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");

	private static final AggregationKey<Map<Boolean, Long>> FREE = AggregationKey.of("free");

	private static final AggregationKey<Map<Boolean, Long>> WHEELCHAIR = AggregationKey.of("wheelchair");

	private final EntityManagerFactory entityManagerFactory;

	private final MunicipalityTimeZones timeZones;

	private final Clock clock;

	private final FacetCache facetCache;

	ServiceSearch(EntityManagerFactory entityManagerFactory, MunicipalityTimeZones timeZones, Clock clock,
			FacetCache facetCache) {
		this.entityManagerFactory = entityManagerFactory;
		this.timeZones = timeZones;
		this.clock = clock;
		this.facetCache = facetCache;
	}

	/** What a person asked for; {@code near} set means nearest first. Pages count from 1. */
	public record Query(String text, List<String> needs, Long tenant, String language, boolean openNow, boolean free,
			boolean wheelchair, GeoPoint near, int page, int size) {

		public Query {
			text = text == null ? "" : text.strip();
			needs = needs == null ? List.of() : List.copyOf(needs);
			language = language == null || language.isBlank() ? null : language;
			page = Math.max(1, page);
		}

		boolean hasText() {
			return !text.isEmpty();
		}

		/** The filters as a key, without paging or order (the same facets for every page and order). */
		String facetKey(String textMode) {
			return String.join("|", textMode, text, String.join(",", needs.stream().sorted().toList()),
					String.valueOf(tenant), String.valueOf(language), String.valueOf(openNow), String.valueOf(free),
					String.valueOf(wheelchair));
		}
	}

	/** One service found; texts in the three languages (the page picks one with fallback). */
	public record Hit(String id, Text name, Text organization, Text description, Long tenant, boolean free,
			boolean wheelchair, Double distanceKm) {
	}

	public record Text(String bg, String lv, String en) {

		public String in(String language) {
			for (String candidate : new String[] { language, "en", "bg", "lv" }) {
				String text = get(candidate);
				if (text != null && !text.isBlank()) {
					return text;
				}
			}
			return "";
		}

		/** The language {@link #in(String)} gives. */
		public String languageOf(String language) {
			for (String candidate : new String[] { language, "en", "bg", "lv" }) {
				String text = get(candidate);
				if (text != null && !text.isBlank()) {
					return candidate;
				}
			}
			return language;
		}

		private String get(String language) {
			return switch (language) {
				case "bg" -> bg;
				case "lv" -> lv;
				case "en" -> en;
				default -> null;
			};
		}
	}

	/** Counts per filter value: how many services each choice gives with the other filters kept. */
	public record Facets(Map<String, Long> needs, Map<Long, Long> tenants, Map<String, Long> languages, long free,
			long wheelchair, long openNow) {
	}

	public record Result(List<Hit> hits, long total, boolean similar, Facets facets, int page, int pages) {
	}

	public Result search(Query query) {
		try (Session root = rootSession()) {
			SearchSession session = Search.session(root);
			Result result = search(session, query, false);
			if (result.total() == 0 && query.hasText()) {
				Result similar = search(session, query, true);
				if (similar.total() > 0) {
					return similar;
				}
			}
			return result;
		}
	}

	/**
	 * A session of the root tenant: the index is shared by every municipality and written as the root tenant (see
	 * {@link DirectoryIndexing}), whoever is signed in. Opening one costs no database connection: searches read
	 * the index only.
	 */
	private Session rootSession() {
		return entityManagerFactory.unwrap(SessionFactory.class).withOptions().tenantIdentifier(RootTenant.ROOT).openSession();
	}

	private Result search(SearchSession session, Query query, boolean fuzzy) {
		ZonedDateTime now = ZonedDateTime.now(clock);
		SearchResult<Hit> found = session.search(DirectoryService.class)
			.select(f -> f.composite()
				.from(f.id(String.class), f.field("name.bg", String.class), f.field("name.lv", String.class),
						f.field("name.en", String.class), f.field("organization.name.bg", String.class),
						f.field("organization.name.lv", String.class), f.field("organization.name.en", String.class),
						f.field("description.bg", String.class), f.field("description.lv", String.class),
						f.field("description.en", String.class), f.field("tenant", Long.class),
						f.field("free", Boolean.class), f.field(ServiceFactsBinder.WHEELCHAIR, Boolean.class),
						query.near() == null ? f.constant(null)
								: f.distance(ServiceFactsBinder.POSITION, query.near()).unit(DistanceUnit.KILOMETERS))
				.asArray(ServiceSearch::hit))
			.where(f -> f.and(predicate(f, query, fuzzy, null, now)))
			.sort(f -> query.near() == null ? f.score()
					: f.distance(ServiceFactsBinder.POSITION, query.near()).missing().last())
			.fetch((query.page() - 1) * query.size(), query.size());
		long total = found.total().hitCount();
		Facets facets = facetCache.get(query.facetKey(fuzzy ? "fuzzy" : "exact"),
				() -> facets(session, query, fuzzy, now));
		int pages = (int) Math.max(1, (total + query.size() - 1) / query.size());
		return new Result(found.hits(), total, fuzzy, facets, query.page(), pages);
	}

	private static Hit hit(Object[] v) {
		Double distance = (Double) v[13];
		return new Hit((String) v[0], new Text((String) v[1], (String) v[2], (String) v[3]),
				new Text((String) v[4], (String) v[5], (String) v[6]), new Text((String) v[7], (String) v[8], (String) v[9]),
				(Long) v[10], Boolean.TRUE.equals(v[11]), Boolean.TRUE.equals(v[12]), distance);
	}

	/** The dimensions a facet count may leave out (its own), so that the other choices of it are counted. */
	private enum Dimension {
		NEEDS, TENANT, LANGUAGE, OPEN, FREE, WHEELCHAIR
	}

	private Facets facets(SearchSession session, Query query, boolean fuzzy, ZonedDateTime now) {
		var all = session.search(DirectoryService.class)
			.where(f -> f.and(predicate(f, query, fuzzy, null, now)))
			.aggregation(NEEDS, f -> f.terms().field(ServiceFactsBinder.NEEDS, String.class).maxTermCount(100))
			.aggregation(TENANTS, f -> f.terms().field("tenant", Long.class).maxTermCount(100))
			.aggregation(LANGUAGES, f -> f.terms().field(ServiceFactsBinder.LANGUAGES, String.class).maxTermCount(100))
			.aggregation(FREE, f -> f.terms().field("free", Boolean.class))
			.aggregation(WHEELCHAIR, f -> f.terms().field(ServiceFactsBinder.WHEELCHAIR, Boolean.class))
			.fetch(0);
		long total = all.total().hitCount();
		Map<String, Long> needs = all.aggregation(NEEDS);
		if (!query.needs().isEmpty()) {
			needs = session.search(DirectoryService.class)
				.where(f -> f.and(predicate(f, query, fuzzy, Dimension.NEEDS, now)))
				.aggregation(NEEDS, f -> f.terms().field(ServiceFactsBinder.NEEDS, String.class).maxTermCount(100))
				.fetch(0)
				.aggregation(NEEDS);
		}
		Map<Long, Long> tenants = all.aggregation(TENANTS);
		if (query.tenant() != null) {
			tenants = session.search(DirectoryService.class)
				.where(f -> f.and(predicate(f, query, fuzzy, Dimension.TENANT, now)))
				.aggregation(TENANTS, f -> f.terms().field("tenant", Long.class).maxTermCount(100))
				.fetch(0)
				.aggregation(TENANTS);
		}
		Map<String, Long> languages = all.aggregation(LANGUAGES);
		if (query.language() != null) {
			languages = session.search(DirectoryService.class)
				.where(f -> f.and(predicate(f, query, fuzzy, Dimension.LANGUAGE, now)))
				.aggregation(LANGUAGES, f -> f.terms().field(ServiceFactsBinder.LANGUAGES, String.class).maxTermCount(100))
				.fetch(0)
				.aggregation(LANGUAGES);
		}
		long free = query.free() ? total : all.aggregation(FREE).getOrDefault(true, 0L);
		long wheelchair = query.wheelchair() ? total : all.aggregation(WHEELCHAIR).getOrDefault(true, 0L);
		List<Long> openTenants = query.tenant() != null ? List.of(query.tenant()) : facetCache.tenants(this::knownTenants);
		long open = query.openNow() ? total
				: session.search(DirectoryService.class)
					.where(f -> f.and(predicate(f, query, fuzzy, null, now), openNow(f, now, openTenants)))
					.fetchTotalHitCount();
		return new Facets(needs, tenants, languages, free, wheelchair, open);
	}

	/** Everything a query asks for, except one dimension's filter when {@code without} names it. */
	private SearchPredicate predicate(SearchPredicateFactory f, Query query, boolean fuzzy, Dimension without,
			ZonedDateTime now) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.hasText()) {
			bool.must(text(f, query.text(), fuzzy));
		}
		else {
			bool.must(f.matchAll());
		}
		// services no longer offered are not listed (HSDS status inactive or defunct)
		bool.mustNot(f.terms().field("status").matchingAny(List.of("inactive", "defunct")));
		if (!query.needs().isEmpty() && without != Dimension.NEEDS) {
			bool.filter(f.terms().field(ServiceFactsBinder.NEEDS).matchingAny(query.needs()));
		}
		if (query.tenant() != null && without != Dimension.TENANT) {
			bool.filter(f.match().field("tenant").matching(query.tenant()));
		}
		if (query.language() != null && without != Dimension.LANGUAGE) {
			bool.filter(f.match().field(ServiceFactsBinder.LANGUAGES).matching(query.language()));
		}
		if (query.free() && without != Dimension.FREE) {
			bool.filter(f.match().field("free").matching(true));
		}
		if (query.wheelchair() && without != Dimension.WHEELCHAIR) {
			bool.filter(f.match().field(ServiceFactsBinder.WHEELCHAIR).matching(true));
		}
		if (query.openNow() && without != Dimension.OPEN) {
			bool.filter(openNow(f, now, query.tenant() != null ? List.of(query.tenant()) : facetCache.tenants(this::knownTenants)));
		}
		return bool.toPredicate();
	}

	private SearchPredicate text(SearchPredicateFactory f, String text, boolean fuzzy) {
		var fields = f.match().field(TEXT_FIELDS.keySet().iterator().next());
		boolean first = true;
		for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
			if (!first) {
				fields = fields.field(field.getKey());
			}
			fields = fields.boost(field.getValue());
			first = false;
		}
		var matching = fields.matching(text);
		if (fuzzy) {
			// one typo per word, the first letter kept (fewer, better guesses, and cheaper)
			matching = matching.fuzzy(1, 1);
		}
		return matching.toPredicate();
	}

	/**
	 * Open now: an opening interval around the current minute of the week, in each municipality's own time zone
	 * (opening hours are local times). Municipalities that share a zone share one clause.
	 */
	private SearchPredicate openNow(SearchPredicateFactory f, ZonedDateTime now, List<Long> tenants) {
		Map<ZoneId, List<Long>> byZone = new LinkedHashMap<>();
		for (Long tenant : tenants) {
			byZone.computeIfAbsent(timeZones.of(tenant), zone -> new ArrayList<>()).add(tenant);
		}
		if (byZone.isEmpty()) {
			return f.matchNone().toPredicate();
		}
		var any = f.or();
		for (Map.Entry<ZoneId, List<Long>> zone : byZone.entrySet()) {
			int minute = ServiceFactsBinder.minuteOfWeek(now.withZoneSameInstant(zone.getKey()));
			any.add(f.and(f.terms().field("tenant").matchingAny(zone.getValue()),
					f.nested(ServiceFactsBinder.OPEN)
						.add(f.range().field(ServiceFactsBinder.OPEN_FROM).atMost(minute))
						.add(f.range().field(ServiceFactsBinder.OPEN_TO).greaterThan(minute))));
		}
		return any.toPredicate();
	}

	/** The municipalities that have services in the index. */
	private List<Long> knownTenants() {
		try (Session root = rootSession()) {
			return Search.session(root)
				.search(DirectoryService.class)
				.where(f -> f.matchAll())
				.aggregation(TENANTS, f -> f.terms().field("tenant", Long.class).maxTermCount(1000))
				.fetch(0)
				.aggregation(TENANTS)
				.keySet()
				.stream()
				.filter(Objects::nonNull)
				.toList();
		}
	}

	/** Services in the index (for the reindex page and the start-up check). */
	public long indexedCount() {
		try (Session root = rootSession()) {
			return Search.session(root).search(DirectoryService.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}
}
