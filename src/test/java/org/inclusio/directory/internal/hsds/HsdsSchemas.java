package org.inclusio.directory.internal.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official HSDS 3.0 schemas (src/test/resources/hsds-3.0, copied from Open Referral's specification, CC BY-SA
 * 4.0) and the response schemas of its OpenAPI document, checked with a JSON Schema draft 2020-12 validator. The
 * schemas name each other by their GitHub address; here those addresses are read from the copies.
 */
final class HsdsSchemas {

	static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
			builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:hsds-3.0/")));

	private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

	private static final JsonNode OPENAPI = read("/hsds-3.0/openapi.json");

	private HsdsSchemas() {
	}

	/** The problems of a response to an OpenAPI path (e.g. "/services/{id}"), empty when it is valid. */
	static Set<ValidationMessage> validate(String path, String body) {
		try {
			return schema(path).validate(JSON.readTree(body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The problems of a JSON value against one schema file, e.g. "compiled/organization.json". */
	static Set<ValidationMessage> validateAgainst(String schemaFile, JsonNode value) {
		return SCHEMAS.computeIfAbsent("file:" + schemaFile,
				f -> FACTORY.getSchema(SchemaLocation.of("classpath:hsds-3.0/" + schemaFile))).validate(value);
	}

	private static JsonSchema schema(String path) {
		return SCHEMAS.computeIfAbsent(path, p -> {
			JsonNode schema = OPENAPI.path("paths").path(p).path("get").path("responses").path("200").path("content")
				.path("application/json").path("schema");
			if (schema.isMissingNode()) {
				throw new IllegalArgumentException("No such path in the HSDS OpenAPI document: " + p);
			}
			ObjectNode copy = schema.deepCopy();
			copy.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			if (copy.has("allOf")) {
				// the page envelope: #/components/schemas/Page inline, and every field of it required
				ObjectNode page = OPENAPI.path("components").path("schemas").path("Page").deepCopy();
				copy.putArray("allOf").add(page);
				var required = copy.putArray("required");
				page.path("properties").fieldNames().forEachRemaining(required::add);
				required.add("contents");
			}
			return FACTORY.getSchema(copy);
		});
	}

	private static JsonNode read(String resource) {
		try (InputStream in = HsdsSchemas.class.getResourceAsStream(resource)) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
