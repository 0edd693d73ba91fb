package org.inclusio.account.internal.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API key: {@code inclusio.api.rate-per-second} requests per second on average (20), bursts of
 * up to {@code inclusio.api.burst} (40).
 *
 * <p>The buckets are kept in the memory of each node, not in the database: behind a load balancer with N nodes a
 * key may get up to N times the rate. That is accepted: the limit protects each node from a runaway client, it is
 * not a quota. (A shared limit would cost a database write per request.)
 */
@Component
class RateLimiter {

	private final double ratePerSecond;

	private final double burst;

	private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter(@Value("${inclusio.api.rate-per-second:20}") double ratePerSecond,
			@Value("${inclusio.api.burst:40}") double burst) {
		this.ratePerSecond = ratePerSecond;
		this.burst = burst;
	}

	/** 0 if the request may go ahead, else the whole seconds to wait before the next one may. */
	long acquire(long keyId) {
		return buckets.computeIfAbsent(keyId, id -> new Bucket(burst)).take(ratePerSecond, burst, System.nanoTime());
	}

	private static final class Bucket {

		private double tokens;

		private long updatedAt = System.nanoTime();

		Bucket(double tokens) {
			this.tokens = tokens;
		}

		synchronized long take(double rate, double capacity, long now) {
			tokens = Math.min(capacity, tokens + (now - updatedAt) / 1e9 * rate);
			updatedAt = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
		}
	}
}
