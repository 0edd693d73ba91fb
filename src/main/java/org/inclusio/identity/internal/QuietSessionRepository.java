package org.inclusio.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions kept in PostgreSQL that are written only when something in them changed.
 *
 * <p>Spring Session records the time of the last request in the database on every request, which costs a
 * transaction per page. Here that time is written at most once every {@link #TOUCH_EVERY}: a session then ends
 * at most that much earlier than its timeout after the last request (a minute of eight hours). Everything else
 * (signing in, a new session id, attributes) is written as before, at once.
 */
class QuietSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>> {

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final ThreadLocal<QuietSession<?>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	QuietSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public QuietSession<S> createSession() {
		return new QuietSession<>(this.sessions.createSession());
	}

	@Override
	public void save(QuietSession<S> session) {
		this.sessions.save(session.stored);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable QuietSession<S> findById(String id) {
		QuietSession<?> read = READ_IN_THIS_REQUEST.get();
		if (read != null && read.getId().equals(id)) {
			return (QuietSession<S>) read;
		}
		S session = this.sessions.findById(id);
		if (session == null) {
			return null;
		}
		QuietSession<S> found = new QuietSession<>(session);
		READ_IN_THIS_REQUEST.set(found);
		return found;
	}

	/** The request is over: the next one reads its session from the database again. */
	static void forgetRequest() {
		READ_IN_THIS_REQUEST.remove();
	}

	@Override
	public void deleteById(String id) {
		forgetRequest();
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new QuietSession<>(session)));
		return found;
	}

	/** A stored session whose time of last access moves only in steps of {@link #TOUCH_EVERY}. */
	static final class QuietSession<S extends Session> implements Session {

		private final S stored;

		QuietSession(S stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_EVERY) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}
	}
}
