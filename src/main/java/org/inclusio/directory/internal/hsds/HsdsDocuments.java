package org.inclusio.directory.internal.hsds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inclusio.directory.internal.hsds.HsdsRecords.Texts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fully nested HSDS objects (a service with its phones, schedules, locations...; an organization with its services
 * and locations) built with one query per table for all the objects asked for, whatever their number.
 */
@Component
class HsdsDocuments {

	private final HsdsModel model;

	private final HsdsRecords records;

	HsdsDocuments(HsdsModel model, HsdsRecords records) {
		this.model = model;
		this.records = records;
	}

	/** Services with everything about them, in the order of the ids; withOrganization adds the organization. */
	List<ObjectNode> services(List<String> ids, Texts texts, boolean withOrganization) {
		var services = records.where(model.table("service"), "id", ids);
		Map<String, Map<String, Object>> byId = index(services);
		Set<String> found = byId.keySet();
		var sals = records.where(model.table("service_at_location"), "service_id", found);
		List<String> salIds = ids(sals, "id");
		Map<String, ObjectNode> locations = index(locations(ids(sals, "location_id"), texts));
		var salContacts = contacts("service_at_location_id", salIds, texts);
		var salPhones = children("phone", "service_at_location_id", salIds, texts);
		var salSchedules = children("schedule", "service_at_location_id", salIds, texts);
		var salAttributes = attributes("service_at_location", salIds, texts);
		Map<String, List<ObjectNode>> salsByService = new java.util.LinkedHashMap<>();
		for (var sal : sals) {
			String id = sal.get("id").toString();
			ObjectNode node = HsdsRecords.object(model.table("service_at_location"), sal, texts);
			node.set("contacts", array(salContacts.get(id)));
			node.set("phones", array(salPhones.get(id)));
			node.set("schedules", array(salSchedules.get(id)));
			ObjectNode location = locations.get(sal.get("location_id").toString());
			if (location != null) {
				node.set("location", location);
			}
			node.set("attributes", array(salAttributes.get(id)));
			salsByService.computeIfAbsent(sal.get("service_id").toString(), k -> new ArrayList<>()).add(node);
		}
		var phones = children("phone", "service_id", found, texts);
		var schedules = children("schedule", "service_id", found, texts);
		var areas = children("service_area", "service_id", found, texts);
		var languages = children("language", "service_id", found, texts);
		var costs = children("cost_option", "service_id", found, texts);
		var documents = children("required_document", "service_id", found, texts);
		var contacts = contacts("service_id", found, texts);
		var attributes = attributes("service", found, texts);
		Map<String, ObjectNode> organizations = withOrganization
				? index(simple("organization", ids(services, "organization_id"), texts)) : Map.of();
		Map<String, ObjectNode> programs = index(simple("program", ids(services, "program_id"), texts));
		List<ObjectNode> result = new ArrayList<>();
		for (String id : ids) {
			var service = byId.get(id);
			if (service == null) {
				continue;
			}
			ObjectNode node = HsdsRecords.object(model.table("service"), service, texts);
			node.set("phones", array(phones.get(id)));
			node.set("schedules", array(schedules.get(id)));
			node.set("service_areas", array(areas.get(id)));
			node.set("service_at_locations", array(salsByService.get(id)));
			node.set("languages", array(languages.get(id)));
			if (withOrganization && organizations.containsKey(String.valueOf(service.get("organization_id")))) {
				node.set("organization", organizations.get(service.get("organization_id").toString()));
			}
			node.set("cost_options", array(costs.get(id)));
			if (service.get("program_id") != null && programs.containsKey(service.get("program_id").toString())) {
				node.set("program", programs.get(service.get("program_id").toString()));
			}
			node.set("required_documents", array(documents.get(id)));
			node.set("contacts", array(contacts.get(id)));
			node.set("attributes", array(attributes.get(id)));
			result.add(node);
		}
		return result;
	}

