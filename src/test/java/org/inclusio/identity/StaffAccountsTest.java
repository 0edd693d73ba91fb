package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.inclusio.support.HttpSession;
import org.inclusio.support.TestMailServer;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

class StaffAccountsTest extends WebTest {

	@Test
	void anAdminCreatesACaseworkerWhoChoosesAPasswordAndSignsIn() throws Exception {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		var created = admin.submit("/admin/users/new", "/admin/users/new", Map.of("displayName", "Нели Колева",
				"email", "neli.koleva@sofia.example.org", "language", "bg", "roles", "CASEWORKER"));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = userId("neli.koleva@sofia.example.org");
		assertThat(jdbc.sql("select tenant_id from identity_user where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(jdbc.sql("select id from identity_tenant where code = 'sofia'").query(Long.class).single());

		var invitation = TestMailServer.awaitMessageTo("neli.koleva@sofia.example.org", Duration.ofSeconds(20));
		URI link = URI.create(TestMailServer.link(invitation, "/password/reset"));
		String token = link.getRawQuery().substring("token=".length());
		HttpSession neli = browser();
		neli.submit(link.getPath() + "?" + link.getRawQuery(), "/password/reset",
				Map.of("token", token, "password", "kolev family garden", "confirmation", "kolev family garden"));
		assertThat(neli.signIn("neli.koleva@sofia.example.org", "kolev family garden").headers().firstValue("Location"))
			.hasValue("/");
		assertThat(neli.get("/admin/users").statusCode()).isEqualTo(403);

		assertThat(jdbc.sql("select count(*) from identity_audit_log where action = 'CREATE' and subject_type = 'user' and subject_id = :id")
			.param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void missingRolesAndTakenEmailAreExplainedAndTheFormKeepsItsValues() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		var response = admin.submit("/admin/users/new?lang=bg", "/admin/users/new",
				Map.of("displayName", "Дублиран Човек", "email", "citizen@sofia.inclusio.eu", "language", "bg"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Има проблем")
			.contains("Вече има профил с този имейл адрес")
			.contains("Изберете поне една роля")
			.contains("value=\"citizen@sofia.inclusio.eu\"");
	}

	@Test
	void anAdminCannotRemoveTheirOwnAdminRole() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		long self = userId("admin@sofia.inclusio.eu");
		admin.submit("/admin/users/" + self, "/admin/users/" + self + "/roles", Map.of("roles", "CITIZEN"));
		assertThat(jdbc.sql("select count(*) from identity_user_role where user_id = :id and role = 'ADMIN'")
			.param("id", self).query(Integer.class).single()).isEqualTo(1);
	}
}
