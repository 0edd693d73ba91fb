package org.inclusio.directory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The manage form of a service: every translatable text in bg, lv and en side by side, need categories, the
 * address, opening hours per weekday, languages, accessibility, cost, documents to bring and contact details. Kept
 * as typed (strings) so that a form with errors comes back exactly as it was sent.
 */
public class ServiceForm {

	/** The service's version when the form was opened; a save over a newer one is refused. */
	private Long version;

	private Texts name = new Texts();

	private Texts alternateName = new Texts();

	private Texts description = new Texts();

	private Texts applicationProcess = new Texts();

	private Texts eligibility = new Texts();

	private Texts interpretationServices = new Texts();

	private Texts alert = new Texts();

	private Texts accreditations = new Texts();

	private Texts feesDescription = new Texts();

	/** Documents to bring: one per line, the same line in each language. */
	private Texts documents = new Texts();

	private List<String> needs = new ArrayList<>();

	private String locationName;

	private String address1;

	private String postalCode;

	private String city;

	private String latitude;

	private String longitude;

	private Texts transportation = new Texts();

	private boolean wheelchair;

	private Texts accessibility = new Texts();

	private List<Day> hours = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	/** The fee in euros; empty or 0 means free of charge. */
	private String fee;

	private String minimumAge;

	private String maximumAge;

	private String phone;

	private String email;

	private String url;

	public ServiceForm() {
		for (String day : OpeningHours.DAYS) {
			hours.add(new Day(day));
		}
	}

	/** A text in the three languages. */
	public static class Texts {

		private String bg;

		private String lv;

		private String en;

		public Texts() {
		}

		Texts(LocalText text) {
			if (text != null) {
				bg = text.getBg();
				lv = text.getLv();
				en = text.getEn();
			}
		}

		LocalText toLocalText() {
			return new LocalText(clean(bg), clean(lv), clean(en));
		}

		boolean isEmpty() {
			return clean(bg) == null && clean(lv) == null && clean(en) == null;
		}

		String get(String language) {
			return switch (language) {
				case "bg" -> bg;
				case "lv" -> lv;
				default -> en;
			};
		}

		public String getBg() {
			return bg;
		}

		public void setBg(String bg) {
			this.bg = bg;
		}

		public String getLv() {
			return lv;
		}

		public void setLv(String lv) {
			this.lv = lv;
		}

		public String getEn() {
			return en;
		}

		public void setEn(String en) {
			this.en = en;
		}
	}

	/** One weekday's opening and closing time ("09:00"); both empty when closed. */
	public static class Day {

		private String day;

		private String opens;

		private String closes;

		public Day() {
		}

		Day(String day) {
			this.day = day;
		}

		public String getDay() {
			return day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Texts getName() {
		return name;
	}

	public void setName(Texts name) {
		this.name = name;
	}

	public Texts getAlternateName() {
		return alternateName;
	}

	public void setAlternateName(Texts alternateName) {
		this.alternateName = alternateName;
	}

	public Texts getDescription() {
		return description;
	}

	public void setDescription(Texts description) {
		this.description = description;
	}

	public Texts getApplicationProcess() {
		return applicationProcess;
	}

	public void setApplicationProcess(Texts applicationProcess) {
		this.applicationProcess = applicationProcess;
	}

	public Texts getEligibility() {
		return eligibility;
	}

	public void setEligibility(Texts eligibility) {
		this.eligibility = eligibility;
	}

	public Texts getInterpretationServices() {
		return interpretationServices;
	}

	public void setInterpretationServices(Texts interpretationServices) {
		this.interpretationServices = interpretationServices;
	}

	public Texts getAlert() {
		return alert;
	}

	public void setAlert(Texts alert) {
		this.alert = alert;
	}

	public Texts getAccreditations() {
		return accreditations;
	}

	public void setAccreditations(Texts accreditations) {
		this.accreditations = accreditations;
	}

	public Texts getFeesDescription() {
		return feesDescription;
	}

	public void setFeesDescription(Texts feesDescription) {
		this.feesDescription = feesDescription;
	}

	public Texts getDocuments() {
		return documents;
	}

	public void setDocuments(Texts documents) {
		this.documents = documents;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs == null ? new ArrayList<>() : needs;
	}

	public String getLocationName() {
		return locationName;
	}

	public void setLocationName(String locationName) {
		this.locationName = locationName;
	}

	public String getAddress1() {
		return address1;
	}

	public void setAddress1(String address1) {
		this.address1 = address1;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public Texts getTransportation() {
		return transportation;
	}

	public void setTransportation(Texts transportation) {
		this.transportation = transportation;
	}

	public boolean isWheelchair() {
		return wheelchair;
	}

	public void setWheelchair(boolean wheelchair) {
		this.wheelchair = wheelchair;
	}

	public Texts getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(Texts accessibility) {
		this.accessibility = accessibility;
	}

	public List<Day> getHours() {
		return hours;
	}

	public void setHours(List<Day> hours) {
		this.hours = hours;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public String getFee() {
		return fee;
	}

	public void setFee(String fee) {
		this.fee = fee;
	}

	public String getMinimumAge() {
		return minimumAge;
	}

	public void setMinimumAge(String minimumAge) {
		this.minimumAge = minimumAge;
	}

	public String getMaximumAge() {
		return maximumAge;
	}

	public void setMaximumAge(String maximumAge) {
		this.maximumAge = maximumAge;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}
}
