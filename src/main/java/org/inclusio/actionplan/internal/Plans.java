package org.inclusio.actionplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/** Plans, their objectives and approved versions. Staff reads name the municipality; public reads only published plans. */
@Repository("actionplanPlans")
class Plans {

	private final JdbcClient jdbc;

	private final PlanRevisions revisions;

	Plans(JdbcClient jdbc, PlanRevisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	record Plan(long id, long tenantId, String theme, String language, Texts title, Texts vision, String currency,
			String status, long revision, Integer approvedVersion) {

		boolean published() {
			return approvedVersion != null;
		}
	}

	record Objective(long id, long planId, int position, String title) {
	}

	record Version(int number, OffsetDateTime approvedAt, String snapshot) {
	}

	private static final String PLAN = """
			select p.*, (select max(v.number) from actionplan_plan_version v where v.plan_id = p.id) as approved_version
			from actionplan_plan p
			""";

	private static Plan plan(ResultSet rs, int n) throws SQLException {
		int approved = rs.getInt("approved_version");
		return new Plan(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("theme"), rs.getString("language"),
				new Texts(rs.getString("title_bg"), rs.getString("title_lv"), rs.getString("title_en")),
				new Texts(rs.getString("vision_bg"), rs.getString("vision_lv"), rs.getString("vision_en")),
				rs.getString("currency"), rs.getString("status"), rs.getLong("revision"), rs.wasNull() || approved == 0 ? null : approved);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	List<Plan> ofMunicipality(long tenantId) {
		return jdbc.sql(PLAN + " where p.tenant_id = :t order by p.id desc").param("t", tenantId).query(Plans::plan).list();
	}

	/** A plan of this municipality, or 404: another municipality's plan is as good as absent. */
	Plan own(long tenantId, long id) {
		return jdbc.sql(PLAN + " where p.tenant_id = :t and p.id = :id").param("t", tenantId).param("id", id)
			.query(Plans::plan).optional().orElseThrow(Plans::notFound);
	}

	/** Plans anyone may read: those approved at least once. */
	List<Plan> published() {
		return jdbc.sql(PLAN + " where exists (select 1 from actionplan_plan_version v where v.plan_id = p.id) order by p.id desc")
			.query(Plans::plan).list();
	}

	Optional<Plan> publishedPlan(long id) {
		return jdbc.sql(PLAN + " where p.id = :id and exists (select 1 from actionplan_plan_version v where v.plan_id = p.id)")
			.param("id", id).query(Plans::plan).optional();
	}

	/** The revision of a published plan, as kept by {@link PlanRevisions}. */
	Optional<Long> publishedRevision(long id) {
		return revisions.published(id);
	}

	long create(long tenantId, PlanForm form, OffsetDateTime now) {
		return jdbc.sql("""
				insert into actionplan_plan (tenant_id, theme, language, title_bg, title_lv, title_en, vision_bg, vision_lv,
				  vision_en, currency, created_at, updated_at)
				values (:t, :theme, :language, :tbg, :tlv, :ten, :vbg, :vlv, :ven, :currency, :now, :now)
				returning id
				""").param("t", tenantId).param("theme", form.getTheme().strip()).param("language", form.getLanguage())
			.param("tbg", form.getTitleBg().strip()).param("tlv", form.getTitleLv().strip()).param("ten", form.getTitleEn().strip())
			.param("vbg", form.getVisionBg().strip()).param("vlv", form.getVisionLv().strip()).param("ven", form.getVisionEn().strip())
			.param("currency", form.getCurrency()).param("now", now)
			.query(Long.class).single();
	}

	void update(long id, PlanForm form, OffsetDateTime now) {
		jdbc.sql("""
				update actionplan_plan set theme = :theme, language = :language, title_bg = :tbg, title_lv = :tlv,
				  title_en = :ten, vision_bg = :vbg, vision_lv = :vlv, vision_en = :ven, currency = :currency,
				  updated_at = :now, revision = revision + 1
				where id = :id
				""").param("id", id).param("theme", form.getTheme().strip()).param("language", form.getLanguage())
			.param("tbg", form.getTitleBg().strip()).param("tlv", form.getTitleLv().strip()).param("ten", form.getTitleEn().strip())
			.param("vbg", form.getVisionBg().strip()).param("vlv", form.getVisionLv().strip()).param("ven", form.getVisionEn().strip())
			.param("currency", form.getCurrency()).param("now", now).update();
		revisions.changed(id);
	}

	/** Marks a change to anything in the plan: cached public pages of older revisions are no longer served. */
	void changed(long planId, OffsetDateTime now) {
		jdbc.sql("update actionplan_plan set revision = revision + 1, updated_at = :now where id = :id")
			.param("id", planId).param("now", now).update();
		revisions.changed(planId);
	}

	List<Objective> objectives(long planId) {
		return jdbc.sql("select id, plan_id, position, title from actionplan_objective where plan_id = :p order by position, id")
			.param("p", planId).query(Objective.class).list();
	}

	long addObjective(long planId, String title) {
		return jdbc.sql("""
				insert into actionplan_objective (plan_id, position, title)
				values (:p, (select coalesce(max(position), 0) + 1 from actionplan_objective where plan_id = :p), :title)
				returning id
				""").param("p", planId).param("title", title.strip()).query(Long.class).single();
	}

	List<Version> versions(long planId) {
		return jdbc.sql("select number, approved_at, snapshot::text from actionplan_plan_version where plan_id = :p order by number desc")
			.param("p", planId).query(Version.class).list();
	}

	Optional<Version> latestVersion(long planId) {
		return versions(planId).stream().findFirst();
	}

	/** Keeps the plan as it is now as its next approved version; returns the version's number. */
	int approve(long planId, long approvedBy, String snapshotJson, OffsetDateTime now) {
		// the plan row is locked first, so that two approvals at once get numbers one after the other
		jdbc.sql("select id from actionplan_plan where id = :p for update").param("p", planId).query(Long.class).single();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from actionplan_plan_version where plan_id = :p")
			.param("p", planId).query(Integer.class).single();
		jdbc.sql("""
				insert into actionplan_plan_version (plan_id, number, approved_at, approved_by, snapshot)
				values (:p, :n, :now, :by, cast(:snapshot as jsonb))
				""").param("p", planId).param("n", number).param("now", now).param("by", approvedBy)
			.param("snapshot", snapshotJson).update();
		jdbc.sql("update actionplan_plan set status = 'APPROVED', revision = revision + 1, updated_at = :now where id = :p")
			.param("p", planId).param("now", now).update();
		revisions.changed(planId);
		return number;
	}
}
