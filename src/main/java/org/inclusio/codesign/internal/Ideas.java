package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas (a problem and a measure proposed for it), the comments on them, the themes the facilitator groups them into,
 * and the decisions taken on them. Nothing can be added once the session is closed.
 */
@Service
class Ideas {

	record Comment(long id, String body, boolean proxy) {
	}

	/** An idea with its dots: all of them, and those of service users and of providers. */
	record Idea(long id, Long themeId, String theme, String problem, String measure, boolean proxy, int votes,
			int userVotes, int providerVotes, List<Comment> comments) {

		public int otherVotes() {
			return votes - userVotes - providerVotes;
		}
	}

	record Theme(long id, String name) {
	}

	record Decision(long id, String text, String rationale, List<Long> ideaIds) {
	}

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final Clock clock;

	Ideas(JdbcClient jdbc, SessionStore sessions, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** @param invitationId who proposed it, if known; proxy when the facilitator writes it down from paper */
	@Transactional
	long add(long sessionId, Long invitationId, String problem, String measure, boolean proxy, Long recordedBy) {
		open(sessionId);
		return jdbc.sql("""
				insert into codesign_idea (session_id, problem, measure, invitation_id, proxy, recorded_by, created_at)
				values (:s, :problem, :measure, :inv, :proxy, :by, :at) returning id
				""")
			.param("s", sessionId)
			.param("problem", problem)
			.param("measure", measure)
			.param("inv", invitationId)
			.param("proxy", proxy)
			.param("by", recordedBy)
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	@Transactional
	void comment(long sessionId, long ideaId, Long invitationId, String body, boolean proxy, Long recordedBy) {
		open(sessionId);
		requireIdea(sessionId, ideaId);
		jdbc.sql("""
				insert into codesign_comment (idea_id, invitation_id, body, proxy, recorded_by, created_at)
				values (:idea, :inv, :body, :proxy, :by, :at)
				""")
			.param("idea", ideaId)
			.param("inv", invitationId)
			.param("body", body)
			.param("proxy", proxy)
			.param("by", recordedBy)
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	@Transactional
	long theme(long sessionId, String name) {
		try {
			return jdbc.sql("insert into codesign_theme (session_id, name) values (:s, :n) returning id")
				.param("s", sessionId)
				.param("n", name)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new Refusal("codesign.theme.exists");
		}
	}

	/** Puts an idea under a theme of the same session, or under none. */
	@Transactional
	void group(long sessionId, long ideaId, Long themeId) {
		requireIdea(sessionId, ideaId);
		if (themeId != null && themes(sessionId).stream().noneMatch(t -> t.id() == themeId)) {
			throw new Refusal("codesign.theme.unknown");
		}
		jdbc.sql("update codesign_idea set theme_id = :t where id = :id").param("t", themeId).param("id", ideaId).update();
	}

	@Transactional
	long decide(long sessionId, String text, String rationale, List<Long> ideaIds, Long by) {
		for (Long idea : ideaIds) {
			requireIdea(sessionId, idea);
		}
		long id = jdbc.sql("""
				insert into codesign_decision (session_id, text, rationale, created_at, created_by)
				values (:s, :text, :why, :at, :by) returning id
				""")
			.param("s", sessionId)
			.param("text", text)
			.param("why", rationale)
			.param("at", OffsetDateTime.now(clock))
			.param("by", by)
			.query(Long.class)
			.single();
		for (Long idea : ideaIds.stream().distinct().toList()) {
			jdbc.sql("insert into codesign_decision_idea (decision_id, idea_id) values (:d, :i)")
				.param("d", id)
				.param("i", idea)
				.update();
		}
		return id;
	}

	private void open(long sessionId) {
		Session session = sessions.share(sessionId).orElseThrow(() -> new Refusal("codesign.session.unknown"));
		if (session.closed()) {
			throw new Refusal("codesign.session.closed");
		}
	}

	private void requireIdea(long sessionId, long ideaId) {
		boolean there = jdbc.sql("select count(*) from codesign_idea where id = :i and session_id = :s")
			.param("i", ideaId)
			.param("s", sessionId)
			.query(Integer.class)
			.single() == 1;
		if (!there) {
			throw new Refusal("codesign.idea.unknown");
		}
	}

	List<Theme> themes(long sessionId) {
		return jdbc.sql("select id, name from codesign_theme where session_id = :s order by name")
			.param("s", sessionId)
			.query((rs, n) -> new Theme(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** The session's ideas, the most dots first. */
	List<Idea> of(long sessionId) {
		Map<Long, List<Comment>> comments = new LinkedHashMap<>();
		jdbc.sql("""
				select c.idea_id, c.id, c.body, c.proxy from codesign_comment c join codesign_idea i on i.id = c.idea_id
				where i.session_id = :s order by c.id
				""")
			.param("s", sessionId)
			.query(rs -> {
				comments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Comment(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
			});
		return jdbc.sql("""
				select i.id, i.theme_id, t.name, i.problem, i.measure, i.proxy,
				       count(v.id) as votes,
				       count(v.id) filter (where p.side = 'SERVICE_USER') as users,
				       count(v.id) filter (where p.side = 'PROVIDER') as providers
				from codesign_idea i
				left join codesign_theme t on t.id = i.theme_id
				left join codesign_vote v on v.idea_id = i.id
				left join codesign_invitation p on p.id = v.invitation_id
				where i.session_id = :s
				group by i.id, t.name
				order by count(v.id) desc, i.id
				""")
			.param("s", sessionId)
			.query((rs, n) -> {
				long themeId = rs.getLong(2);
				Long theme = rs.wasNull() ? null : themeId;
				return new Idea(rs.getLong(1), theme, rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
						comments.getOrDefault(rs.getLong(1), List.of()));
			})
			.list();
	}

	List<Decision> decisions(long sessionId) {
		Map<Long, List<Long>> ideas = new LinkedHashMap<>();
		jdbc.sql("""
				select di.decision_id, di.idea_id from codesign_decision_idea di
				join codesign_decision d on d.id = di.decision_id where d.session_id = :s order by di.idea_id
				""")
			.param("s", sessionId)
			.query(rs -> {
				ideas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return jdbc.sql("select id, text, rationale from codesign_decision where session_id = :s order by id")
			.param("s", sessionId)
			.query((rs, n) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3),
					ideas.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	Optional<Long> sessionOfIdea(long ideaId) {
		return jdbc.sql("select session_id from codesign_idea where id = :i").param("i", ideaId).query(Long.class).optional();
	}
}
