package org.inclusio.directory.internal.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's GET form as it arrives in the address (all text: a hand-edited address is never an error page,
 * a value that makes no sense is ignored).
 */
public class SearchForm {

	static final String RELEVANCE = "relevance";

	static final String DISTANCE = "distance";

	private String q = "";

	private List<String> need = new ArrayList<>();

	private String area = "";

	private String language = "";

	private boolean open;

	private boolean free;

	private boolean wheelchair;

	private String sort = RELEVANCE;

	private String near = "";

	private String page = "1";

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q == null ? "" : q.strip();
	}

	public List<String> getNeed() {
		return need;
	}

	public void setNeed(List<String> need) {
		this.need = need == null ? new ArrayList<>()
				: new ArrayList<>(need.stream().filter(n -> n != null && !n.isBlank()).distinct().limit(20).toList());
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area == null ? "" : area.strip();
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language == null || !language.strip().matches("[a-z]{2,3}") ? "" : language.strip();
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public boolean isFree() {
		return free;
	}

	public void setFree(boolean free) {
		this.free = free;
	}

	public boolean isWheelchair() {
		return wheelchair;
	}

	public void setWheelchair(boolean wheelchair) {
		this.wheelchair = wheelchair;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = DISTANCE.equals(sort) ? DISTANCE : RELEVANCE;
	}

	public String getNear() {
		return near;
	}

	public void setNear(String near) {
		this.near = near == null ? "" : near.strip();
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	Long areaId() {
		try {
			return area.isEmpty() ? null : Long.valueOf(area);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	int pageNumber() {
		try {
			return Math.max(1, Math.min(1000, Integer.parseInt(page)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	boolean byDistance() {
		return DISTANCE.equals(sort);
	}

	boolean hasFilters() {
		return !need.isEmpty() || !area.isEmpty() || !language.isEmpty() || open || free || wheelchair;
	}

	/** The address of this search on another page. */
	public String pageHref(int number) {
		return href(true).replaceQueryParam("page", number).build().encode().toUriString();
	}

	/** The same words without any filter. */
	public String withoutFiltersHref() {
		return UriComponentsBuilder.fromPath("/services").queryParam("q", q).build().encode().toUriString();
	}

	private UriComponentsBuilder href(boolean filters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/services");
		if (!q.isEmpty()) {
			uri.queryParam("q", q);
		}
		if (filters) {
			need.forEach(n -> uri.queryParam("need", n));
			if (!area.isEmpty()) {
				uri.queryParam("area", area);
			}
			if (!language.isEmpty()) {
				uri.queryParam("language", language);
			}
			if (open) {
				uri.queryParam("open", true);
			}
			if (free) {
				uri.queryParam("free", true);
			}
			if (wheelchair) {
				uri.queryParam("wheelchair", true);
			}
			if (byDistance()) {
				uri.queryParam("sort", DISTANCE);
			}
			if (!near.isEmpty()) {
				uri.queryParam("near", near);
			}
		}
		return uri;
	}
}
