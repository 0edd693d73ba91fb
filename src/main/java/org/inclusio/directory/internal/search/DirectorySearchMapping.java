package org.inclusio.directory.internal.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.inclusio.directory.internal.Attribute;
import org.inclusio.directory.internal.DirectoryService;
import org.inclusio.directory.internal.LocalText;
import org.inclusio.directory.internal.Organization;

/**
 * What of the directory goes into the search index, mapped here rather than with annotations on the entities: one
 * document per service with its texts in each language (each with its language's analyzer, see
 * {@link SearchAnalyzers}), its organisation's name, and the facts the filters need ({@link ServiceFactsBinder}).
 * Hibernate Search keeps the documents up to date when these entities change through JPA.
 */
public class DirectorySearchMapping implements HibernateOrmSearchMappingConfigurer {

	public static final String INDEX = "directory-service";

	static final String[] LANGUAGES = { SearchAnalyzers.BG, SearchAnalyzers.LV, SearchAnalyzers.EN };

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		// a translatable text wherever it is embedded: name.bg, name.lv, name.en, each analysed in its language
		TypeMappingStep text = mapping.type(LocalText.class);
		for (String language : LANGUAGES) {
			text.property(language).fullTextField().analyzer(language).projectable(Projectable.YES);
		}

		TypeMappingStep service = mapping.type(DirectoryService.class);
		service.indexed().index(INDEX);
		service.property("name").indexedEmbedded();
		service.property("alternateName").indexedEmbedded();
		service.property("description").indexedEmbedded();
		service.property("tenantId").genericField("tenant").aggregable(Aggregable.YES).projectable(Projectable.YES);
		service.property("status").keywordField();
		service.property("freeOfCharge").genericField("free").aggregable(Aggregable.YES).projectable(Projectable.YES);
		service.property("organization").indexedEmbedded().includePaths("name.bg", "name.lv", "name.en");
		mapping.type(Organization.class).property("name").indexedEmbedded();
		// attributes have no association back to their service (a polymorphic link_id): a service is re-indexed
		// when its list of attributes changes, not when an attribute or a taxonomy term is edited in place
		service.property("attributes").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		mapping.type(Attribute.class).property("taxonomyTerm").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		service.binder(new ServiceFactsBinder());
	}
}
