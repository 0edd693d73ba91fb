package org.inclusio.identity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inclusio.identity.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the ADMIN's municipality, filterable by user, action, subject and date. */
@Controller
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	AuditLogController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(long id, OffsetDateTime occurredAt, String actor, String actorRole, String action,
			String subjectType, String subjectId, String requestId, String details) {
	}

	@GetMapping("/admin/audit")
	String audit(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String user,
			@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<String> problems = new ArrayList<>();
		LocalDate fromDate = parse(from, "from", problems);
		LocalDate toDate = parse(to, "to", problems);
		StringBuilder where = new StringBuilder("a.tenant_id = :tenant");
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", admin.tenantId());
		if (!user.isBlank()) {
			where.append(" and (u.email_normalized = lower(:user) or cast(a.actor_user_id as text) = :user)");
			params.put("user", user.trim());
		}
		if (!action.isBlank()) {
			where.append(" and a.action = upper(:action)");
			params.put("action", action.trim());
		}
		if (!subject.isBlank()) {
			String[] parts = subject.trim().split("[#:\\s]+", 2);
			where.append(" and a.subject_type = :subjectType");
			params.put("subjectType", parts[0]);
			if (parts.length > 1) {
				where.append(" and a.subject_id = :subjectId");
				params.put("subjectId", parts[1]);
			}
		}
		if (fromDate != null) {
			where.append(" and a.occurred_at >= :from");
			params.put("from", fromDate.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (toDate != null) {
			where.append(" and a.occurred_at < :to");
			params.put("to", toDate.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		int safePage = Math.max(0, Math.min(page, 10_000));
		params.put("limit", PAGE_SIZE + 1);
		params.put("offset", safePage * PAGE_SIZE);
		List<Entry> entries = jdbc.sql("""
				select a.id, a.occurred_at, coalesce(u.email, '') as actor, a.actor_role, a.action, a.subject_type,
				       a.subject_id, a.request_id, a.details
				from identity_audit_log a left join identity_user u on u.id = a.actor_user_id
				where %s
				order by a.occurred_at desc, a.id desc
				limit :limit offset :offset
				""".formatted(where))
			.params(params)
			.query(Entry.class)
			.list();
		model.addAttribute("entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("filter", Map.of("user", user, "action", action, "subject", subject, "from", from, "to", to));
		model.addAttribute("problems", problems);
		return "identity/admin-audit";
	}

	private static LocalDate parse(String value, String field, List<String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(field);
			return null;
		}
	}
}
