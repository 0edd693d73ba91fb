package org.inclusio.directory.internal.hsds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.inclusio.directory.internal.hsds.HsdsRecords.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's pages: the ids of one page in id order (an index scan of the primary key, so a page costs the same
 * whatever the filter), then the page's records and their one-to-one neighbours in one query per table. The
 * number of matches is counted once per filter and kept for a few seconds: counting 100,000 services on every
 * page would cost more than the page itself.
 */
@Component
class HsdsQueries {

	static final Duration COUNT_KEPT = Duration.ofSeconds(10);

	/** A bound on the counts kept: one per filter, and filters come from the public. */
	static final int COUNTS_KEPT = 1000;

	record ServiceFilter(String search, String termId, String taxonomyId, String organizationId,
			OffsetDateTime modifiedAfter) {
	}

	record Page(List<String> ids, long total) {
	}

	private record Count(long total, Instant until, java.util.concurrent.atomic.AtomicBoolean refreshing) {
	}

	private final JdbcClient jdbc;

	private final HsdsModel model;

	private final HsdsRecords records;

	private final Clock clock;

	private final HsdsServicePage servicePage;

	private final Map<String, Count> counts = new ConcurrentHashMap<>();

	/** A bound on the pages of /services kept (about 25 KB each). */
	static final int PAGES_KEPT = 400;

	private record Kept(ServiceListPage page, Instant until, java.util.concurrent.atomic.AtomicBoolean refreshing) {
	}

	private final Map<String, Kept> pages = new ConcurrentHashMap<>();

	HsdsQueries(JdbcClient jdbc, HsdsModel model, HsdsRecords records, Clock clock, HsdsServicePage servicePage) {
		this.servicePage = servicePage;
		this.jdbc = jdbc;
		this.model = model;
		this.records = records;
		this.clock = clock;
	}

	/** Forgets the counts and the pages kept, e.g. after an import. */
	void changed() {
		counts.clear();
		pages.clear();
	}

	Page services(ServiceFilter filter, int size, long offset) {
		Where where = serviceWhere("s", filter);
		return page("directory_service s", where, "s.id", size, offset);
	}

	/** A page of /services as JSON items, written in one query (see {@link HsdsServicePage}), and the total. */
	record ServiceListPage(byte[] contents, int size, long total) {
	}

	/**
	 * A page of /services, kept like the counts for {@link #COUNT_KEPT}: clients walk the same pages again and again
	 * (harvesters, apps that show the first page), and a kept page costs nothing in the database. A change made
	 * through this node's import is seen at once ({@link #changed()}); any other change within {@link #COUNT_KEPT}.
	 * While one request writes a page again, the others are answered with the page kept.
	 */
	ServiceListPage serviceList(ServiceFilter filter, int size, long offset, String language) {
		Where where = serviceWhere("s", filter);
		String key = where.clause() + where.params + '|' + size + '|' + offset + '|' + language;
		Instant now = clock.instant();
		Kept kept = pages.get(key);
		if (kept != null && (kept.until().isAfter(now) || !kept.refreshing().compareAndSet(false, true))) {
			return kept.page();
		}
		HsdsServicePage.Written written = servicePage.write(where.clause(), where.params, size, offset, language);
		long total = offset == 0 && written.count() < size ? written.count() : count("directory_service s", where);
		ServiceListPage page = new ServiceListPage(written.contents(), written.count(), total);
		if (pages.size() >= PAGES_KEPT) {
			pages.clear();
		}
		pages.put(key, new Kept(page, now.plus(COUNT_KEPT), new java.util.concurrent.atomic.AtomicBoolean()));
		return page;
	}

	Page serviceAtLocations(ServiceFilter filter, int size, long offset) {
		Where where = serviceWhere("s", filter);
		if (filter.search() != null) {
			// the location's name counts as well, e.g. a town
			where.sql.set(where.sql.size() - 1, "(" + where.sql.get(where.sql.size() - 1) + " or "
					+ like("l", List.of("name", "description")) + ")");
		}
		return page("directory_service_at_location sal join directory_service s on s.id = sal.service_id"
				+ " join directory_location l on l.id = sal.location_id", where, "sal.id", size, offset);
	}

	Page organizations(String search, int size, long offset) {
		Where where = new Where();
		if (search != null) {
			where.add(like("o", List.of("name", "alternate_name", "description")), "q", pattern(search));
		}
		return page("directory_organization o", where, "o.id", size, offset);
	}

	Page taxonomies(String search, int size, long offset) {
		Where where = new Where();
		if (search != null) {
			where.add("(t.name ilike :q or t.description ilike :q)", "q", pattern(search));
		}
		return page("directory_taxonomy t", where, "t.id", size, offset);
	}

	Page taxonomyTerms(String search, String taxonomyId, String parentId, boolean topOnly, int size, long offset) {
		Where where = new Where();
		if (search != null) {
			where.add("(" + like("t", List.of("name", "description")) + " or t.code ilike :q)", "q", pattern(search));
		}
		if (taxonomyId != null) {
			where.add("t.taxonomy_id = :taxonomy", "taxonomy", taxonomyId);
		}
		if (parentId != null) {
			where.add("t.parent_id = :parent", "parent", parentId);
		}
		if (topOnly) {
			where.add("t.parent_id is null", null, null);
		}
		return page("directory_taxonomy_term t", where, "t.id", size, offset);
	}

