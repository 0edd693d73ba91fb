package org.inclusio.directory.internal.search;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * For the benchmark only (bench/directory; exists only with {@code inclusio.bench.sql-search=true}): the same search
 * page answered by plain SQL, {@code ILIKE '%word%'} over the names and descriptions in the three languages with the
 * same filters, so that the search index can be compared with what one would write without it.
 */
@Controller
@ConditionalOnProperty(name = "inclusio.bench.sql-search", havingValue = "true")
class SqlSearchBaseline {

	private final JdbcClient jdbc;

	SqlSearchBaseline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/services/sql-search-baseline")
	String search(@ModelAttribute("form") SearchForm form, Model model, Locale locale) {
		String language = List.of("bg", "lv", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "en";
		String word = "%" + form.getQ().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		StringBuilder where = new StringBuilder("""
				s.status not in ('inactive', 'defunct') and (s.name_bg ilike :word or s.name_lv ilike :word
				or s.name_en ilike :word or s.description_bg ilike :word or s.description_lv ilike :word
				or s.description_en ilike :word)""");
		if (!form.getNeed().isEmpty()) {
			where.append("""
					 and exists (select 1 from directory_attribute a join directory_taxonomy_term t on t.id = a.taxonomy_term_id
					 where a.link_entity = 'service' and a.link_id = s.id and t.code in (:needs))""");
		}
		if (form.areaId() != null) {
			where.append(" and s.tenant_id = :tenant");
		}
		if (form.isFree()) {
			where.append(" and s.free_of_charge");
		}
		List<ServiceSearch.Hit> hits = jdbc.sql("""
				select s.id, s.name_bg, s.name_lv, s.name_en, o.name_bg, o.name_lv, o.name_en,
				       s.description_bg, s.description_lv, s.description_en, s.tenant_id, s.free_of_charge,
				       count(*) over () as total
				from directory_service s join directory_organization o on o.id = s.organization_id
				where %s order by s.name_%s limit 20""".formatted(where, language))
			.param("word", word)
			.param("needs", form.getNeed().isEmpty() ? List.of("") : form.getNeed())
			.param("tenant", form.areaId() == null ? 0L : form.areaId())
			.query((rs, n) -> new ServiceSearch.Hit(rs.getString(1),
					new ServiceSearch.Text(rs.getString(2), rs.getString(3), rs.getString(4)),
					new ServiceSearch.Text(rs.getString(5), rs.getString(6), rs.getString(7)),
					new ServiceSearch.Text(rs.getString(8), rs.getString(9), rs.getString(10)), rs.getLong(11),
					rs.getBoolean(12), false, null))
			.list();
		model.addAttribute("baselineHits", hits.size());
		model.addAttribute("items", hits.stream().map(h -> h.name().in(language)).toList());
		return "directorysearch/sql-baseline";
	}
}
