package org.inclusio.support.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app messages about referrals. Only the facts are stored; the page says them in the reader's language. */
@Repository
class ReferralNotices {

	static final int SHOWN = 20;

	enum Kind {
		/** A new referral arrived in a provider's inbox. */
		NEW,
		/** A referral's state changed. */
		CHANGED,
		/** A referral has waited too long for an answer. */
		OVERDUE
	}

	record Notice(long id, long referralId, Kind kind, ReferralState state, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReferralNotices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void add(long tenantId, long userId, long referralId, Kind kind, ReferralState state) {
		jdbc.sql("""
				insert into support_notice (tenant_id, user_id, referral_id, kind, state, created_at)
				values (:tenant, :user, :referral, :kind, :state, :now)
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("referral", referralId)
			.param("kind", kind.name())
			.param("state", state == null ? null : state.name())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	List<Notice> unread(long tenantId, long userId) {
		return jdbc.sql("""
				select id, referral_id, kind, state, created_at from support_notice
				where tenant_id = :tenant and user_id = :user and read_at is null
				order by created_at desc, id desc limit :limit
				""")
			.param("tenant", tenantId)
			.param("user", userId)
			.param("limit", SHOWN)
			.query((rs, n) -> new Notice(rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)),
					rs.getString(4) == null ? null : ReferralState.valueOf(rs.getString(4)),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	/** Seeing a referral reads the messages about it. */
	void readAbout(long userId, long referralId) {
		jdbc.sql("update support_notice set read_at = :now where user_id = :user and referral_id = :referral and read_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("user", userId)
			.param("referral", referralId)
			.update();
	}
}
