package org.inclusio.directory.internal.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.inclusio.directory.internal.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from the database (Hibernate Search's mass indexer). Changes made through JPA are
 * indexed as they happen; this is for an index that does not match the database: at start-up when it is empty or
 * holds a different number of services (a new node, a restored backup, rows written with SQL), and on an
 * administrator's request. With the embedded Lucene backend each node has its own index, so each node checks its own
 * at start-up.
 * <p>
 * A small directory is indexed before the application takes requests; a large one in the background (searches
 * meanwhile find what is indexed so far).
 */
@Component
@Order(100) // after the demo data
class SearchIndexer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Up to this many services the start-up reindex is quick enough to wait for. */
	private static final long WAIT_UP_TO = 10_000;

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcClient jdbc;

	private final ServiceSearch search;

	private final FacetCache facetCache;

	private final AtomicBoolean running = new AtomicBoolean();

	private final boolean onStart;

	/** The last completed rebuild: how many services, how long. */
	record Rebuilt(long services, Duration took) {
	}

	private volatile Rebuilt last;

	SearchIndexer(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, ServiceSearch search,
			FacetCache facetCache,
			@org.springframework.beans.factory.annotation.Value("${inclusio.search.reindex-on-start:true}") boolean onStart) {
		this.onStart = onStart;
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.search = search;
		this.facetCache = facetCache;
	}

	record Counts(long indexed, long inDatabase) {
	}

	Counts counts() {
		return new Counts(search.indexedCount(), jdbc.sql("select count(*) from directory_service").query(Long.class).single());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!onStart) {
			return;
		}
		Counts counts = counts();
		if (counts.indexed() == counts.inDatabase()) {
			return;
		}
		log.info("The search index holds {} services, the database {}: rebuilding it{}", counts.indexed(),
				counts.inDatabase(), counts.inDatabase() > WAIT_UP_TO ? " in the background" : "");
		if (counts.inDatabase() <= WAIT_UP_TO) {
			reindex();
		}
		else {
			Thread.ofPlatform().name("search-reindex").daemon().start(this::reindex);
		}
	}

	/** Rebuilds the whole index; empty when another rebuild is running. */
	java.util.Optional<Duration> reindex() {
		if (!running.compareAndSet(false, true)) {
			return java.util.Optional.empty();
		}
		long start = System.nanoTime();
		try {
			Search.mapping(entityManagerFactory)
				.scope(DirectoryService.class)
				.massIndexer(RootTenant.ROOT)
				.purgeAllOnStart(true)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
				.batchSizeToLoadObjects(100)
				.idFetchSize(1000)
				.mergeSegmentsOnFinish(true)
				.startAndWait();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			log.info("Search index rebuilt in {} ms", took.toMillis());
			last = new Rebuilt(search.indexedCount(), took);
			return java.util.Optional.of(took);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		finally {
			facetCache.clear();
			running.set(false);
		}
	}

	/** Starts a rebuild in the background (an administrator need not wait); false when one is running. */
	boolean startInBackground() {
		if (running.get()) {
			return false;
		}
		Thread.ofPlatform().name("search-reindex").daemon().start(() -> {
			try {
				reindex();
			}
			catch (RuntimeException ex) {
				log.error("Rebuilding the search index failed", ex);
			}
		});
		return true;
	}

	java.util.Optional<Rebuilt> last() {
		return java.util.Optional.ofNullable(last);
	}

	boolean isRunning() {
		return running.get();
	}
}
