package org.inclusio.account.internal.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API keys of providers: {@code inc_} and 40 random letters and digits (238 bits). Only the SHA-256 of a key and
 * its first characters (to tell keys apart in lists) are stored; the key itself is shown once. Every request
 * looks the key up again, so a revoked key stops working at once, on every node.
 */
@Component
class ApiKeys {

	static final String PREFIX = "inc_";

	static final int RANDOM_CHARS = 40;

	static final int SHOWN_CHARS = 12;

	static final int MAX_ACTIVE = 20;

	private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Created(long id, String key, String prefix) {
	}

	record Key(long id, String label, String keyPrefix, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}
	}

	Created create(long providerId, String label) {
		StringBuilder key = new StringBuilder(PREFIX);
		for (int i = 0; i < RANDOM_CHARS; i++) {
			key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
		}
		String prefix = key.substring(0, SHOWN_CHARS);
		long id = jdbc.sql("""
				insert into account_api_key (provider_id, label, key_prefix, key_hash, created_at)
				values (:provider, :label, :prefix, :hash, :now) returning id
				""")
			.param("provider", providerId)
			.param("label", label)
			.param("prefix", prefix)
			.param("hash", hash(key.toString()))
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new Created(id, key.toString(), prefix);
	}

	/** The key's prefix if it was active and is now revoked. */
	Optional<String> revoke(long providerId, long keyId) {
		return jdbc.sql("""
				update account_api_key set revoked_at = :now
				where id = :id and provider_id = :provider and revoked_at is null returning key_prefix
				""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", keyId)
			.param("provider", providerId)
			.query(String.class)
			.optional();
	}

	List<Key> of(long providerId) {
		return jdbc.sql("""
				select id, label, key_prefix, created_at, revoked_at from account_api_key where provider_id = :provider
				order by revoked_at is not null, created_at desc
				""")
			.param("provider", providerId)
			.query(Key.class)
			.list();
	}

	int activeCount(long providerId) {
		return jdbc.sql("select count(*) from account_api_key where provider_id = :provider and revoked_at is null")
			.param("provider", providerId)
			.query(Integer.class)
			.single();
	}

	/** The provider a presented key acts for, if the key exists and is not revoked. */
	Optional<ApiClient> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() != PREFIX.length() + RANDOM_CHARS) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select k.id, k.provider_id, p.tenant_id, k.key_prefix from account_api_key k
				join account_provider p on p.id = k.provider_id
				where k.key_hash = :hash and k.revoked_at is null
				""")
			.param("hash", hash(presented))
			.query((rs, n) -> new ApiClient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
			.optional();
	}

	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
