package org.inclusio.directory.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A place where services are given, or a virtual one (HSDS location). */
@Entity
@Table(name = "directory_location")
public class Location {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(name = "location_type")
	private String locationType;

	@Column(name = "url")
	private String url;

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

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "transportation_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "transportation_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "transportation_en")) })
	private LocalText transportation = new LocalText();

	@Column(name = "latitude", precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(name = "longitude", precision = 9, scale = 6)
	private BigDecimal longitude;

	@Column(name = "external_identifier")
	private String externalIdentifier;

	@Column(name = "external_identifier_type")
	private String externalIdentifierType;

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Address> addresses = new ArrayList<>();

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Accessibility> accessibilities = new ArrayList<>();

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Schedule> schedules = new ArrayList<>();

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ServiceLanguage> languages = new ArrayList<>();

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Phone> phones = new ArrayList<>();

	@OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public Organization getOrganization() {
		return organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public String getLocationType() {
		return locationType;
	}

	public void setLocationType(String locationType) {
		this.locationType = locationType;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
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

	public LocalText getTransportation() {
		return transportation == null ? (transportation = new LocalText()) : transportation;
	}

	public void setTransportation(LocalText transportation) {
		this.transportation = transportation;
	}

	public BigDecimal getLatitude() {
		return latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getExternalIdentifier() {
		return externalIdentifier;
	}

	public void setExternalIdentifier(String externalIdentifier) {
		this.externalIdentifier = externalIdentifier;
	}

	public String getExternalIdentifierType() {
		return externalIdentifierType;
	}

	public void setExternalIdentifierType(String externalIdentifierType) {
		this.externalIdentifierType = externalIdentifierType;
	}

	public List<Address> getAddresses() {
		return addresses;
	}

	public void setAddresses(List<Address> addresses) {
		this.addresses = addresses;
	}

	public List<Accessibility> getAccessibilities() {
		return accessibilities;
	}

	public void setAccessibilities(List<Accessibility> accessibilities) {
		this.accessibilities = accessibilities;
	}

	public List<Schedule> getSchedules() {
		return schedules;
	}

	public void setSchedules(List<Schedule> schedules) {
		this.schedules = schedules;
	}

	public List<ServiceLanguage> getLanguages() {
		return languages;
	}

	public void setLanguages(List<ServiceLanguage> languages) {
		this.languages = languages;
	}

	public List<Phone> getPhones() {
		return phones;
	}

	public void setPhones(List<Phone> phones) {
		this.phones = phones;
	}

	public List<ServiceAtLocation> getServiceAtLocations() {
		return serviceAtLocations;
	}

	public void setServiceAtLocations(List<ServiceAtLocation> serviceAtLocations) {
		this.serviceAtLocations = serviceAtLocations;
	}
}