	/**
	 * Organizations with their services (fully nested, or only their own fields), locations, programs, contacts,
	 * phones and attributes, in the order of the ids.
	 */
	List<ObjectNode> organizations(List<String> ids, Texts texts, boolean fullServices) {
		var organizations = records.where(model.table("organization"), "id", ids);
		Map<String, Map<String, Object>> byId = index(organizations);
		Set<String> found = byId.keySet();
		var serviceRows = records.where(model.table("service"), "organization_id", found);
		Map<String, List<ObjectNode>> services = group(
				fullServices ? services(ids(serviceRows, "id"), texts, false)
						: serviceRows.stream().map(r -> HsdsRecords.object(model.table("service"), r, texts)).toList(),
				"organization_id");
		var locationRows = records.where(model.table("location"), "organization_id", found);
		Map<String, List<ObjectNode>> locations = group(locations(ids(locationRows, "id"), texts), "organization_id");
		var programs = children("program", "organization_id", found, texts);
		var contacts = contacts("organization_id", found, texts);
		var phones = children("phone", "organization_id", found, texts);
		var attributes = attributes("organization", found, texts);
		List<ObjectNode> result = new ArrayList<>();
		for (String id : ids) {
			var organization = byId.get(id);
			if (organization == null) {
				continue;
			}
			ObjectNode node = HsdsRecords.object(model.table("organization"), organization, texts);
			node.set("contacts", array(contacts.get(id)));
			node.set("phones", array(phones.get(id)));
			node.set("locations", array(locations.get(id)));
			node.set("programs", array(programs.get(id)));
			node.set("attributes", array(attributes.get(id)));
			node.set("services", array(services.get(id)));
			result.add(node);
		}
		return result;
	}

	/** Services at locations with their location, contacts, phones, schedules and attributes. */
	List<ObjectNode> serviceAtLocations(List<String> ids, Texts texts) {
		var sals = records.where(model.table("service_at_location"), "id", ids);
		Map<String, Map<String, Object>> byId = index(sals);
		Set<String> found = byId.keySet();
		Map<String, ObjectNode> locations = index(locations(ids(sals, "location_id"), texts));
		var contacts = contacts("service_at_location_id", found, texts);
		var phones = children("phone", "service_at_location_id", found, texts);
		var schedules = children("schedule", "service_at_location_id", found, texts);
		var attributes = attributes("service_at_location", found, texts);
		List<ObjectNode> result = new ArrayList<>();
		for (String id : ids) {
			var sal = byId.get(id);
			if (sal == null) {
				continue;
			}
			ObjectNode node = HsdsRecords.object(model.table("service_at_location"), sal, texts);
			node.set("contacts", array(contacts.get(id)));
			node.set("phones", array(phones.get(id)));
			node.set("schedules", array(schedules.get(id)));
			ObjectNode location = locations.get(sal.get("location_id").toString());
			if (location != null) {
				node.set("location", location);
			}
			node.set("attributes", array(attributes.get(id)));
			result.add(node);
		}
		return result;
	}

	/** Locations with their languages, addresses, contacts, accessibility, phones, schedules and attributes. */
	List<ObjectNode> locations(Collection<String> ids, Texts texts) {
		var locations = records.where(model.table("location"), "id", ids);
		Set<String> found = index(locations).keySet();
		var languages = children("language", "location_id", found, texts);
		var addresses = children("address", "location_id", found, texts);
		var contacts = contacts("location_id", found, texts);
		var accessibility = children("accessibility", "location_id", found, texts);
		var phones = children("phone", "location_id", found, texts);
		var schedules = children("schedule", "location_id", found, texts);
		var attributes = attributes("location", found, texts);
		List<ObjectNode> result = new ArrayList<>();
		for (var location : locations) {
			String id = location.get("id").toString();
			ObjectNode node = HsdsRecords.object(model.table("location"), location, texts);
			node.set("languages", array(languages.get(id)));
			node.set("addresses", array(addresses.get(id)));
			node.set("contacts", array(contacts.get(id)));
			node.set("accessibility", array(accessibility.get(id)));
			node.set("phones", array(phones.get(id)));
			node.set("schedules", array(schedules.get(id)));
			node.set("attributes", array(attributes.get(id)));
			result.add(node);
		}
		return result;
	}

