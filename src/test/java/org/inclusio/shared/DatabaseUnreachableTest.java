package org.inclusio.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.inclusio.InclusioApplication;
import org.inclusio.shared.db.DatabaseUnreachableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

	@Test
	void aWrongDatabaseUrlStopsStartUpWithOneClearLineNamingTheSetting(CapturedOutput output) {
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(InclusioApplication.class)
			.properties("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nothing", "server.port=0")
			.run());
		assertThat(failure).isInstanceOf(DatabaseUnreachableException.class);
		assertThat(output.getAll()).contains("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nothing")
			.contains("Check SPRING_DATASOURCE_URL")
			.doesNotContain("at org.postgresql");
	}
}
