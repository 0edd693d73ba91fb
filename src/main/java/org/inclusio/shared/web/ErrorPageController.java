package org.inclusio.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error a person can meet gets a page in their language with a reference id; the log has the detail
 * under the same id. Never a stack trace or a framework page.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = statusOf(request);
		String reference = (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status >= 500) {
			log.error("Error reference {}: {} failed with {}", reference,
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status, failure);
		}
		else {
			log.info("Error reference {}: {} for {}", reference, status,
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		}
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("reference", reference);
		model.addAttribute("kind", switch (status) {
			case 400, 403, 404, 405 -> String.valueOf(status);
			default -> status >= 500 ? "500" : "400";
		});
		return "error";
	}

	private static int statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer status && status >= 400) {
			return status;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR.value();
	}
}