	/** Taxonomy terms, each with its taxonomy as taxonomy_detail. */
	List<ObjectNode> terms(Collection<String> ids, Texts texts) {
		var terms = records.where(model.table("taxonomy_term"), "id", ids);
		Map<String, ObjectNode> taxonomies = index(simple("taxonomy", ids(terms, "taxonomy_id"), texts));
		List<ObjectNode> result = new ArrayList<>();
		for (var term : terms) {
			ObjectNode node = HsdsRecords.object(model.table("taxonomy_term"), term, texts);
			Object taxonomy = term.get("taxonomy_id");
			if (taxonomy != null && taxonomies.containsKey(taxonomy.toString())) {
				node.set("taxonomy_detail", taxonomies.get(taxonomy.toString()));
			}
			result.add(node);
		}
		return result;
	}

	/** Rows of a table by id, with their own fields only. */
	List<ObjectNode> simple(String table, Collection<String> ids, Texts texts) {
		return records.where(model.table(table), "id", ids).stream()
			.map(r -> HsdsRecords.object(model.table(table), r, texts)).toList();
	}

	private Map<String, List<ObjectNode>> children(String table, String parentColumn, Collection<String> parents,
			Texts texts) {
		var rows = records.where(model.table(table), parentColumn, parents);
		Map<String, List<ObjectNode>> grouped = new java.util.HashMap<>();
		for (var row : rows) {
			ObjectNode node = HsdsRecords.object(model.table(table), row, texts);
			grouped.computeIfAbsent(row.get(parentColumn).toString(), k -> new ArrayList<>()).add(node);
		}
		return grouped;
	}

	/** Contacts with their phones. */
	private Map<String, List<ObjectNode>> contacts(String parentColumn, Collection<String> parents, Texts texts) {
		var rows = records.where(model.table("contact"), parentColumn, parents);
		var phones = children("phone", "contact_id", ids(rows, "id"), texts);
		Map<String, List<ObjectNode>> grouped = new java.util.HashMap<>();
		for (var row : rows) {
			ObjectNode node = HsdsRecords.object(model.table("contact"), row, texts);
			node.set("phones", array(phones.get(row.get("id").toString())));
			grouped.computeIfAbsent(row.get(parentColumn).toString(), k -> new ArrayList<>()).add(node);
		}
		return grouped;
	}

	/** Attributes of one kind of record, each with its taxonomy term. */
	private Map<String, List<ObjectNode>> attributes(String entity, Collection<String> ids, Texts texts) {
		var rows = records.attributes(model.table("attribute"), entity, ids);
		Map<String, ObjectNode> terms = index(terms(ids(rows, "taxonomy_term_id"), texts));
		Map<String, List<ObjectNode>> grouped = new java.util.HashMap<>();
		for (var row : rows) {
			ObjectNode node = HsdsRecords.object(model.table("attribute"), row, texts);
			ObjectNode term = terms.get(row.get("taxonomy_term_id").toString());
			if (term != null) {
				node.set("taxonomy_term", term);
			}
			grouped.computeIfAbsent(row.get("link_id").toString(), k -> new ArrayList<>()).add(node);
		}
		return grouped;
	}

	static List<String> ids(List<Map<String, Object>> rows, String column) {
		Set<String> ids = new LinkedHashSet<>();
		rows.forEach(r -> {
			if (r.get(column) != null) {
				ids.add(r.get(column).toString());
			}
		});
		return List.copyOf(ids);
	}

	private static Map<String, Map<String, Object>> index(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> index = new java.util.LinkedHashMap<>();
		rows.forEach(r -> index.put(r.get("id").toString(), r));
		return index;
	}

	private static Map<String, ObjectNode> index(Collection<ObjectNode> nodes) {
		Map<String, ObjectNode> index = new java.util.LinkedHashMap<>();
		nodes.forEach(n -> index.put(n.get("id").asString(), n));
		return index;
	}

	private static Map<String, List<ObjectNode>> group(List<ObjectNode> nodes, String field) {
		Map<String, List<ObjectNode>> grouped = new java.util.HashMap<>();
		for (ObjectNode node : nodes) {
			if (node.hasNonNull(field)) {
				grouped.computeIfAbsent(node.get(field).asString(), k -> new ArrayList<>()).add(node);
			}
		}
		return grouped;
	}

	static ArrayNode array(List<ObjectNode> nodes) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		if (nodes != null) {
			nodes.forEach(array::add);
		}
		return array;
	}
}