	/** Services with their own fields, their organization's and their program's (the compiled service_list). */
	List<ObjectNode> serviceList(List<String> ids, Texts texts) {
		var services = records.where(model.table("service"), "id", ids);
		Map<String, Map<String, Object>> organizations = index(
				records.where(model.table("organization"), "id", HsdsDocuments.ids(services, "organization_id")));
		Map<String, Map<String, Object>> programs = index(
				records.where(model.table("program"), "id", HsdsDocuments.ids(services, "program_id")));
		Map<String, ObjectNode> byId = new LinkedHashMap<>();
		for (var service : services) {
			ObjectNode node = HsdsRecords.object(model.table("service"), service, texts);
			var organization = organizations.get(String.valueOf(service.get("organization_id")));
			if (organization != null) {
				node.set("organization", HsdsRecords.object(model.table("organization"), organization, texts));
			}
			var program = programs.get(String.valueOf(service.get("program_id")));
			if (program != null) {
				node.set("program", HsdsRecords.object(model.table("program"), program, texts));
			}
			byId.put(service.get("id").toString(), node);
		}
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	/** Services at locations with their location's and service's own fields (the compiled service_at_location_list). */
	List<ObjectNode> serviceAtLocationList(List<String> ids, Texts texts) {
		var sals = records.where(model.table("service_at_location"), "id", ids);
		Map<String, Map<String, Object>> locations = index(
				records.where(model.table("location"), "id", HsdsDocuments.ids(sals, "location_id")));
		Map<String, ObjectNode> services = new LinkedHashMap<>();
		serviceList(HsdsDocuments.ids(sals, "service_id"), texts).forEach(s -> services.put(s.get("id").asString(), s));
		Map<String, ObjectNode> byId = new LinkedHashMap<>();
		for (var sal : sals) {
			ObjectNode node = HsdsRecords.object(model.table("service_at_location"), sal, texts);
			var location = locations.get(sal.get("location_id").toString());
			if (location != null) {
				node.set("location", HsdsRecords.object(model.table("location"), location, texts));
			}
			ObjectNode service = services.get(sal.get("service_id").toString());
			if (service != null) {
				node.set("service", service);
			}
			byId.put(sal.get("id").toString(), node);
		}
		return ids.stream().filter(byId::containsKey).map(byId::get).toList();
	}

	/** The parts of a where clause and their parameters. */
	private static final class Where {

		final List<String> sql = new ArrayList<>();

		final Map<String, Object> params = new LinkedHashMap<>();

		void add(String condition, String name, Object value) {
			sql.add(condition);
			if (name != null) {
				params.put(name, value);
			}
		}

		String clause() {
			return sql.isEmpty() ? "" : " where " + String.join(" and ", sql);
		}
	}

	private Where serviceWhere(String s, ServiceFilter filter) {
		Where where = new Where();
		if (filter.organizationId() != null) {
			where.add(s + ".organization_id = :organization", "organization", filter.organizationId());
		}
		if (filter.termId() != null) {
			where.add("exists (select 1 from directory_attribute a where a.link_entity = 'service' and a.link_id = "
					+ s + ".id and a.taxonomy_term_id = :term)", "term", filter.termId());
		}
		if (filter.taxonomyId() != null) {
			where.add("exists (select 1 from directory_attribute a join directory_taxonomy_term t on t.id = "
					+ "a.taxonomy_term_id where a.link_entity = 'service' and a.link_id = " + s
					+ ".id and t.taxonomy_id = :taxonomy)", "taxonomy", filter.taxonomyId());
		}
		if (filter.modifiedAfter() != null) {
			where.add(s + ".last_modified >= :modified", "modified", filter.modifiedAfter());
		}
		if (filter.search() != null) {
			where.add(like(s, List.of("name", "alternate_name", "description")), "q", pattern(filter.search()));
		}
		return where;
	}

	/** A plain substring match in any language (the public search pages have the full-text search). */
	private static String like(String alias, List<String> fields) {
		List<String> any = new ArrayList<>();
		for (String field : fields) {
			for (String language : HsdsModel.LANGUAGES) {
				any.add(alias + "." + field + "_" + language + " ilike :q");
			}
		}
		return "(" + String.join(" or ", any) + ")";
	}

	private static String pattern(String search) {
		return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private Page page(String from, Where where, String id, int size, long offset) {
		List<String> ids = jdbc.sql("select " + id + " from " + from + where.clause() + " order by " + id
				+ " limit :limit offset :offset")
			.params(where.params)
			.param("limit", size)
			.param("offset", offset)
			.query(String.class)
			.list();
		long total;
		if (offset == 0 && ids.size() < size) {
			total = ids.size(); // the whole result is on this first page
		}
		else {
			total = count(from, where);
		}
		return new Page(ids, total);
	}

	private long count(String from, Where where) {
		String sql = "select count(*) from " + from + where.clause();
		String key = sql + where.params;
		Instant now = clock.instant();
		Count kept = counts.get(key);
		if (kept != null && (kept.until().isAfter(now) || !kept.refreshing().compareAndSet(false, true))) {
			return kept.total(); // fresh, or being counted again by another request: the last count is near enough
		}
		long total = jdbc.sql(sql).params(where.params).query(Long.class).single();
		if (counts.size() >= COUNTS_KEPT) {
			counts.clear();
		}
		counts.put(key, new Count(total, now.plus(COUNT_KEPT), new java.util.concurrent.atomic.AtomicBoolean()));
		return total;
	}

	private static Map<String, Map<String, Object>> index(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> index = new LinkedHashMap<>();
		rows.forEach(r -> index.put(r.get("id").toString(), r));
		return index;
	}
}
