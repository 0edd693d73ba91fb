package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A service given at a location (HSDS service_at_location). */
@Entity
@Table(name = "directory_service_at_location")
public class ServiceAtLocation {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "service_id")
	private DirectoryService service;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "location_id")
	private Location location;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalText description = new LocalText();

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public DirectoryService getService() {
		return service;
	}

	public void setService(DirectoryService service) {
		this.service = service;
	}

	public Location getLocation() {
		return location;
	}

	public void setLocation(Location location) {
		this.location = location;
	}

	public LocalText getDescription() {
		return description == null ? (description = new LocalText()) : description;
	}

	public void setDescription(LocalText description) {
		this.description = description;
	}
}
