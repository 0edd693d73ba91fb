package org.inclusio.directory.internal.search;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.inclusio.directory.Directory;
import org.inclusio.directory.internal.Accessibility;
import org.inclusio.directory.internal.Attribute;
import org.inclusio.directory.internal.DirectoryService;
import org.inclusio.directory.internal.Location;
import org.inclusio.directory.internal.Schedule;
import org.inclusio.directory.internal.ServiceAtLocation;
import org.inclusio.directory.internal.ServiceLanguage;
import org.inclusio.directory.internal.TaxonomyTerm;

/**
 * The facts about a service that the search filters and sorts by, gathered from its associations: need categories
 * (codes, and their names as searchable text), languages spoken, wheelchair access at any of its locations, the
 * position of its first location, and its weekly opening hours as intervals in minutes from Monday 00:00 local time
 * (a nested object each, so that "open now" matches one interval, not the opening of one and the closing of another).
 */
class ServiceFactsBinder implements TypeBinder {

	static final String NEEDS = "needs";

	static final String NEED_TEXT = "needText_"; // + language

	static final String LANGUAGES = "languages";

	static final String WHEELCHAIR = "wheelchair";

	static final String POSITION = "position";

	static final String OPEN = "open";

	static final String OPEN_FROM = "open.from";

	static final String OPEN_TO = "open.to";

