package org.inclusio.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes that a provider prints on a letter for a customer reference. Twelve characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), read out or typed with or without dashes; valid 30 days, once.
 */
@Component
class LinkCodes {

	static final Duration VALIDITY = Duration.ofDays(30);

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	LinkCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Issued(String code, java.time.Instant expiresAt) {
	}

	/** What a code stands for, while it is unused and unexpired. */
	record Pending(long id, long providerId, String reference) {
	}

	Issued issue(long providerId, String reference, long createdBy) {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		var now = clock.instant();
		jdbc.sql("""
				insert into account_link_code (provider_id, reference, code_hash, expires_at, created_by, created_at)
				values (:provider, :reference, :hash, :expires, :by, :now)
				""")
			.param("provider", providerId)
			.param("reference", reference)
			.param("hash", hash(code.toString()))
			.param("expires", now.plus(VALIDITY).atOffset(ZoneOffset.UTC))
			.param("by", createdBy)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new Issued(code.toString(), now.plus(VALIDITY));
	}

	/** Why a typed code cannot be used, or what it links. */
	sealed interface Check permits Valid, Problem {
	}

	record Valid(Pending code) implements Check {
	}

	enum Problem implements Check {
		UNKNOWN, EXPIRED, USED, OTHER_PROVIDER, TOO_MANY
	}

	/** Wrong codes a citizen may type in an hour before they must wait: guessing a 59-bit code stays hopeless. */
	static final int MAX_WRONG_PER_HOUR = 10;

	boolean tooManyWrong(long citizenId) {
		return jdbc.sql("select failures from account_code_attempt where citizen_id = :c and window_start > :since")
			.param("c", citizenId)
			.param("since", clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.optional()
			.filter(failures -> failures >= MAX_WRONG_PER_HOUR)
			.isPresent();
	}

	void wrong(long citizenId) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into account_code_attempt (citizen_id, failures, window_start) values (:c, 1, :now)
				on conflict (citizen_id) do update set
				  failures = case when account_code_attempt.window_start > :since then account_code_attempt.failures + 1 else 1 end,
				  window_start = case when account_code_attempt.window_start > :since then account_code_attempt.window_start else :now end
				""")
			.param("c", citizenId)
			.param("now", now)
			.param("since", now.minusHours(1))
			.update();
	}

	Check check(String typed, long providerId) {
		String normalized = normalize(typed);
		if (normalized.length() != 14) {
			return Problem.UNKNOWN;
		}
		record Row(long id, long providerId, String reference, java.time.OffsetDateTime expiresAt,
				java.time.OffsetDateTime usedAt) {
		}
		Optional<Row> row = jdbc.sql("""
				select id, provider_id, reference, expires_at, used_at from account_link_code where code_hash = :hash
				""")
			.param("hash", hash(normalized))
			.query(Row.class)
			.optional();
		if (row.isEmpty()) {
			return Problem.UNKNOWN;
		}
		if (row.get().providerId() != providerId) {
			return Problem.OTHER_PROVIDER;
		}
		if (row.get().usedAt() != null) {
			return Problem.USED;
		}
		if (!row.get().expiresAt().toInstant().isAfter(clock.instant())) {
			return Problem.EXPIRED;
		}
		return new Valid(new Pending(row.get().id(), row.get().providerId(), row.get().reference()));
	}

	/** Uses the code up; false if somebody used it in the meantime. */
	boolean use(long id) {
		return jdbc.sql("update account_link_code set used_at = :now where id = :id and used_at is null and expires_at > :now")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	static String normalize(String typed) {
		if (typed == null) {
			return "";
		}
		String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (compact.length() != 12) {
			return compact;
		}
		return compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
	}

	private static String hash(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
