package org.inclusio.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** The rules of {@link QuietSessionRepository}, on Spring Session's map store (the JDBC store: SessionAcrossNodesTest). */
class QuietSessionRepositoryTest {

	final AtomicInteger reads = new AtomicInteger();

	final MapSessionRepository map = new MapSessionRepository(new java.util.concurrent.ConcurrentHashMap<>()) {
		@Override
		public MapSession findById(String id) {
			reads.incrementAndGet();
			return super.findById(id);
		}
	};

	@SuppressWarnings({ "unchecked", "rawtypes" })
	final QuietSessionRepository<Session> sessions = new QuietSessionRepository<>(
			(FindByIndexNameSessionRepository) new Indexed(map));

	@AfterEach
	void endRequest() {
		QuietSessionRepository.forgetRequest();
	}

	@Test
	void theTimeOfLastAccessMovesInStepsOfAMinute() {
		var created = sessions.createSession();
		Instant start = created.getLastAccessedTime();
		sessions.save(created);
		QuietSessionRepository.forgetRequest();

		var read = sessions.findById(created.getId());
		read.setLastAccessedTime(start.plusSeconds(59));
		assertThat(read.getLastAccessedTime()).isEqualTo(start);
		read.setLastAccessedTime(start.plusSeconds(60));
		assertThat(read.getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
	}

	@Test
	void aSessionIsReadOncePerRequest() {
		var created = sessions.createSession();
		created.setAttribute("language", "lv");
		sessions.save(created);
		QuietSessionRepository.forgetRequest();
		reads.set(0);

		var first = sessions.findById(created.getId());
		var again = sessions.findById(created.getId());
		assertThat(again).isSameAs(first);
		assertThat(reads).hasValue(1);
		assertThat(again.<String>getAttribute("language")).isEqualTo("lv");

		QuietSessionRepository.forgetRequest();
		assertThat(sessions.findById(created.getId())).isNotSameAs(first);
		assertThat(reads).hasValue(2);
	}

	@Test
	void anotherIdOrADeletedSessionIsReadFromTheStore() {
		var one = sessions.createSession();
		var other = sessions.createSession();
		sessions.save(one);
		sessions.save(other);
		QuietSessionRepository.forgetRequest();

		sessions.findById(one.getId());
		assertThat(sessions.findById(other.getId()).getId()).isEqualTo(other.getId());
		sessions.deleteById(other.getId());
		assertThat(sessions.findById(other.getId())).isNull();
	}

	/** The map store, with the index lookup the interface asks for (unused here). */
	static class Indexed implements FindByIndexNameSessionRepository<MapSession> {

		private final MapSessionRepository map;

		Indexed(MapSessionRepository map) {
			this.map = map;
		}

		@Override
		public MapSession createSession() {
			return map.createSession();
		}

		@Override
		public void save(MapSession session) {
			map.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return map.findById(id);
		}

		@Override
		public void deleteById(String id) {
			map.deleteById(id);
		}

		@Override
		public java.util.Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return java.util.Map.of();
		}
	}
}
