package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

/** Staff of one municipality never see another municipality's people or audit entries. */
class TenantIsolationTest extends WebTest {

	@Test
	void anAdminSeesOnlyTheirOwnMunicipalitysUsers() {
		HttpSession sofia = signedIn("admin@sofia.inclusio.eu");
		String list = sofia.get("/admin/users").body();
		assertThat(list).contains("citizen@sofia.inclusio.eu").doesNotContain("tvarditsa.inclusio.eu");

		long tvarditsaCitizen = userId("citizen@tvarditsa.inclusio.eu");
		assertThat(sofia.get("/admin/users/" + tvarditsaCitizen).statusCode()).isEqualTo(404);
		assertThat(sofia.get("/admin/users/" + userId("citizen@sofia.inclusio.eu")).statusCode()).isEqualTo(200);

		HttpSession tvarditsa = signedIn("admin@tvarditsa.inclusio.eu");
		assertThat(tvarditsa.get("/admin/users").body()).contains("citizen@tvarditsa.inclusio.eu")
			.doesNotContain("sofia.inclusio.eu");
	}

	@Test
	void anAdminCannotChangeRolesInAnotherMunicipality() {
		HttpSession sofia = signedIn("admin@sofia.inclusio.eu");
		long tvarditsaCitizen = userId("citizen@tvarditsa.inclusio.eu");
		var response = sofia.submit("/admin/users", "/admin/users/" + tvarditsaCitizen + "/roles",
				java.util.Map.of("roles", "ADMIN"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from identity_user_role where user_id = :id and role = 'ADMIN'")
			.param("id", tvarditsaCitizen).query(Integer.class).single()).isZero();
	}

	@Test
	void theAuditLogShowsOnlyTheOwnMunicipality() {
		signedIn("admin@tvarditsa.inclusio.eu").get("/admin/users");
		String sofiaLog = signedIn("admin@sofia.inclusio.eu").get("/admin/audit").body();
		assertThat(sofiaLog).contains("admin@sofia.inclusio.eu").doesNotContain("tvarditsa.inclusio.eu");
	}

	@Test
	void nonAdminsCannotManageUsers() {
		HttpSession caseworker = signedIn("caseworker@sofia.inclusio.eu");
		var denied = caseworker.get("/admin/users?lang=bg");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.body()).contains("Нямате достъп до тази страница").doesNotContain("Exception");
	}
}
