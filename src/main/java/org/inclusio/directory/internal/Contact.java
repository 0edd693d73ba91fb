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

/** A named contact person (HSDS contact). */
@Entity
@Table(name = "directory_contact")
public class Contact {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@Column(name = "organization_id")
	private String organizationId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id")
	private DirectoryService service;

	@Column(name = "service_at_location_id")
	private String serviceAtLocationId;

	@Column(name = "location_id")
	private String locationId;

	@Column(name = "name")
	private String name;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "title_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "title_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalText title = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "department_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "department_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "department_en")) })
	private LocalText department = new LocalText();

	@Column(name = "email")
	private String email;

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(String organizationId) {
		this.organizationId = organizationId;
	}

	public DirectoryService getService() {
		return service;
	}

	public void setService(DirectoryService service) {
		this.service = service;
	}

	public String getServiceAtLocationId() {
		return serviceAtLocationId;
	}

	public void setServiceAtLocationId(String serviceAtLocationId) {
		this.serviceAtLocationId = serviceAtLocationId;
	}

	public String getLocationId() {
		return locationId;
	}

	public void setLocationId(String locationId) {
		this.locationId = locationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalText getTitle() {
		return title == null ? (title = new LocalText()) : title;
	}

	public void setTitle(LocalText title) {
		this.title = title;
	}

	public LocalText getDepartment() {
		return department == null ? (department = new LocalText()) : department;
	}

	public void setDepartment(LocalText department) {
		this.department = department;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
