package org.inclusio.directory.internal.search;

import java.util.Locale;
import java.util.Optional;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where "nearest first" measures from: a postcode or a place's name (in any of the three languages) from
 * directory_place. A postcode may be typed with spaces or a country prefix ("LV-1050", "lv 1050", "1050").
 */
@Component
class NearPlaces {

	private final JdbcClient jdbc;

	NearPlaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<GeoPoint> find(String text) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty() || typed.length() > 100) {
			return Optional.empty();
		}
		String postcode = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replaceFirst("^(LV|BG)(?=\\d)", "");
		String name = typed.toLowerCase(Locale.ROOT);
		return jdbc.sql("""
				select latitude, longitude from directory_place
				where latitude is not null and longitude is not null
				  and (regexp_replace(upper(postcode), '[\\s-]|^(LV|BG)(?=\\d)', '', 'g') = :postcode
				       or lower(name_bg) = :name or lower(name_lv) = :name or lower(name_en) = :name
				       or lower(name_bg) like :prefix or lower(name_lv) like :prefix or lower(name_en) like :prefix)
				order by case when regexp_replace(upper(postcode), '[\\s-]|^(LV|BG)(?=\\d)', '', 'g') = :postcode then 0
				              when lower(name_bg) = :name or lower(name_lv) = :name or lower(name_en) = :name then 1
				              else 2 end, id
				limit 1""")
			.param("postcode", postcode)
			.param("name", name)
			.param("prefix", name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.query((rs, n) -> GeoPoint.of(rs.getDouble(1), rs.getDouble(2)))
			.optional();
	}
}
