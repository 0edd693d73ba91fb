package org.inclusio.money.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tokens in the "stop these emails" links of reminder emails. Each email gets its own: 256 random bits, of
 * which only a SHA-256 hash is stored, so neither the link nor a copy of the database tells whose emails it stops
 * or lets anyone make one. A token stays valid for a year, however often it is used: stopping emails twice is
 * the same as once.
 */
@Repository
class Unsubscribes {

	static final Duration VALIDITY = Duration.ofDays(365);

	/** 32 bytes in URL-safe Base64 without padding. */
	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	Unsubscribes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whose reminder emails a token stops. */
	record Holder(long tenantId, long citizenId) {
	}

	/** A new token for one email to the citizen; returns its clear text, for the link. */
	String issue(long tenantId, long citizenId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into money_unsubscribe (token_hash, tenant_id, citizen_id, created_at, expires_at)
				values (:hash, :tenant, :citizen, :now, :expires)
				""")
			.param("hash", hash(token))
			.param("tenant", tenantId)
			.param("citizen", citizenId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("expires", now.plus(VALIDITY).atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	/** The holder of a token we issued that has not expired; nothing for anything else, however it is garbled. */
	Optional<Holder> find(String token) {
		if (token == null || !WELL_FORMED.matcher(token).matches()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select tenant_id, citizen_id from money_unsubscribe
				where token_hash = :hash and expires_at > :now
				""")
			.param("hash", hash(token))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2)))
			.optional();
	}

	/** Notes when a token was first used (it keeps working). */
	void used(String token) {
		jdbc.sql("update money_unsubscribe set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("hash", hash(token))
			.update();
	}

	/** Retention: expired tokens are deleted. */
	int forgetExpired() {
		return jdbc.sql("delete from money_unsubscribe where expires_at < :now")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
