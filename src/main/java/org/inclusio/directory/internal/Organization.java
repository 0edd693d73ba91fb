package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An organisation that provides services (HSDS organization). Its provider_id is the account module's provider whose staff maintain it. */
@Entity
@Table(name = "directory_organization")
public class Organization {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@Column(name = "tenant_id")
	private Long tenantId;

	@Column(name = "provider_id")
	private Long providerId;

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

	@Column(name = "email")
	private String email;

	@Column(name = "website")
	private String website;

	@Column(name = "tax_status")
	private String taxStatus;

	@Column(name = "tax_id")
	private String taxId;

	@Column(name = "year_incorporated")
	private Integer yearIncorporated;

	@Column(name = "legal_status")
	private String legalStatus;

	@Column(name = "uri")
	private String uri;

	@Column(name = "parent_organization_id")
	private String parentOrganizationId;

	@Version
	@Column(name = "version")
	private Long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(mappedBy = "organization")
	@BatchSize(size = 64)
	private List<DirectoryService> services = new ArrayList<>();

	@OneToMany(mappedBy = "organization")
	@BatchSize(size = 64)
	private List<Location> locations = new ArrayList<>();

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public Long getTenantId() {
		return tenantId;
	}

	public void setTenantId(Long tenantId) {
		this.tenantId = tenantId;
	}

	public Long getProviderId() {
		return providerId;
	}

	public void setProviderId(Long providerId) {
		this.providerId = providerId;
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

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getTaxStatus() {
		return taxStatus;
	}

	public void setTaxStatus(String taxStatus) {
		this.taxStatus = taxStatus;
	}

	public String getTaxId() {
		return taxId;
	}

	public void setTaxId(String taxId) {
		this.taxId = taxId;
	}

	public Integer getYearIncorporated() {
		return yearIncorporated;
	}

	public void setYearIncorporated(Integer yearIncorporated) {
		this.yearIncorporated = yearIncorporated;
	}

	public String getLegalStatus() {
		return legalStatus;
	}

	public void setLegalStatus(String legalStatus) {
		this.legalStatus = legalStatus;
	}

	public String getUri() {
		return uri;
	}

	public void setUri(String uri) {
		this.uri = uri;
	}

	public String getParentOrganizationId() {
		return parentOrganizationId;
	}

	public void setParentOrganizationId(String parentOrganizationId) {
		this.parentOrganizationId = parentOrganizationId;
	}

	public Long getVersion() {
		return version;
	}

	/** Set from a form's hidden field, so that a save over someone else's newer change fails. */
	public void setVersion(Long version) {
		this.version = version;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public List<DirectoryService> getServices() {
		return services;
	}

	public void setServices(List<DirectoryService> services) {
		this.services = services;
	}

	public List<Location> getLocations() {
		return locations;
	}

	public void setLocations(List<Location> locations) {
		this.locations = locations;
	}
}