	static final int WEEK_MINUTES = 7 * 24 * 60;

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("attributes.taxonomyTerm.code")
			.use("attributes.taxonomyTerm.taxonomyId")
			.use("attributes.taxonomyTerm.name.bg")
			.use("attributes.taxonomyTerm.name.lv")
			.use("attributes.taxonomyTerm.name.en")
			.use("languages.code")
			.use("serviceAtLocations.location.latitude")
			.use("serviceAtLocations.location.longitude")
			.use("serviceAtLocations.location.accessibilities.wheelchair")
			.use("serviceAtLocations.location.schedules.freq")
			.use("serviceAtLocations.location.schedules.byday")
			.use("serviceAtLocations.location.schedules.opensAt")
			.use("serviceAtLocations.location.schedules.closesAt")
			.use("schedules.freq")
			.use("schedules.byday")
			.use("schedules.opensAt")
			.use("schedules.closesAt");
		IndexSchemaElement schema = context.indexSchemaElement();
		var needs = schema.field(NEEDS, f -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
		var needBg = schema.field(NEED_TEXT + "bg", f -> f.asString().analyzer(SearchAnalyzers.BG)).multiValued().toReference();
		var needLv = schema.field(NEED_TEXT + "lv", f -> f.asString().analyzer(SearchAnalyzers.LV)).multiValued().toReference();
		var needEn = schema.field(NEED_TEXT + "en", f -> f.asString().analyzer(SearchAnalyzers.EN)).multiValued().toReference();
		var languages = schema.field(LANGUAGES, f -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
		var wheelchair = schema.field(WHEELCHAIR, f -> f.asBoolean().aggregable(Aggregable.YES).projectable(Projectable.YES))
			.toReference();
		var position = schema.field(POSITION, f -> f.asGeoPoint().sortable(Sortable.YES).projectable(Projectable.YES))
			.toReference();
		IndexSchemaObjectField open = schema.objectField(OPEN, ObjectStructure.NESTED).multiValued();
		var from = open.field("from", f -> f.asInteger()).toReference();
		var to = open.field("to", f -> f.asInteger()).toReference();
		context.bridge(DirectoryService.class, new Bridge(needs, needBg, needLv, needEn, languages, wheelchair, position,
				open.toReference(), from, to));
	}

	private record Bridge(IndexFieldReference<String> needs, IndexFieldReference<String> needBg,
			IndexFieldReference<String> needLv, IndexFieldReference<String> needEn, IndexFieldReference<String> languages,
			IndexFieldReference<Boolean> wheelchair, IndexFieldReference<GeoPoint> position, IndexObjectFieldReference open,
			IndexFieldReference<Integer> from, IndexFieldReference<Integer> to) implements TypeBridge<DirectoryService> {

		@Override
		public void write(DocumentElement target, DirectoryService service, TypeBridgeWriteContext context) {
			Set<String> needCodes = new LinkedHashSet<>();
			for (Attribute attribute : service.getAttributes()) {
				TaxonomyTerm term = attribute.getTaxonomyTerm();
				if (term != null && isNeed(term) && term.getCode() != null && needCodes.add(term.getCode())) {
					target.addValue(needs, term.getCode());
					addText(target, needBg, term.getName().getBg());
					addText(target, needLv, term.getName().getLv());
					addText(target, needEn, term.getName().getEn());
				}
			}
			Set<String> codes = new LinkedHashSet<>();
			for (ServiceLanguage language : service.getLanguages()) {
				if (language.getCode() != null && !language.getCode().isBlank()) {
					codes.add(language.getCode().strip().toLowerCase(Locale.ROOT));
				}
			}
			codes.forEach(code -> target.addValue(languages, code));
			boolean accessible = false;
			GeoPoint point = null;
			Set<Schedule> schedules = new LinkedHashSet<>(service.getSchedules());
			for (ServiceAtLocation at : service.getServiceAtLocations()) {
				Location location = at.getLocation();
				if (location == null) {
					continue;
				}
				for (Accessibility accessibility : location.getAccessibilities()) {
					accessible |= accessibility.isWheelchair();
				}
				if (point == null && location.getLatitude() != null && location.getLongitude() != null) {
					point = GeoPoint.of(degrees(location.getLatitude()), degrees(location.getLongitude()));
				}
				if (service.getSchedules().isEmpty()) { // the service's own hours, else those of its locations
					schedules.addAll(location.getSchedules());
				}
			}
			target.addValue(wheelchair, accessible);
			if (point != null) {
				target.addValue(position, point);
			}
			for (Schedule schedule : schedules) {
				for (int[] interval : weeklyIntervals(schedule)) {
					DocumentElement object = target.addObject(open);
					object.addValue(from, interval[0]);
					object.addValue(to, interval[1]);
				}
			}
		}

		private static void addText(DocumentElement target, IndexFieldReference<String> field, String text) {
			if (text != null && !text.isBlank()) {
				target.addValue(field, text);
			}
		}

		private static double degrees(BigDecimal value) {
			return value.doubleValue();
		}
	}

	static boolean isNeed(TaxonomyTerm term) {
		return Directory.NEEDS_TAXONOMY.equals(term.getTaxonomyId())
				|| term.getId() != null && term.getId().startsWith(Directory.NEEDS_TAXONOMY + "-");
	}

	/**
	 * A weekly schedule (HSDS: freq WEEKLY, byday "MO,TU", opens_at, closes_at) as intervals [from, to) in minutes
	 * from Monday 00:00; an opening past midnight ends the next day, and one past Sunday midnight wraps to Monday.
	 * Monthly schedules and days with a position ("1MO") are not weekly hours and are left out.
	 */
	static java.util.List<int[]> weeklyIntervals(Schedule schedule) {
		java.util.List<int[]> intervals = new java.util.ArrayList<>();
		String freq = schedule.getFreq();
		if (freq != null && !freq.isBlank() && !"WEEKLY".equalsIgnoreCase(freq.strip())) {
			return intervals;
		}
		LocalTime opens = schedule.getOpensAt();
		LocalTime closes = schedule.getClosesAt();
		if (schedule.getByday() == null || opens == null || closes == null) {
			return intervals;
		}
		for (String day : schedule.getByday().split(",")) {
			DayOfWeek dayOfWeek = dayOf(day.strip().toUpperCase(Locale.ROOT));
			if (dayOfWeek == null) {
				continue;
			}
			int start = (dayOfWeek.getValue() - 1) * 24 * 60 + opens.getHour() * 60 + opens.getMinute();
			int length = (closes.toSecondOfDay() - opens.toSecondOfDay()) / 60;
			if (length <= 0) {
				length += 24 * 60;
			}
			int end = start + length;
			if (end <= WEEK_MINUTES) {
				intervals.add(new int[] { start, end });
			}
			else {
				intervals.add(new int[] { start, WEEK_MINUTES });
				intervals.add(new int[] { 0, end - WEEK_MINUTES });
			}
		}
		return intervals;
	}

	private static DayOfWeek dayOf(String code) {
		return switch (code) {
			case "MO" -> DayOfWeek.MONDAY;
			case "TU" -> DayOfWeek.TUESDAY;
			case "WE" -> DayOfWeek.WEDNESDAY;
			case "TH" -> DayOfWeek.THURSDAY;
			case "FR" -> DayOfWeek.FRIDAY;
			case "SA" -> DayOfWeek.SATURDAY;
			case "SU" -> DayOfWeek.SUNDAY;
			default -> null;
		};
	}

	/** Minutes from Monday 00:00 of a local date-time's week. */
	static int minuteOfWeek(java.time.ZonedDateTime time) {
		return (time.getDayOfWeek().getValue() - 1) * 24 * 60 + time.getHour() * 60 + time.getMinute();
	}
}
