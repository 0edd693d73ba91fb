package org.inclusio.directory.internal;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

/** Everything the public page of a service shows, in the page's language. */
record ServicePage(String id, Shown name, String status, String organizationId, Shown organizationName,
		Shown description, Shown alert, Shown applicationProcess, Shown eligibility, Shown interpretation,
		Integer minimumAge, Integer maximumAge, List<Place> places, List<Day> hours, List<String> languages,
		boolean free, List<Cost> costs, Shown feesDescription, List<Shown> documents, List<String> phones,
		String email, String url, List<Shown> needs, boolean fallback) {

	/** A location with its address, a map link, how to get there and its accessibility. */
	record Place(Shown name, List<String> addressLines, String mapUrl, Shown transportation, boolean wheelchair,
			List<Shown> accessibility, List<String> phones) {
	}

	/** One weekday's opening hours; no times means closed. */
	record Day(String name, List<Hours> hours) {

		public boolean closed() {
			return hours.isEmpty();
		}
	}

	record Hours(LocalTime opens, LocalTime closes) {

		public boolean allDay() {
			return opens.equals(LocalTime.MIDNIGHT) && closes.getHour() == 23 && closes.getMinute() == 59;
		}
	}

	record Cost(Shown option, BigDecimal amount, String currency, Shown amountDescription) {
	}
}
