package org.inclusio.directory.internal.hsds;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inclusio.directory.internal.hsds.HsdsRecords.Texts;
import org.inclusio.shared.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public, read-only HSDS 3.0 API (Open Referral's OpenAPI document): JSON, pages of at most 200 items, texts
 * in the language asked for with {@code lang} (else Accept-Language, else English), falling back to English,
 * Bulgarian, Latvian. It covers every municipality's directory.
 */
@RestController
@RequestMapping(path = "/api/hsds/v3", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsApiController {

	static final int DEFAULT_PER_PAGE = 50;

	static final int MAX_PER_PAGE = 200;

	private final HsdsQueries queries;

	private final HsdsDocuments documents;

	private final JsonMapper json;

	private final MessageSource messages;

	HsdsApiController(HsdsQueries queries, HsdsDocuments documents, JsonMapper json, MessageSource messages) {
		this.queries = queries;
		this.documents = documents;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	ResponseEntity<byte[]> about(HttpServletRequest request) {
		ObjectNode about = JsonNodeFactory.instance.objectNode();
		about.put("version", "3.0");
		about.put("profile", "https://docs.openreferral.org/en/v3.0/");
		about.put("openapi_url",
				"https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
		return ok(about, language(request, null));
	}

	@GetMapping("/services")
	ResponseEntity<byte[]> services(HttpServletRequest request, @RequestParam(required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String termId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Paging paging = paging(page, perPage, language);
		var filter = new HsdsQueries.ServiceFilter(blankToNull(search), blankToNull(termId), blankToNull(taxonomyId),
				blankToNull(organizationId), instant(modifiedAfter, language));
		if (!full) {
			var listed = queries.serviceList(filter, paging.size(), paging.offset(), language);
			return ok(envelope(paging, listed.total(), listed.size(), listed.contents()), language);
		}
		HsdsQueries.Page found = queries.services(filter, paging.size(), paging.offset());
		return ok(envelope(paging, found.total(), documents.services(found.ids(), Texts.in(language), true)),
				language);
	}

	@GetMapping("/services/{id}")
	ResponseEntity<byte[]> service(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		return one(documents.services(List.of(id), Texts.in(language), true), language);
	}

	@GetMapping("/organizations")
	ResponseEntity<byte[]> organizations(HttpServletRequest request, @RequestParam(required = false) String search,
			@RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Paging paging = paging(page, perPage, language);
		HsdsQueries.Page found = queries.organizations(blankToNull(search), paging.size(), paging.offset());
		List<ObjectNode> contents = full || fullService
				? documents.organizations(found.ids(), Texts.in(language), fullService)
				: documents.simple("organization", found.ids(), Texts.in(language));
		return ok(envelope(paging, found.total(), ordered(contents, found.ids())), language);
	}

	@GetMapping("/organizations/{id}")
	ResponseEntity<byte[]> organization(HttpServletRequest request, @PathVariable String id,
			@RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		return one(documents.organizations(List.of(id), Texts.in(language), fullService), language);
	}

	@GetMapping("/service_at_locations")
	ResponseEntity<byte[]> serviceAtLocations(HttpServletRequest request,
			@RequestParam(required = false) String search,
			@RequestParam(name = "taxonomy_term_id", required = false) String termId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organizationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Paging paging = paging(page, perPage, language);
		var filter = new HsdsQueries.ServiceFilter(blankToNull(search), blankToNull(termId), blankToNull(taxonomyId),
				blankToNull(organizationId), instant(modifiedAfter, language));
		HsdsQueries.Page found = queries.serviceAtLocations(filter, paging.size(), paging.offset());
		List<ObjectNode> contents = full ? documents.serviceAtLocations(found.ids(), Texts.in(language))
				: queries.serviceAtLocationList(found.ids(), Texts.in(language));
		return ok(envelope(paging, found.total(), contents), language);
	}

	@GetMapping("/service_at_locations/{id}")
	ResponseEntity<byte[]> serviceAtLocation(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		return one(documents.serviceAtLocations(List.of(id), Texts.in(language)), language);
	}

	@GetMapping("/taxonomies")
	ResponseEntity<byte[]> taxonomies(HttpServletRequest request, @RequestParam(required = false) String search,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Paging paging = paging(page, perPage, language);
		HsdsQueries.Page found = queries.taxonomies(blankToNull(search), paging.size(), paging.offset());
		return ok(envelope(paging, found.total(),
				ordered(documents.simple("taxonomy", found.ids(), Texts.in(language)), found.ids())), language);
	}

	@GetMapping("/taxonomies/{id}")
	ResponseEntity<byte[]> taxonomy(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		return one(documents.simple("taxonomy", List.of(id), Texts.in(language)), language);
	}

	@GetMapping("/taxonomy_terms")
	ResponseEntity<byte[]> taxonomyTerms(HttpServletRequest request, @RequestParam(required = false) String search,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "parent_id", required = false) String parentId,
			@RequestParam(name = "top_only", defaultValue = "false") boolean topOnly,
			@RequestParam(required = false) Integer page,
			@RequestParam(name = "per_page", required = false) Integer perPage,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		Paging paging = paging(page, perPage, language);
		HsdsQueries.Page found = queries.taxonomyTerms(blankToNull(search), blankToNull(taxonomyId),
				blankToNull(parentId), topOnly, paging.size(), paging.offset());
		return ok(envelope(paging, found.total(), ordered(documents.terms(found.ids(), Texts.in(language)), found.ids())),
				language);
	}

	@GetMapping("/taxonomy_terms/{id}")
	ResponseEntity<byte[]> taxonomyTerm(HttpServletRequest request, @PathVariable String id,
			@RequestParam(required = false) String lang) {
		String language = language(request, lang);
		return one(documents.terms(List.of(id), Texts.in(language)), language);
	}

	/** A page asked for: its number (from 1) and size. */
	record Paging(int number, int size) {

		long offset() {
			return (long) (number - 1) * size;
		}
	}

	/** A request the API cannot answer as asked, with the reason in the asker's language. */
	static final class BadRequest extends RuntimeException {

		final String code;

		final String language;

		final Object[] args;

		BadRequest(String code, String language, Object... args) {
			super(code);
			this.code = code;
			this.language = language;
			this.args = args;
		}
	}

	private Paging paging(Integer page, Integer perPage, String language) {
		int number = page == null ? 1 : page;
		int size = perPage == null ? DEFAULT_PER_PAGE : perPage;
		if (number < 1) {
			throw new BadRequest("page", language);
		}
		if (size < 1 || size > MAX_PER_PAGE) {
			throw new BadRequest("perPage", language, MAX_PER_PAGE);
		}
		return new Paging(number, size);
	}

	private static OffsetDateTime instant(String value, String language) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.strip()).atStartOfDay().atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException again) {
				throw new BadRequest("modifiedAfter", language);
			}
		}
	}

	private ObjectNode envelope(Paging paging, long total, List<ObjectNode> contents) {
		ObjectNode page = JsonNodeFactory.instance.objectNode();
		long pages = (total + paging.size() - 1) / paging.size();
		page.put("total_items", total);
		page.put("total_pages", pages);
		page.put("page_number", paging.number());
		page.put("size", contents.size());
		page.put("first_page", paging.number() == 1);
		page.put("last_page", paging.number() >= pages);
		page.put("empty", contents.isEmpty());
		page.set("contents", HsdsDocuments.array(contents));
		return page;
	}

	/** The envelope around contents already written as a JSON array. */
	private static byte[] envelope(Paging paging, long total, int size, byte[] contents) {
		long pages = (total + paging.size() - 1) / paging.size();
		String head = "{\"total_items\":" + total + ",\"total_pages\":" + pages + ",\"page_number\":" + paging.number()
				+ ",\"size\":" + size + ",\"first_page\":" + (paging.number() == 1) + ",\"last_page\":"
				+ (paging.number() >= pages) + ",\"empty\":" + (size == 0) + ",\"contents\":";
		byte[] start = head.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] body = java.util.Arrays.copyOf(start, start.length + contents.length + 1);
		System.arraycopy(contents, 0, body, start.length, contents.length);
		body[body.length - 1] = '}';
		return body;
	}

	private ResponseEntity<byte[]> ok(byte[] body, String language) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.body(body);
	}

	private static List<ObjectNode> ordered(List<ObjectNode> nodes, List<String> ids) {
		Map<String, ObjectNode> byId = new LinkedHashMap<>();
		nodes.forEach(n -> byId.put(n.get("id").asString(), n));
		List<ObjectNode> ordered = new ArrayList<>();
		ids.forEach(id -> {
			if (byId.containsKey(id)) {
				ordered.add(byId.get(id));
			}
		});
		return ordered;
	}

	private ResponseEntity<byte[]> one(List<ObjectNode> found, String language) {
		if (found.isEmpty()) {
			return error(HttpStatus.NOT_FOUND, "notFound", language);
		}
		return ok(found.get(0), language);
	}

	private ResponseEntity<byte[]> ok(JsonNode body, String language) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.body(json.writeValueAsBytes(body));
	}

	private ResponseEntity<byte[]> error(HttpStatus status, String code, String language, Object... args) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("code", code);
		body.put("message", messages.getMessage("hsds.api.error." + code, args, Locale.forLanguageTag(language)));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.body(json.writeValueAsBytes(body));
	}

	@ExceptionHandler(BadRequest.class)
	ResponseEntity<byte[]> badRequest(BadRequest bad) {
		return error(HttpStatus.BAD_REQUEST, bad.code, bad.language, bad.args);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<byte[]> notANumber(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return error(HttpStatus.BAD_REQUEST, "parameter", language(request, request.getParameter("lang")),
				ex.getName());
	}

	/** The language of the texts: lang=bg|lv|en, else the first supported one in Accept-Language, else English. */
	static String language(HttpServletRequest request, String lang) {
		Locale asked = Languages.of(lang);
		if (asked != null) {
			return asked.getLanguage();
		}
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
			for (Locale locale : Collections.list(request.getLocales())) {
				Locale supported = Languages.of(locale.getLanguage());
				if (supported != null) {
					return supported.getLanguage();
				}
			}
		}
		return Languages.FALLBACK.getLanguage();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
