package org.inclusio.directory.internal;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of a service and of an organisation: open to everyone, no sign-in. */
@Controller
class PublicPageController {

	private final PublicPages pages;

	PublicPageController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("service", pages.service(id, locale).orElseThrow(PublicPageController::notFound));
		return "directory/service";
	}

	@GetMapping("/organizations/{id}")
	String organization(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("organization", pages.organization(id, locale).orElseThrow(PublicPageController::notFound));
		return "directory/organization";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
