package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

class AuditLogTest extends WebTest {

	@Test
	void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
		signedIn("admin@sofia.inclusio.eu");
		assertThatThrownBy(() -> jdbc.sql("update identity_audit_log set action = 'X'").update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from identity_audit_log").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate identity_audit_log").update()).rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.sql("select count(*) from identity_audit_log").query(Integer.class).single()).isPositive();
	}

	@Test
	void aStaffReadOfAPersonIsRecordedWithWhoWhatAndTheRequest() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		long citizen = userId("citizen@sofia.inclusio.eu");
		var response = admin.get("/admin/users/" + citizen);
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

		var entry = jdbc.sql("""
				select actor_user_id, actor_role, action, subject_type, tenant_id from identity_audit_log
				where request_id = :request
				""").param("request", requestId).query().singleRow();
		assertThat(entry).containsEntry("actor_user_id", userId("admin@sofia.inclusio.eu"))
			.containsEntry("actor_role", "ADMIN")
			.containsEntry("action", "READ")
			.containsEntry("subject_type", "user");
	}

	@Test
	void theAdminFiltersTheLogByUserActionSubjectAndDate() {
		HttpSession admin = signedIn("admin@sofia.inclusio.eu");
		long citizen = userId("citizen@sofia.inclusio.eu");
		admin.get("/admin/users/" + citizen);
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

		String filtered = admin.get("/admin/audit?user=admin@sofia.inclusio.eu&action=read&subject=user+" + citizen
				+ "&from=" + today + "&to=" + today).body();
		assertThat(filtered).contains("<td>READ</td>").contains("user " + citizen).doesNotContain("<td>SIGN_IN</td>");

		String none = admin.get("/admin/audit?action=read&from=2001-01-01&to=2001-01-02&lang=bg").body();
		assertThat(none).contains("Няма записи, които да отговарят");

		String bad = admin.get("/admin/audit?from=31.02.2026&lang=bg").body();
		assertThat(bad).contains("Има проблем").contains("Въведете дата във вида 2026-03-31");
	}
}
