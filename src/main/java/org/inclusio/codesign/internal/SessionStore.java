package org.inclusio.codesign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.inclusio.identity.MunicipalityTimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions of a series: when and where, the agenda, how many can come, and whether voting is open. */
@Repository
class SessionStore {

	enum Voting {
		NOT_OPEN, OPEN, CLOSED
	}

	record Session(long id, long seriesId, long tenantId, String title, ZonedDateTime startsAt, ZonedDateTime endsAt,
			String place, String accessibility, String onlineLink, String agenda, int capacity,
			ZonedDateTime rsvpDeadline, String language, Voting voting, String nextSteps) {

		public boolean votingOpen() {
			return voting == Voting.OPEN;
		}

		public boolean closed() {
			return voting == Voting.CLOSED;
		}
	}

	/** What a session needs to be created; times are in the municipality's zone. */
	record NewSession(String title, ZonedDateTime startsAt, ZonedDateTime endsAt, String place, String accessibility,
			String onlineLink, String agenda, int capacity, ZonedDateTime rsvpDeadline, String language) {
	}

	private static final String COLUMNS = """
			id, series_id, tenant_id, title, starts_at, ends_at, place, accessibility, online_link, agenda, capacity,
			rsvp_deadline, language, voting, next_steps""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MunicipalityTimeZones zones;

	SessionStore(JdbcClient jdbc, Clock clock, MunicipalityTimeZones zones) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zones = zones;
	}

	long create(long seriesId, long tenantId, NewSession s) {
		return jdbc.sql("""
				insert into codesign_session (series_id, tenant_id, title, starts_at, ends_at, place, accessibility,
				  online_link, agenda, capacity, rsvp_deadline, language, created_at)
				values (:series, :tenant, :title, :starts, :ends, :place, :access, :link, :agenda, :capacity, :deadline,
				  :language, :at) returning id
				""")
			.param("series", seriesId)
			.param("tenant", tenantId)
			.param("title", s.title())
			.param("starts", s.startsAt().toOffsetDateTime())
			.param("ends", s.endsAt().toOffsetDateTime())
			.param("place", s.place())
			.param("access", s.accessibility())
			.param("link", s.onlineLink())
			.param("agenda", s.agenda())
			.param("capacity", s.capacity())
			.param("deadline", s.rsvpDeadline().toOffsetDateTime())
			.param("language", s.language())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	Optional<Session> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from codesign_session where id = :id")
			.param("id", id)
			.query(this::session)
			.optional();
	}

	/** The session, its row locked until the transaction ends: replies and promotions for it queue up behind. */
	Optional<Session> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from codesign_session where id = :id for update")
			.param("id", id)
			.query(this::session)
			.optional();
	}

	/** The session, kept from changing (voting closing) until the transaction ends; many may hold this at once. */
	Optional<Session> share(long id) {
		return jdbc.sql("select " + COLUMNS + " from codesign_session where id = :id for share")
			.param("id", id)
			.query(this::session)
			.optional();
	}

	List<Session> ofSeries(long seriesId) {
		return jdbc.sql("select " + COLUMNS + " from codesign_session where series_id = :s order by starts_at, id")
			.param("s", seriesId)
			.query(this::session)
			.list();
	}

	/** @return whether it changed: voting only moves forward, NOT_OPEN to OPEN to CLOSED */
	boolean moveVoting(long id, Voting from, Voting to) {
		return jdbc.sql("update codesign_session set voting = :to where id = :id and voting = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", id)
			.update() == 1;
	}

	void nextSteps(long id, String text) {
		jdbc.sql("update codesign_session set next_steps = :t where id = :id").param("t", text).param("id", id).update();
	}

	private Session session(ResultSet rs, int n) throws SQLException {
		ZoneId zone = zones.of(rs.getLong("tenant_id"));
		return new Session(rs.getLong("id"), rs.getLong("series_id"), rs.getLong("tenant_id"), rs.getString("title"),
				at(rs, "starts_at", zone), at(rs, "ends_at", zone), rs.getString("place"), rs.getString("accessibility"),
				rs.getString("online_link"), rs.getString("agenda"), rs.getInt("capacity"),
				at(rs, "rsvp_deadline", zone), rs.getString("language"), Voting.valueOf(rs.getString("voting")),
				rs.getString("next_steps"));
	}

	private static ZonedDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(zone);
	}
}
