package org.inclusio.codesign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inclusio.codesign.internal.SessionStore.Session;
import org.inclusio.notification.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a session and the replies to them. A reply takes the session's row lock first, so that two people
 * replying at once cannot both take the last place; whoever is over the capacity waits, and the first in line moves
 * up when an attending participant cancels.
 */
@Service
class Invitations {

	enum Status {
		INVITED, ATTENDING, WAITING, DECLINED, CANCELLED
	}

	record Invitation(long id, long sessionId, String code, String name, Side side, String email, Long userId,
			String language, String channel, Status status, Set<AccessNeed> needs, String accessNote,
			boolean nameConsent, boolean attended) {

		public String displayCode() {
			return Codes.display(code);
		}

		/** May vote, write ideas and comment: has a place, or was there. */
		public boolean takesPart() {
			return status == Status.ATTENDING || attended;
		}

		public boolean replied() {
			return status == Status.ATTENDING || status == Status.WAITING || status == Status.DECLINED;
		}
	}

	/** A person to invite; email null for a printed letter. */
	record Invitee(String name, Side side, String email, String language, Long memberId, Long userId) {
	}

	private final JdbcClient jdbc;

	private final SessionStore sessions;

	private final Mailer mailer;

	private final Clock clock;

	private final String baseUrl;

	Invitations(JdbcClient jdbc, SessionStore sessions, Mailer mailer, Clock clock,
			@Value("${inclusio.base-url}") String baseUrl) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String rsvpLink(String code) {
		return baseUrl + "/rsvp/" + code;
	}

	String rsvpAddress() {
		return baseUrl + "/rsvp";
	}

	/** Invites one person: by email when there is an address, else by a letter the facilitator prints. */
	@Transactional
	Invitation invite(Session session, Invitee who) {
		Invitation invitation = insert(session.id(), who, who.email() == null ? "LETTER" : "EMAIL", Status.INVITED);
		if (who.email() != null) {
			mailer.send(who.email(), Locale.forLanguageTag(who.language()), "codesign-invitation",
					mailModel(session, invitation));
		}
		return invitation;
	}

	/** Someone who came on the day, recorded by the facilitator: on paper, already attending. */
	@Transactional
	Invitation walkIn(Session session, String name, Side side) {
		Invitation invitation = insert(session.id(), new Invitee(name, side, null, session.language(), null, null),
				"PAPER", Status.ATTENDING);
		jdbc.sql("update codesign_invitation set attended = true, replied_at = :at where id = :id")
			.param("at", OffsetDateTime.now(clock))
			.param("id", invitation.id())
			.update();
		return find(invitation.id()).orElseThrow();
	}

	/**
	 * Someone who found the session on the public page and signs up: an invitation and its reply in one.
	 * @throws Refusal when they are already signed up (same email or account)
	 */
	@Transactional
	Invitation join(Session session, Invitee who, boolean attend, Set<AccessNeed> needs, String note,
			boolean nameConsent) {
		Session locked = sessions.lock(session.id()).orElseThrow();
		checkDeadline(locked);
		Invitation invitation = insert(session.id(), who, "PUBLIC", Status.INVITED);
		return reply(locked, invitation, attend, needs, note, nameConsent);
	}

	private Invitation insert(long sessionId, Invitee who, String channel, Status status) {
		try {
			for (;;) {
				// a code drawn twice (about once in 10^12) inserts nothing: draw again
				Optional<Long> id = jdbc.sql("""
						insert into codesign_invitation (session_id, code, name, side, email, user_id, member_id, language,
						  channel, status, created_at)
						values (:session, :code, :name, :side, :email, :user, :member, :lang, :channel, :status, :at)
						on conflict (code) do nothing returning id
						""")
					.param("session", sessionId)
					.param("code", Codes.next())
					.param("name", who.name())
					.param("side", who.side().name())
					.param("email", who.email())
					.param("user", who.userId())
					.param("member", who.memberId())
					.param("lang", who.language())
					.param("channel", channel)
					.param("status", status.name())
					.param("at", OffsetDateTime.now(clock))
					.query(Long.class)
					.optional();
				if (id.isPresent()) {
					return find(id.get()).orElseThrow();
				}
			}
		}
		catch (DuplicateKeyException ex) {
			// the same email address or account is already invited to this session
			throw new Refusal("codesign.invite.already");
		}
	}

	/**
	 * The reply to an invitation: attend (a place, else the waiting list) or not.
	 * @throws Refusal after the deadline, or when they have replied already
	 */
	@Transactional
	Invitation reply(String code, boolean attend, Set<AccessNeed> needs, String note, boolean nameConsent) {
		Invitation invitation = byCode(code).orElseThrow(() -> new Refusal("codesign.rsvp.unknownCode"));
		Session session = sessions.lock(invitation.sessionId()).orElseThrow();
		checkDeadline(session);
		// read again under the session's lock: a reply in another tab may have come first
		invitation = find(invitation.id()).orElseThrow();
		if (invitation.replied()) {
			throw new Refusal("codesign.rsvp.already");
		}
		return reply(session, invitation, attend, needs, note, nameConsent);
	}

