package org.inclusio.account.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider push API: batches of accounts, transactions and messages for references customers linked with
 * consent, and the link status feed. Scoped to the provider of the API key. See {@link OpenApiDocument}.
 */
@RestController
@RequestMapping("/api/providers/v1")
class ProviderApiController {

	static final long MAX_BODY_BYTES = 5L * 1024 * 1024;

	static final String TOO_LARGE = "The body is larger than 5 MB (5242880 bytes). Send at most "
			+ JsonBatchReader.MAX_ROWS + " rows per batch, in several batches if need be.";

	static final int LINKS_PAGE = 10_000;

	private static final Logger log = LoggerFactory.getLogger(ProviderApiController.class);

	private final JsonBatchReader reader;

	private final Ingestion ingestion;

	private final ApiJson json;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	ProviderApiController(JsonBatchReader reader, Ingestion ingestion, ApiJson json, MessageSource messages,
			JdbcClient jdbc) {
		this.reader = reader;
		this.ingestion = ingestion;
		this.json = json;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@PostMapping("/{dataset:accounts|transactions|messages}")
	ResponseEntity<String> push(@AuthenticationPrincipal ApiClient client, @PathVariable String dataset,
			@RequestParam(required = false) String partial, HttpServletRequest request) throws IOException {
		Dataset kind = Dataset.of(dataset).orElseThrow();
		boolean isPartial = flag("partial", partial);
		requireJson(request.getContentType());
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "BODY_TOO_LARGE", TOO_LARGE);
		}
		List<RawRow> rows = reader.read(body, kind);
		Ingestion.Outcome outcome = ingestion.ingest(client.providerId(), kind, rows, Dialect.JSON,
				isPartial ? Ingestion.Mode.PARTIAL : Ingestion.Mode.ALL_OR_NOTHING,
				new Ingestion.Source(client.tenantId(), "API_PUSH", "API key " + client.keyPrefix()));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("received", outcome.received());
		answer.put("accepted", outcome.accepted());
		answer.put("created", outcome.created());
		answer.put("updated", outcome.updated());
		answer.put("unchanged", outcome.unchanged());
		List<Map<String, Object>> errors = new ArrayList<>(outcome.errors().size());
		for (RowError error : outcome.errors()) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("row", error.row());
			e.put("field", error.field() == null ? null : error.field().json());
			e.put("code", error.code());
			e.put("message", message(error));
			errors.add(e);
		}
		answer.put("errors", errors);
		return json.response(outcome.rejected() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK, answer);
	}

	record LinkStatus(String reference, String status, Instant changedAt) {
	}

	/**
	 * Per reference: ACTIVE while at least one customer's link with valid consent exists, else REVOKED (consent
	 * withdrawn or expired), with when that last changed; only those changed after {@code since}, oldest first,
	 * up to 10,000 at a time ({@code hasMore} says to ask again with the last {@code changedAt}).
	 */
	@GetMapping("/links")
	ResponseEntity<String> links(@AuthenticationPrincipal ApiClient client, @RequestParam(required = false) String since) {
		OffsetDateTime from;
		try {
			from = since == null || since.isBlank() ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
					: OffsetDateTime.parse(since.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					"'since' must be an ISO-8601 instant such as 2026-11-23T10:15:30Z");
		}
		List<LinkStatus> links = jdbc.sql("""
				with per_link as (
				  select l.reference,
				         (l.status = 'ACTIVE' and c.revoked_at is null and c.expires_at > now()) as active,
				         case when l.status = 'ACTIVE' and c.revoked_at is null and c.expires_at > now() then l.linked_at
				              when l.status = 'ACTIVE' and c.revoked_at is null then c.expires_at
				              else coalesce(l.revoked_at, c.revoked_at, c.expires_at) end as changed_at
				  from account_link l join account_consent c on c.id = l.consent_id
				  where l.provider_id = :provider and l.status in ('ACTIVE', 'REVOKED')
				)
				select reference, case when bool_or(active) then 'ACTIVE' else 'REVOKED' end, max(changed_at)
				from per_link group by reference
				having max(changed_at) > :since
				order by 3, 1
				limit :limit
				""")
			.param("provider", client.providerId())
			.param("since", from)
			.param("limit", LINKS_PAGE + 1)
			.query((rs, n) -> new LinkStatus(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("links", links.stream().limit(LINKS_PAGE).map(l -> {
			Map<String, Object> link = new LinkedHashMap<>();
			link.put("reference", l.reference());
			link.put("status", l.status());
			link.put("changedAt", l.changedAt().toString());
			return link;
		}).toList());
		answer.put("hasMore", links.size() > LINKS_PAGE);
		return json.response(HttpStatus.OK, answer);
	}

	@GetMapping(ApiKeyFilter.OPENAPI_PATH)
	ResponseEntity<String> openApi() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(OpenApiDocument.JSON);
	}

	/** Anything else under the API: 405 for a known path with the wrong method, else 404; JSON either way. */
	@RequestMapping("/**")
	ResponseEntity<String> unknown(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String allowed = switch (path) {
			case "/api/providers/v1/accounts", "/api/providers/v1/transactions", "/api/providers/v1/messages" -> "POST";
			case "/api/providers/v1/links", ApiKeyFilter.OPENAPI -> "GET";
			default -> null;
		};
		if (allowed == null) {
			return json.response(HttpStatus.NOT_FOUND, ApiJson.error("NOT_FOUND",
					"No such endpoint: " + path + ". See /api/providers/v1/openapi.json"));
		}
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allowed)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json.write(ApiJson.error("METHOD_NOT_ALLOWED", path + " takes " + allowed + " only")));
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<String> problem(ApiProblem problem) {
		return json.problem(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> failure(Exception ex, HttpServletRequest request) {
		log.error("Provider API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return json.response(HttpStatus.INTERNAL_SERVER_ERROR, ApiJson.error("INTERNAL_ERROR",
				"Something went wrong on our side; nothing of this batch was stored. Retry later; if it persists, "
						+ "give us the requestId."));
	}

	private String message(RowError error) {
		return messages.getMessage("accountapi.error." + error.code(), error.args().toArray(), error.code(),
				Locale.ENGLISH);
	}

	private static boolean flag(String name, String value) {
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		throw new ApiProblem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "'" + name + "' must be true or false");
	}

	private static void requireJson(String contentType) {
		MediaType type = null;
		try {
			type = contentType == null ? null : MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			// answered below
		}
		if (type == null || !(MediaType.APPLICATION_JSON.includes(type)
				|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json")))) {
			throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"Send the body as JSON with 'Content-Type: application/json'");
		}
	}
}
