package org.inclusio.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the page layout needs on every page: the language switcher's links to this same page. */
@ControllerAdvice
class LayoutAdvice {

	private final MessageSource messages;

	LayoutAdvice(MessageSource messages) {
		this.messages = messages;
	}

	public record LanguageLink(String code, String name, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		Object failedPath = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		return Languages.SUPPORTED.stream().map(language -> {
			var uri = ServletUriComponentsBuilder.fromRequest(request);
			if (failedPath != null) {
				// on an error page, switch the language of the page that failed, not of /error
				uri.replacePath(failedPath.toString()).replaceQuery(null);
			}
			String href = uri
				.replaceQueryParam("lang", language.getLanguage())
				.replaceQueryParam("error")
				.build()
				.toUriString();
			String path = href.substring(href.indexOf('/', href.indexOf("//") + 2));
			String name = messages.getMessage("language." + language.getLanguage(), null, language);
			return new LanguageLink(language.getLanguage(), name, path,
					language.getLanguage().equals(locale.getLanguage()));
		}).toList();
	}
}
