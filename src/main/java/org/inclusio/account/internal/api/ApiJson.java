package org.inclusio.account.internal.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inclusio.shared.web.RequestId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider API's own JSON settings, independent of the application's: exact decimals, duplicate keys and
 * trailing content refused, and one shape for every error: {@code {"code", "message", "requestId"}}.
 */
@Component
class ApiJson {

	final JsonMapper mapper = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	static Map<String, Object> error(String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", message);
		body.put("requestId", RequestId.current());
		return body;
	}

	ResponseEntity<String> response(HttpStatus status, Object body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(write(body));
	}

	ResponseEntity<String> problem(ApiProblem problem) {
		return response(problem.status(), error(problem.code(), problem.getMessage()));
	}

	/** For filters, which answer before any controller is reached. */
	void send(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(write(error(code, message)));
	}
}
