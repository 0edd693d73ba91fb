package org.inclusio.codesign.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equal-voice dot voting: every participant, service user or provider, has the same number of dots, given at once as
 * one ballot of different ideas. The checks come first; the unique keys (one dot number and one idea per participant)
 * still refuse a second ballot that raced past them, and the transaction then rolls back every dot of it.
 */
@Service
class Voting {

	/** The dots given by each side and how many people of that side voted. */
	record Split(Map<Side, Integer> dots, Map<Side, Integer> voters) {

		public int dots(Side side) {
			return dots.getOrDefault(side, 0);
		}

		public int voters(Side side) {
			return voters.getOrDefault(side, 0);
		}

		public int totalDots() {
			return dots.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final Clock clock;

	Voting(JdbcClient jdbc, SessionStore sessions, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.clock = clock;
	}

	int allowance(long sessionId) {
		return jdbc.sql("""
				select r.votes_per_participant from codesign_session s join codesign_series r on r.id = s.series_id
				where s.id = :s
				""")
			.param("s", sessionId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Stores a participant's ballot, all dots or none.
	 * @param proxy recorded by the facilitator from a paper ballot
	 * @throws Refusal when voting is not open, the participant has no place, has voted, or gave too many dots
	 */
	@Transactional
	void cast(long invitationId, List<Long> ideaIds, boolean proxy, Long recordedBy) {
		// the invitation first, locked: one ballot per participant at a time
		Invitations.Invitation voter = jdbc.sql("select * from codesign_invitation where id = :id for update")
			.param("id", invitationId)
			.query(Invitations::invitation)
			.optional()
			.orElseThrow(() -> new Refusal("codesign.vote.notRegistered"));
		Session session = sessions.share(voter.sessionId()).orElseThrow();
		if (session.voting() == SessionStore.Voting.NOT_OPEN) {
			throw new Refusal("codesign.vote.notOpen");
		}
		if (session.closed()) {
			throw new Refusal("codesign.vote.closed");
		}
		if (!voter.takesPart()) {
			throw new Refusal("codesign.vote.notRegistered");
		}
		if (hasVoted(invitationId)) {
			throw new Refusal("codesign.vote.already");
		}
		List<Long> chosen = ideaIds.stream().distinct().toList();
		int allowance = allowance(session.id());
		if (chosen.isEmpty()) {
			throw new Refusal("codesign.vote.none");
		}
		if (chosen.size() > allowance) {
			throw new Refusal("codesign.vote.tooMany", allowance);
		}
		int known = jdbc.sql("select count(*) from codesign_idea where session_id = :s and id in (:ids)")
			.param("s", session.id())
			.param("ids", chosen)
			.query(Integer.class)
			.single();
		if (known != chosen.size()) {
			throw new Refusal("codesign.idea.unknown");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		try {
			int dot = 0;
			for (Long idea : chosen) {
				jdbc.sql("""
						insert into codesign_vote (session_id, idea_id, invitation_id, dot, proxy, recorded_by, created_at)
						values (:s, :idea, :inv, :dot, :proxy, :by, :at)
						""")
					.param("s", session.id())
					.param("idea", idea)
					.param("inv", invitationId)
					.param("dot", ++dot)
					.param("proxy", proxy)
					.param("by", recordedBy)
					.param("at", now)
					.update();
			}
		}
		catch (DuplicateKeyException ex) {
			throw new Refusal("codesign.vote.already");
		}
	}

	boolean hasVoted(long invitationId) {
		return jdbc.sql("select exists (select 1 from codesign_vote where invitation_id = :i)")
			.param("i", invitationId)
			.query(Boolean.class)
			.single();
	}

	List<Long> ballot(long invitationId) {
		return jdbc.sql("select idea_id from codesign_vote where invitation_id = :i order by dot")
			.param("i", invitationId)
			.query(Long.class)
			.list();
	}

	@Transactional
	void open(long sessionId) {
		if (!sessions.moveVoting(sessionId, SessionStore.Voting.NOT_OPEN, SessionStore.Voting.OPEN)) {
			throw new Refusal("codesign.voting.cannotOpen");
		}
	}

	/** Closes voting and the session: no more ideas, comments or dots. */
	@Transactional
	void close(long sessionId) {
		if (!sessions.moveVoting(sessionId, SessionStore.Voting.OPEN, SessionStore.Voting.CLOSED)
				&& !sessions.moveVoting(sessionId, SessionStore.Voting.NOT_OPEN, SessionStore.Voting.CLOSED)) {
			throw new Refusal("codesign.voting.cannotClose");
		}
	}

	Split split(long sessionId) {
		Map<Side, Integer> dots = new java.util.EnumMap<>(Side.class);
		Map<Side, Integer> voters = new java.util.EnumMap<>(Side.class);
		jdbc.sql("""
				select p.side, count(v.id), count(distinct v.invitation_id)
				from codesign_vote v join codesign_invitation p on p.id = v.invitation_id
				where v.session_id = :s group by p.side
				""")
			.param("s", sessionId)
			.query(rs -> {
				dots.put(Side.valueOf(rs.getString(1)), rs.getInt(2));
				voters.put(Side.valueOf(rs.getString(1)), rs.getInt(3));
			});
		return new Split(dots, voters);
	}
}