	private Invitation reply(Session session, Invitation invitation, boolean attend, Set<AccessNeed> needs,
			String note, boolean nameConsent) {
		Status status = !attend ? Status.DECLINED : attending(session.id()) < session.capacity() ? Status.ATTENDING
				: Status.WAITING;
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				update codesign_invitation set status = :status, access_needs = :needs, access_note = :note,
				  name_consent = :consent, replied_at = :at, waiting_since = :waiting
				where id = :id
				""")
			.param("status", status.name())
			.param("needs", AccessNeed.toColumn(attend ? needs : Set.of()))
			.param("note", attend ? note : null)
			.param("consent", nameConsent)
			.param("at", now)
			.param("waiting", status == Status.WAITING ? now : null)
			.param("id", invitation.id())
			.update();
		return find(invitation.id()).orElseThrow();
	}

	private void checkDeadline(Session session) {
		if (!ZonedDateTime.now(clock).isBefore(session.rsvpDeadline())) {
			throw new Refusal("codesign.rsvp.deadlinePassed");
		}
	}

	/**
	 * Cancels a place or a place in the queue; a freed place goes to the first person waiting, who is told by email
	 * when they have an address.
	 */
	@Transactional
	Optional<Invitation> cancel(String code) {
		Invitation invitation = byCode(code).orElseThrow(() -> new Refusal("codesign.rsvp.unknownCode"));
		Session session = sessions.lock(invitation.sessionId()).orElseThrow();
		invitation = find(invitation.id()).orElseThrow();
		if (invitation.status() != Status.ATTENDING && invitation.status() != Status.WAITING) {
			throw new Refusal("codesign.rsvp.nothingToCancel");
		}
		if (session.closed()) {
			throw new Refusal("codesign.session.closed");
		}
		jdbc.sql("update codesign_invitation set status = 'CANCELLED', waiting_since = null where id = :id")
			.param("id", invitation.id())
			.update();
		if (invitation.status() == Status.ATTENDING) {
			return promote(session);
		}
		return Optional.empty();
	}

	private Optional<Invitation> promote(Session session) {
		if (attending(session.id()) >= session.capacity()) {
			return Optional.empty();
		}
		Optional<Invitation> next = jdbc.sql("""
				select id from codesign_invitation where session_id = :s and status = 'WAITING'
				order by waiting_since, id limit 1
				""")
			.param("s", session.id())
			.query(Long.class)
			.optional()
			.flatMap(this::find);
		next.ifPresent(promoted -> {
			jdbc.sql("update codesign_invitation set status = 'ATTENDING', waiting_since = null where id = :id")
				.param("id", promoted.id())
				.update();
			if (promoted.email() != null) {
				mailer.send(promoted.email(), Locale.forLanguageTag(promoted.language()), "codesign-promoted",
						mailModel(session, promoted));
			}
		});
		return next;
	}

	int attending(long sessionId) {
		return jdbc.sql("select count(*) from codesign_invitation where session_id = :s and status = 'ATTENDING'")
			.param("s", sessionId)
			.query(Integer.class)
			.single();
	}

	/** Attendance as the facilitator ticked it: exactly the given invitations were there. */
	@Transactional
	void attendance(long sessionId, Set<Long> present) {
		jdbc.sql("""
				update codesign_invitation set attended = (id in (:present))
				where session_id = :s and status in ('ATTENDING', 'WAITING', 'INVITED')
				""")
			.param("present", present.isEmpty() ? List.of(-1L) : present)
			.param("s", sessionId)
			.update();
	}

	Map<String, Object> mailModel(Session session, Invitation invitation) {
		Locale locale = Locale.forLanguageTag(invitation.language());
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", invitation.name());
		model.put("title", session.title());
		model.put("when", session.startsAt().format(when));
		model.put("place", session.place() == null ? session.onlineLink() : session.place());
		model.put("code", invitation.displayCode());
		model.put("link", rsvpLink(invitation.code()));
		model.put("deadline", session.rsvpDeadline().minusMinutes(1).format(when));
		return model;
	}

	Optional<Invitation> byCode(String code) {
		String normalized = Codes.normalize(code);
		if (normalized == null) {
			return Optional.empty();
		}
		return select("code = :key", normalized).stream().findFirst();
	}

	Optional<Invitation> find(long id) {
		return select("id = :key", id).stream().findFirst();
	}

	Optional<Invitation> ofUser(long sessionId, long userId) {
		return jdbc.sql("select * from codesign_invitation where session_id = :s and user_id = :u")
			.param("s", sessionId)
			.param("u", userId)
			.query(Invitations::invitation)
			.optional();
	}

	/** The support group members invited to the session already. */
	List<Long> memberIds(long sessionId) {
		return jdbc.sql("select member_id from codesign_invitation where session_id = :s and member_id is not null")
			.param("s", sessionId)
			.query(Long.class)
			.list();
	}

	List<Invitation> ofSession(long sessionId) {
		return select("session_id = :key order by side, name, id", sessionId);
	}

	private List<Invitation> select(String where, Object key) {
		return jdbc.sql("select * from codesign_invitation where " + where)
			.param("key", key)
			.query(Invitations::invitation)
			.list();
	}

	static Invitation invitation(ResultSet rs, int n) throws SQLException {
		long user = rs.getLong("user_id");
		boolean noUser = rs.wasNull();
		return new Invitation(rs.getLong("id"), rs.getLong("session_id"), rs.getString("code"), rs.getString("name"),
				Side.valueOf(rs.getString("side")), rs.getString("email"), noUser ? null : user,
				rs.getString("language"), rs.getString("channel"), Status.valueOf(rs.getString("status")),
				AccessNeed.fromColumn(rs.getString("access_needs")), rs.getString("access_note"),
				rs.getBoolean("name_consent"), rs.getBoolean("attended"));
	}
}
