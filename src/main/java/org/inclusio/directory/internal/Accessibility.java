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

/** Accessibility of a location (HSDS accessibility) with our own wheelchair flag for the search filter. */
@Entity
@Table(name = "directory_accessibility")
public class Accessibility {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "location_id")
	private Location location;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalText description = new LocalText();

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "details_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "details_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "details_en")) })
	private LocalText details = new LocalText();

	@Column(name = "url")
	private String url;

	@Column(name = "wheelchair")
	private boolean wheelchair;

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
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

	public LocalText getDetails() {
		return details == null ? (details = new LocalText()) : details;
	}

	public void setDetails(LocalText details) {
		this.details = details;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public boolean isWheelchair() {
		return wheelchair;
	}

	public void setWheelchair(boolean wheelchair) {
		this.wheelchair = wheelchair;
	}
}
