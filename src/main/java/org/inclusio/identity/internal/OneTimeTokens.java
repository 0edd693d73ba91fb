package org.inclusio.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring tokens sent by email (confirm the address, reset the password). Only a SHA-256 hash is
 * stored, so a copy of the database cannot be used to take over accounts.
 */
@Component
class OneTimeTokens {

	enum Purpose {
		CONFIRM_EMAIL(Duration.ofDays(3)), RESET_PASSWORD(Duration.ofHours(2)), SET_FIRST_PASSWORD(Duration.ofDays(7));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a new token and returns its clear text, to be put in a link; earlier unused ones stop working. */
	@Transactional
	String issue(long userId, Purpose purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("update identity_token set used_at = :now where user_id = :user and purpose = :purpose and used_at is null")
			.param("now", at(now))
			.param("user", userId)
			.param("purpose", purpose.name())
			.update();
		jdbc.sql("""
				insert into identity_token (user_id, purpose, token_hash, expires_at, created_at)
				values (:user, :purpose, :hash, :expires, :now)
				""")
			.param("user", userId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("expires", at(now.plus(purpose.validity)))
			.param("now", at(now))
			.update();
		return token;
	}

	/** The user a valid token was issued to, without using it up. */
	Optional<Long> peek(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select user_id from identity_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", at(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Uses a valid token up and returns its user; a second use finds nothing. */
	@Transactional
	Optional<Long> consume(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update identity_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning user_id
				""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", at(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Removes tokens that expired more than a day ago. */
	int deleteExpired() {
		return jdbc.sql("delete from identity_token where expires_at < :cutoff")
			.param("cutoff", at(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
