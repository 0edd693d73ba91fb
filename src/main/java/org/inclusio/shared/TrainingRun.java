package org.inclusio.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training run of {@code bin/start} ({@code -Dinclusio.training-run=true}): once the application is ready it
 * asks its own public pages a few times, so that the JDK's class cache written at exit holds the request path too,
 * and then exits cleanly (contexts closed, embedded PostgreSQL stopped), which
 * {@code -Dspring.context.exit=onRefresh} does not: that halts the JVM without running shutdown hooks.
 */
@Component
@ConditionalOnBooleanProperty("inclusio.training-run")
class TrainingRun implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private static final List<String> PATHS = List.of("/", "/login", "/register", "/money/advice",
			"/css/inclusio.css", "/actuator/health", "/no-such-page");

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			String address = web.getEnvironment().getProperty("server.address", "");
			String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1"
					: address.contains(":") ? "[" + address + "]" : address;
			exercise(host, web.getWebServer().getPort());
		}
		log.info("Training run finished; exiting");
		System.exit(SpringApplication.exit(event.getApplicationContext()));
	}

	private static void exercise(String host, int port) {
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
			for (int round = 0; round < 20; round++) {
				for (String path : PATHS) {
					HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
						.header("Accept-Language", round % 3 == 0 ? "bg" : round % 3 == 1 ? "lv" : "en")
						.timeout(Duration.ofSeconds(10))
						.build();
					client.send(request, HttpResponse.BodyHandlers.discarding());
				}
			}
		}
		catch (Exception ex) {
			log.warn("Training requests failed ({}); the class cache covers start-up only", ex.toString());
		}
	}
}
