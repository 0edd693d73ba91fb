package org.inclusio.directory.internal.search;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.inclusio.directory.internal.Accessibility;
import org.inclusio.directory.internal.Address;
import org.inclusio.directory.internal.Attribute;
import org.inclusio.directory.internal.Contact;
import org.inclusio.directory.internal.CostOption;
import org.inclusio.directory.internal.DirectoryService;
import org.inclusio.directory.internal.Location;
import org.inclusio.directory.internal.Organization;
import org.inclusio.directory.internal.Phone;
import org.inclusio.directory.internal.RequiredDocument;
import org.inclusio.directory.internal.Schedule;
import org.inclusio.directory.internal.ServiceArea;
import org.inclusio.directory.internal.ServiceAtLocation;
import org.inclusio.directory.internal.ServiceLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index up to date as the directory changes through JPA, in place of Hibernate Search's own
 * listeners (switched off in {@link SearchSettings}). The application's sessions are multi-tenant (identity's
 * TenantResolver: the signed-in person's municipality), and Hibernate Search files each document under the tenant
 * of the session that wrote it: a service edited by Sofia's staff would leave the public search (which reads as the
 * root tenant) and a stale copy behind. So this listener notes which services a transaction touched (a service, or
 * anything of it: locations, hours, languages, attributes, its organisation) and, once the transaction has
 * committed, re-indexes them through a session of the root tenant, with Hibernate Search's indexing plan (which
 * builds the documents as for automatic indexing). A failed transaction indexes nothing.
 */
@Component
class DirectoryIndexing implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIndexing.class);

	static final Long ROOT_TENANT = RootTenant.ROOT;

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcClient jdbc;

	/** What each open session has touched so far; taken away when its transaction completes. */
	private final Map<SharedSessionContractImplementor, Touched> pending = Collections.synchronizedMap(new IdentityHashMap<>());

	private record Touched(Set<String> services, Set<String> locations, Set<String> organizations) {

		Touched() {
			this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
		}
	}

	DirectoryIndexing(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	@PostConstruct
	void register() {
		SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EventListenerRegistry registry = factory.getServiceRegistry().getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		touched(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		touched(event.getSession(), event.getEntity());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		touched(event.getSession(), event.getEntity());
	}

	private void touched(SharedSessionContractImplementor session, Object entity) {
		if (!entity.getClass().getPackageName().equals(DirectoryService.class.getPackageName())) {
			return;
		}
		Touched touched = pending.get(session);
		if (touched == null) {
			touched = new Touched();
			pending.put(session, touched);
			session.getTransactionCompletionCallbacks().registerCallback(
					(org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) (success, s) -> completed(s, success));
		}
		switch (entity) {
			case DirectoryService s -> touched.services().add(s.getId());
			case ServiceAtLocation s -> addService(touched, s.getService());
			case Schedule s -> {
				addService(touched, s.getService());
				addLocation(touched, s.getLocation());
			}
			case ServiceLanguage s -> {
				addService(touched, s.getService());
				addLocation(touched, s.getLocation());
			}
			case CostOption s -> addService(touched, s.getService());
			case RequiredDocument s -> addService(touched, s.getService());
			case ServiceArea s -> addService(touched, s.getService());
			case Phone s -> addService(touched, s.getService());
			case Contact s -> addService(touched, s.getService());
			case Attribute a -> {
				if ("service".equals(a.getLinkEntity()) && a.getLinkId() != null) {
					touched.services().add(a.getLinkId());
				}
			}
			case Location l -> touched.locations().add(l.getId());
			case Accessibility a -> addLocation(touched, a.getLocation());
			case Address a -> addLocation(touched, a.getLocation());
			case Organization o -> touched.organizations().add(o.getId());
			default -> {
				// taxonomy terms, places, programmes: not in a service's document (or not by reference)
			}
		}
	}

	private static void addService(Touched touched, DirectoryService service) {
		if (service != null) {
			touched.services().add(service.getId());
		}
	}

	private static void addLocation(Touched touched, Location location) {
		if (location != null) {
			touched.locations().add(location.getId());
		}
	}

	private void completed(SharedSessionContractImplementor session, boolean success) {
		Touched touched = pending.remove(session);
		if (!success || touched == null) {
			return;
		}
		try {
			reindex(touched);
		}
		catch (RuntimeException ex) {
			// the change itself is saved; the index catches up with the next change or a rebuild
			log.error("Could not update the search index for services {}", touched.services(), ex);
		}
	}

	private void reindex(Touched touched) {
		Set<String> ids = new LinkedHashSet<>(touched.services());
		if (!touched.locations().isEmpty()) {
			ids.addAll(jdbc.sql("select service_id from directory_service_at_location where location_id in (:ids)")
				.param("ids", List.copyOf(touched.locations()))
				.query(String.class)
				.list());
		}
		if (!touched.organizations().isEmpty()) {
			ids.addAll(jdbc.sql("select id from directory_service where organization_id in (:ids)")
				.param("ids", List.copyOf(touched.organizations()))
				.query(String.class)
				.list());
		}
		if (ids.isEmpty()) {
			return;
		}
		SessionFactoryImplementor factory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		try (Session session = factory.withOptions().tenantIdentifier(ROOT_TENANT).openSession()) {
			session.setDefaultReadOnly(true);
			session.beginTransaction();
			SearchIndexingPlan plan = Search.session(session).indexingPlan();
			for (String id : ids) {
				DirectoryService service = session.find(DirectoryService.class, id);
				if (service == null) {
					plan.purge(DirectoryService.class, id, null);
				}
				else {
					plan.addOrUpdate(service);
				}
			}
			session.getTransaction().commit();
		}
	}
}
