package org.inclusio.notification.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Plain-text email templates ({@code templates/email/*.txt}) with texts from the message bundles. */
@Component
class EmailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	EmailTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/email/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
	}

	SpringTemplateEngine engine() {
		return engine;
	}
}
