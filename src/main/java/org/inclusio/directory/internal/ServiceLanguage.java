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

/** A language spoken at a service, location or phone (HSDS language; code is ISO 639-1, or 'rom' for Romani). */
@Entity
@Table(name = "directory_language")
public class ServiceLanguage {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id")
	private DirectoryService service;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "location_id")
	private Location location;

	@Column(name = "phone_id")
	private String phoneId;

	@Column(name = "name")
	private String name;

	@Column(name = "code")
	private String code;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "note_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "note_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "note_en")) })
	private LocalText note = new LocalText();

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

	public String getPhoneId() {
		return phoneId;
	}

	public void setPhoneId(String phoneId) {
		this.phoneId = phoneId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public LocalText getNote() {
		return note == null ? (note = new LocalText()) : note;
	}

	public void setNote(LocalText note) {
		this.note = note;
	}
}
