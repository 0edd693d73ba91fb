package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationTest {

	static {
		TestMailServer.server();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void citizenRegistersConfirmsEmailAndSignsIn() throws Exception {
		String email = "ana.registration@example.org";
		mvc.perform(post("/register").with(csrf())
			.param("displayName", "Ana Ivanova")
			.param("email", email)
			.param("password", "green river morning bread")
			.param("municipality", "sofia")
			.param("language", "bg"))
			.andExpect(redirectedUrl("/register/check-email"));

		mvc.perform(formLogin("/login").user("email", email).password("green river morning bread"))
			.andExpect(redirectedUrl("/login?error=unconfirmed"))
			.andExpect(unauthenticated());

		MimeMessage message = TestMailServer.awaitMessageTo(email, Duration.ofSeconds(20));
		assertThat(message.getSubject()).isEqualTo("Потвърдете имейл адреса си за Inclusio");
		URI link = URI.create(TestMailServer.link(message, "/register/confirm"));
		mvc.perform(get(link.getPath() + "?" + link.getRawQuery()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Email address confirmed")));
		// a confirmation link works once
		mvc.perform(get(link.getPath() + "?" + link.getRawQuery()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This link does not work")));

		mvc.perform(formLogin("/login").user("email", email).password("green river morning bread"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withRoles("CITIZEN"));

		String hash = jdbc.sql("select password_hash from identity_user where email_normalized = :e")
			.param("e", email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{argon2}$argon2id$");
	}

	@Test
	void badInputIsExplainedAndTypedValuesAreKept() throws Exception {
		mvc.perform(post("/register").with(csrf())
			.header("Accept-Language", "lv")
			.param("displayName", "Jānis Bērziņš")
			.param("email", "not-an-email")
			.param("password", "password1234")
			.param("municipality", "")
			.param("language", "lv"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Radusies problēma")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ievadiet e-pasta adresi formā")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Izvēlieties savu pašvaldību")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape("Jānis Bērziņš") + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("password1234"))));
	}
}
