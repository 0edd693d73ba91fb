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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Opening hours (HSDS schedule, after iCalendar RRULE): one row per opening, e.g. freq WEEKLY, byday MO,TU,WE, opens_at 09:00, closes_at 17:00. */
@Entity
@Table(name = "directory_schedule")
public class Schedule {

	/** An HSDS id: a UUID for records made here, any string for imported ones. */
	@Id
	private String id = UUID.randomUUID().toString();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id")
	private DirectoryService service;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "location_id")
	private Location location;

	@Column(name = "service_at_location_id")
	private String serviceAtLocationId;

	@Column(name = "valid_from")
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "dtstart")
	private LocalDate dtstart;

	@Column(name = "timezone")
	private String timezone;

	@Column(name = "until")
	private LocalDate until;

	@Column(name = "count")
	private Integer count;

	@Column(name = "wkst")
	private String wkst;

	@Column(name = "freq")
	private String freq;

	@Column(name = "interval")
	private Integer interval;

	@Column(name = "byday")
	private String byday;

	@Column(name = "byweekno")
	private String byweekno;

	@Column(name = "bymonthday")
	private String bymonthday;

	@Column(name = "byyearday")
	private String byyearday;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "description_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "description_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "description_en")) })
	private LocalText description = new LocalText();

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	@Column(name = "schedule_link")
	private String scheduleLink;

	@Column(name = "attending_type")
	private String attendingType;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "bg", column = @Column(name = "notes_bg")),
			@AttributeOverride(name = "lv", column = @Column(name = "notes_lv")),
			@AttributeOverride(name = "en", column = @Column(name = "notes_en")) })
	private LocalText notes = new LocalText();

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

	public String getServiceAtLocationId() {
		return serviceAtLocationId;
	}

	public void setServiceAtLocationId(String serviceAtLocationId) {
		this.serviceAtLocationId = serviceAtLocationId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public LocalDate getDtstart() {
		return dtstart;
	}

	public void setDtstart(LocalDate dtstart) {
		this.dtstart = dtstart;
	}

	public String getTimezone() {
		return timezone;
	}

	public void setTimezone(String timezone) {
		this.timezone = timezone;
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public Integer getCount() {
		return count;
	}

	public void setCount(Integer count) {
		this.count = count;
	}

	public String getWkst() {
		return wkst;
	}

	public void setWkst(String wkst) {
		this.wkst = wkst;
	}

	public String getFreq() {
		return freq;
	}

	public void setFreq(String freq) {
		this.freq = freq;
	}

	public Integer getInterval() {
		return interval;
	}

	public void setInterval(Integer interval) {
		this.interval = interval;
	}

	public String getByday() {
		return byday;
	}

	public void setByday(String byday) {
		this.byday = byday;
	}

	public String getByweekno() {
		return byweekno;
	}

	public void setByweekno(String byweekno) {
		this.byweekno = byweekno;
	}

	public String getBymonthday() {
		return bymonthday;
	}

	public void setBymonthday(String bymonthday) {
		this.bymonthday = bymonthday;
	}

	public String getByyearday() {
		return byyearday;
	}

	public void setByyearday(String byyearday) {
		this.byyearday = byyearday;
	}

	public LocalText getDescription() {
		return description == null ? (description = new LocalText()) : description;
	}

	public void setDescription(LocalText description) {
		this.description = description;
	}

	public LocalTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(LocalTime closesAt) {
		this.closesAt = closesAt;
	}

	public String getScheduleLink() {
		return scheduleLink;
	}

	public void setScheduleLink(String scheduleLink) {
		this.scheduleLink = scheduleLink;
	}

	public String getAttendingType() {
		return attendingType;
	}

	public void setAttendingType(String attendingType) {
		this.attendingType = attendingType;
	}

	public LocalText getNotes() {
		return notes == null ? (notes = new LocalText()) : notes;
	}

	public void setNotes(LocalText notes) {
		this.notes = notes;
	}
}
