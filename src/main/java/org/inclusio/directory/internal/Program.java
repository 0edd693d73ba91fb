package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A group of services of one organisation (HSDS program). */
@Entity
@Table(name = "directory_program")
public class Program {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@Column(name = "organization_id")
	private String organizationId;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "name_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "name_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "name_en")) })
	private LocalText name = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "alternate_name_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "alternate_name_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "alternate_name_en")) })
	private LocalText alternateName = new LocalText();

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

	public String getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(String organizationId) {
		this.organizationId = organizationId;
	}

	public LocalText getName() {
		return name == null ? (name = new LocalText()) : name;
	}

	public void setName(LocalText name) {
		this.name = name;
	}

	public LocalText getAlternateName() {
		return alternateName == null ? (alternateName = new LocalText()) : alternateName;
	}

	public void setAlternateName(LocalText alternateName) {
		this.alternateName = alternateName;
	}

	public LocalText getDescription() {
		return description == null ? (description = new LocalText()) : description;
	}

	public void setDescription(LocalText description) {
		this.description = description;
	}
}
