package org.inclusio.account.internal.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A CSV upload larger than allowed is answered with the upload page and a message in the person's language,
 * before anything parses the multipart body (the CSRF check would, and the multipart limit would end in a
 * generic error page). The body is read and thrown away first, up to a bound, so that the browser gets the
 * answer instead of a reset connection.
 */
class UploadSizeFilter extends OncePerRequestFilter {

	static final long MAX_REQUEST_BYTES = UploadController.MAX_FILE_BYTES + 64 * 1024;

	static final long MAX_DRAINED_BYTES = 64L * 1024 * 1024;

	private static final Pattern UPLOAD = Pattern.compile("/provider/(\\d{1,18})/upload");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		long length = request.getContentLengthLong();
		if (!"POST".equals(request.getMethod()) || !upload.matches() || length <= MAX_REQUEST_BYTES) {
			chain.doFilter(request, response);
			return;
		}
		if (length <= MAX_DRAINED_BYTES) {
			try (InputStream in = request.getInputStream()) {
				in.transferTo(OutputStream.nullOutputStream());
			}
		}
		else {
			response.setHeader("Connection", "close");
		}
		response.sendRedirect(request.getContextPath() + "/provider/" + upload.group(1) + "/upload?tooLarge");
	}
}
