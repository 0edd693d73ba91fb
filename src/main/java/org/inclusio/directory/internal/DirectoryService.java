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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SQLRestriction;

/** A service (HSDS service); named so as not to clash with Spring's @Service. Its need categories are {@link #getAttributes() attributes} with link_entity = 'service' pointing to terms of the inclusio-needs taxonomy. */
@Entity
@Table(name = "directory_service")
public class DirectoryService {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Column(name = "program_id")
	private String programId;

	@Column(name = "tenant_id")
	private Long tenantId;

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

	@Column(name = "url")
	private String url;

	@Column(name = "email")
	private String email;

	@Column(name = "status")
	private String status;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "interpretation_services_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "interpretation_services_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "interpretation_services_en")) })
	private LocalText interpretationServices = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "application_process_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "application_process_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "application_process_en")) })
	private LocalText applicationProcess = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "fees_description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "fees_description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "fees_description_en")) })
	private LocalText feesDescription = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "eligibility_description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "eligibility_description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "eligibility_description_en")) })
	private LocalText eligibilityDescription = new LocalText();

	@Column(name = "minimum_age")
	private Integer minimumAge;

	@Column(name = "maximum_age")
	private Integer maximumAge;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "alert_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "alert_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "alert_en")) })
	private LocalText alert = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "accreditations_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "accreditations_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "accreditations_en")) })
	private LocalText accreditations = new LocalText();

	@Column(name = "assured_date")
	private LocalDate assuredDate;

	@Column(name = "assurer_email")
	private String assurerEmail;

	@Column(name = "free_of_charge")
	private boolean freeOfCharge = true;

	@Column(name = "last_modified")
	private Instant lastModified;

	@Version
	@Column(name = "version")
	private Long version;

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ServiceAtLocation> serviceAtLocations = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Schedule> schedules = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ServiceLanguage> languages = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<CostOption> costOptions = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<RequiredDocument> requiredDocuments = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ServiceArea> serviceAreas = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Phone> phones = new ArrayList<>();

	@OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<Contact> contacts = new ArrayList<>();

	/** The attributes linking this service to taxonomy terms (need categories); a new one needs linkId = this id and linkEntity = "service". */
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "link_id", insertable = false, updatable = false)
	@SQLRestriction("link_entity = 'service'")
	@BatchSize(size = 64)
	private List<Attribute> attributes = new ArrayList<>();

	/**
	 * Keeps the derived free_of_charge column right: free when no cost option is above zero and there is no fees
	 * description. Call it before saving a service.
	 */
	public void refreshFreeOfCharge() {
		boolean charged = getCostOptions().stream()
			.anyMatch(cost -> cost.getAmount() != null && cost.getAmount().signum() > 0);
		LocalText fees = getFeesDescription();
		this.freeOfCharge = !charged && fees.isEmpty();
	}

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

	public String getProgramId() {
		return programId;
	}

	public void setProgramId(String programId) {
		this.programId = programId;
	}

	public Long getTenantId() {
		return tenantId;
	}

	public void setTenantId(Long tenantId) {
		this.tenantId = tenantId;
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

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public LocalText getInterpretationServices() {
		return interpretationServices == null ? (interpretationServices = new LocalText()) : interpretationServices;
	}

	public void setInterpretationServices(LocalText interpretationServices) {
		this.interpretationServices = interpretationServices;
	}

	public LocalText getApplicationProcess() {
		return applicationProcess == null ? (applicationProcess = new LocalText()) : applicationProcess;
	}

	public void setApplicationProcess(LocalText applicationProcess) {
		this.applicationProcess = applicationProcess;
	}

	public LocalText getFeesDescription() {
		return feesDescription == null ? (feesDescription = new LocalText()) : feesDescription;
	}

	public void setFeesDescription(LocalText feesDescription) {
		this.feesDescription = feesDescription;
	}

	public LocalText getEligibilityDescription() {
		return eligibilityDescription == null ? (eligibilityDescription = new LocalText()) : eligibilityDescription;
	}

	public void setEligibilityDescription(LocalText eligibilityDescription) {
		this.eligibilityDescription = eligibilityDescription;
	}

	public Integer getMinimumAge() {
		return minimumAge;
	}

	public void setMinimumAge(Integer minimumAge) {
		this.minimumAge = minimumAge;
	}

	public Integer getMaximumAge() {
		return maximumAge;
	}

	public void setMaximumAge(Integer maximumAge) {
		this.maximumAge = maximumAge;
	}

	public LocalText getAlert() {
		return alert == null ? (alert = new LocalText()) : alert;
	}

	public void setAlert(LocalText alert) {
		this.alert = alert;
	}

	public LocalText getAccreditations() {
		return accreditations == null ? (accreditations = new LocalText()) : accreditations;
	}

	public void setAccreditations(LocalText accreditations) {
		this.accreditations = accreditations;
	}

	public LocalDate getAssuredDate() {
		return assuredDate;
	}

	public void setAssuredDate(LocalDate assuredDate) {
		this.assuredDate = assuredDate;
	}

	public String getAssurerEmail() {
		return assurerEmail;
	}

	public void setAssurerEmail(String assurerEmail) {
		this.assurerEmail = assurerEmail;
	}

	public boolean isFreeOfCharge() {
		return freeOfCharge;
	}

	public void setFreeOfCharge(boolean freeOfCharge) {
		this.freeOfCharge = freeOfCharge;
	}

	public Instant getLastModified() {
		return lastModified;
	}

	public void setLastModified(Instant lastModified) {
		this.lastModified = lastModified;
	}

	public Long getVersion() {
		return version;
	}

	/** Set from a form's hidden field, so that a save over someone else's newer change fails. */
	public void setVersion(Long version) {
		this.version = version;
	}

	public List<ServiceAtLocation> getServiceAtLocations() {
		return serviceAtLocations;
	}

	public void setServiceAtLocations(List<ServiceAtLocation> serviceAtLocations) {
		this.serviceAtLocations = serviceAtLocations;
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

	public List<CostOption> getCostOptions() {
		return costOptions;
	}

	public void setCostOptions(List<CostOption> costOptions) {
		this.costOptions = costOptions;
	}

	public List<RequiredDocument> getRequiredDocuments() {
		return requiredDocuments;
	}

	public void setRequiredDocuments(List<RequiredDocument> requiredDocuments) {
		this.requiredDocuments = requiredDocuments;
	}

	public List<ServiceArea> getServiceAreas() {
		return serviceAreas;
	}

	public void setServiceAreas(List<ServiceArea> serviceAreas) {
		this.serviceAreas = serviceAreas;
	}

	public List<Phone> getPhones() {
		return phones;
	}

	public void setPhones(List<Phone> phones) {
		this.phones = phones;
	}

	public List<Contact> getContacts() {
		return contacts;
	}

	public void setContacts(List<Contact> contacts) {
		this.contacts = contacts;
	}

	public List<Attribute> getAttributes() {
		return attributes;
	}

	public void setAttributes(List<Attribute> attributes) {
		this.attributes = attributes;
	}
}
