package org.inclusio.account.internal.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusio.account.AccountKind;
import org.inclusio.account.internal.api.Rows.AccountRow;
import org.inclusio.account.internal.api.Rows.MessageRow;
import org.inclusio.account.internal.api.Rows.TransactionRow;
import org.inclusio.account.internal.api.Rows.Valid;
import org.inclusio.account.internal.api.Rows.Validated;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a batch without touching the database: required values, the kinds and currencies we know,
 * amounts (numbers with at most two decimals, at most ten million either way, arrears not negative and not more
 * than the balance), dates (not absurdly old, not far in the future), text lengths as the database takes them,
 * and the same key twice in one batch. The API and the CSV upload both use it.
 */
@Component
class RowValidator {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** Longer text is not parsed as a number at all (parsing huge numbers is slow). */
	static final int MAX_NUMBER_LENGTH = 40;

	static final Set<String> CURRENCIES = Set.of("BGN", "EUR");

	private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	/** Spaces people put between groups of digits: space, no-break space, narrow no-break space, thin space. */
	private static final Pattern DIGIT_GROUP_SPACE = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f\\u2009](?=\\d)");

	private final Clock clock;

	RowValidator(Clock clock) {
		this.clock = clock;
	}

	Validated validate(Dataset dataset, List<RawRow> rows, Dialect dialect) {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		List<Valid> valid = new ArrayList<>(rows.size());
		List<RowError> errors = new ArrayList<>();
		Map<String, Integer> firstRowOfKey = new HashMap<>();
		for (RawRow raw : rows) {
			Check check = new Check(raw, dialect);
			duplicateKey(dataset, raw, firstRowOfKey, check);
			Valid row = switch (dataset) {
				case ACCOUNTS -> account(check, today);
				case TRANSACTIONS -> transaction(check, today);
				case MESSAGES -> message(check, now);
			};
			if (check.errors.isEmpty()) {
				valid.add(row);
			}
			else {
				errors.addAll(check.errors);
			}
		}
		errors.sort(ORDER);
		return new Validated(valid, errors);
	}

	static final Comparator<RowError> ORDER = Comparator.comparingInt(RowError::row)
		.thenComparing(e -> e.field() == null ? -1 : e.field().ordinal());

	/**
	 * The key a row is stored under must not appear twice in one batch: the account reference for accounts, the
	 * reference and external id for transactions (as the database keeps them per account), the external id for
	 * messages.
	 */
	private static void duplicateKey(Dataset dataset, RawRow raw, Map<String, Integer> firstRowOfKey, Check check) {
		String reference = trim(raw.get(Field.REFERENCE));
		String externalId = trim(raw.get(Field.EXTERNAL_ID));
		String key;
		Field field;
		switch (dataset) {
			case ACCOUNTS -> {
				key = reference;
				field = Field.REFERENCE;
			}
			case TRANSACTIONS -> {
				key = reference == null || externalId == null ? null : reference + "\u0000" + externalId;
				field = Field.EXTERNAL_ID;
			}
			default -> {
				key = externalId;
				field = Field.EXTERNAL_ID;
			}
		}
		if (key == null || key.isEmpty()) {
			return;
		}
		Integer first = firstRowOfKey.putIfAbsent(key, raw.row());
		if (first != null) {
			check.error(field, "DUPLICATE_IN_BATCH", first);
		}
	}

	private static AccountRow account(Check check, LocalDate today) {
		String reference = check.text(Field.REFERENCE, true);
		String kindText = check.text(Field.KIND, true);
		AccountKind kind = null;
		if (kindText != null) {
			try {
				kind = AccountKind.valueOf(kindText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				check.error(Field.KIND, "INVALID_KIND");
			}
		}
		String currency = check.text(Field.CURRENCY, true);
		if (currency != null) {
			currency = currency.toUpperCase(Locale.ROOT);
			if (!CURRENCIES.contains(currency)) {
				check.error(Field.CURRENCY, "INVALID_CURRENCY");
				currency = null;
			}
		}
		BigDecimal balance = check.amount(Field.BALANCE, true);
		BigDecimal arrears = check.amount(Field.ARREARS, true);
		if (arrears != null && arrears.signum() < 0) {
			check.error(Field.ARREARS, "NEGATIVE");
		}
		else if (arrears != null && balance != null && arrears.compareTo(balance.max(BigDecimal.ZERO)) > 0) {
			check.error(Field.ARREARS, "ARREARS_ABOVE_BALANCE");
		}
		LocalDate nextDueDate = check.date(Field.NEXT_DUE_DATE, false, today.plusYears(1));
		BigDecimal nextDueAmount = check.amount(Field.NEXT_DUE_AMOUNT, false);
		if (nextDueAmount != null && nextDueAmount.signum() < 0) {
			check.error(Field.NEXT_DUE_AMOUNT, "NEGATIVE");
		}
		if (check.blank(Field.NEXT_DUE_DATE) != check.blank(Field.NEXT_DUE_AMOUNT)) {
			check.error(check.blank(Field.NEXT_DUE_DATE) ? Field.NEXT_DUE_DATE : Field.NEXT_DUE_AMOUNT, "DUE_INCOMPLETE");
		}
		return new AccountRow(check.raw.row(), reference, kind, currency, balance, arrears, nextDueDate, nextDueAmount);
	}

	private static TransactionRow transaction(Check check, LocalDate today) {
		String reference = check.text(Field.REFERENCE, true);
		String externalId = check.text(Field.EXTERNAL_ID, true);
		LocalDate date = check.date(Field.DATE, true, today.plusDays(1));
		BigDecimal amount = check.amount(Field.AMOUNT, true);
		String description = check.text(Field.DESCRIPTION, true);
		return new TransactionRow(check.raw.row(), reference, externalId, date, amount, description);
	}

	private static MessageRow message(Check check, Instant now) {
		String reference = check.text(Field.REFERENCE, true);
		String externalId = check.text(Field.EXTERNAL_ID, true);
		String subject = check.text(Field.SUBJECT, true);
		String body = check.text(Field.BODY, true);
		OffsetDateTime sentAt = check.instant(Field.SENT_AT, now.plus(Duration.ofDays(1)));
		return new MessageRow(check.raw.row(), reference, externalId, subject, body, sentAt);
	}

	static String trim(String value) {
		return value == null ? null : value.strip();
	}

	/** Whether the text is {@code [+-]?\d+(\.\d+)?} (as {@link #NUMBER}, without a regular expression). */
	static boolean isNumber(String text) {
		int i = 0;
		int n = text.length();
		if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			i++;
		}
		int digits = i;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
		}
		if (i == digits) {
			return false;
		}
		if (i == n) {
			return true;
		}
		if (text.charAt(i) != '.') {
			return false;
		}
		int decimals = ++i;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
		}
		return i == n && i > decimals;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean hasSpace(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The dates nearly every row has, without a formatter: 2026-12-31, and in CSV files 31.12.2026 or 1.2.2026.
	 * Null for anything else (then the formatters decide, as before); an impossible day is null as well, and the
	 * formatters, strict like {@code LocalDate.of}, refuse it too.
	 */
	static LocalDate commonDate(String text, boolean csv) {
		int n = text.length();
		if (n == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
			return date(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
		}
		if (!csv || n < 8 || n > 10 || text.charAt(n - 5) != '.') {
			return null;
		}
		int dot = text.indexOf('.');
		if (dot < 1 || dot > 2 || dot + 2 > n - 5 || n - 5 - dot - 1 > 2) {
			return null;
		}
		return date(digits(text, n - 4, n), digits(text, dot + 1, n - 5), digits(text, 0, dot));
	}

	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static LocalDate date(int year, int month, int day) {
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/** The checks of one row; every problem is collected, so a person can fix them all at once. */
	private static final class Check {

		final RawRow raw;

		final Dialect dialect;

		final List<RowError> errors = new ArrayList<>();

		final Set<Field> unreadable;

		Check(RawRow raw, Dialect dialect) {
			this.raw = raw;
			this.dialect = dialect;
			this.errors.addAll(raw.problems());
			this.unreadable = raw.problems().isEmpty() ? Set.of() : raw.problems().stream().map(RowError::field)
				.filter(f -> f != null).collect(java.util.stream.Collectors.toSet());
		}

		void error(Field field, String code, Object... args) {
			errors.add(new RowError(raw.row(), field, code, args));
		}

		boolean blank(Field field) {
			String value = raw.get(field);
			return value == null || value.isBlank();
		}

		String text(Field field, boolean required) {
			if (unreadable.contains(field)) {
				return null;
			}
			String value = trim(raw.get(field));
			if (value == null || value.isEmpty()) {
				if (required) {
					error(field, "REQUIRED");
				}
				return null;
			}
			if (field.maxLength > 0 && value.length() > field.maxLength
					&& value.codePointCount(0, value.length()) > field.maxLength) {
				error(field, "TOO_LONG", field.maxLength);
				return null;
			}
			boolean multiLine = field == Field.BODY || field == Field.DESCRIPTION;
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				boolean allowedControl = multiLine && (c == '\n' || c == '\r' || c == '\t');
				if ((c < 0x20 || c == 0x7f) && !allowedControl) {
					error(field, "INVALID_CHARACTERS");
					return null;
				}
			}
			return value;
		}

		BigDecimal amount(Field field, boolean required) {
			if (unreadable.contains(field)) {
				return null;
			}
			String value = trim(raw.get(field));
			if (value == null || value.isEmpty()) {
				if (required) {
					error(field, "REQUIRED");
				}
				return null;
			}
			String normalized = value;
			if (dialect.csv()) {
				if (hasSpace(normalized)) {
					normalized = DIGIT_GROUP_SPACE.matcher(normalized).replaceAll("");
				}
				if (dialect.decimalComma() && normalized.indexOf(',') >= 0 && normalized.indexOf('.') < 0) {
					normalized = normalized.replace(',', '.');
				}
			}
			if (normalized.length() > MAX_NUMBER_LENGTH || !isNumber(normalized)) {
				error(field, "INVALID_NUMBER");
				return null;
			}
			BigDecimal amount = new BigDecimal(normalized);
			if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
				error(field, "TOO_MANY_DECIMALS");
				return null;
			}
			if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
				error(field, "OUT_OF_RANGE", MAX_AMOUNT.intValueExact());
				return null;
			}
			return amount.setScale(2, RoundingMode.UNNECESSARY);
		}

		LocalDate date(Field field, boolean required, LocalDate latest) {
			String value = text(field, required);
			if (value == null) {
				return null;
			}
			LocalDate date = parseDate(value);
			if (date == null) {
				error(field, "INVALID_DATE");
				return null;
			}
			if (date.isBefore(EARLIEST)) {
				error(field, "DATE_TOO_EARLY", EARLIEST.toString());
				return null;
			}
			if (date.isAfter(latest)) {
				error(field, "DATE_TOO_LATE", latest.toString());
				return null;
			}
			return date;
		}

		private LocalDate parseDate(String value) {
			LocalDate common = commonDate(value, dialect.csv());
			if (common != null) {
				return common;
			}
			try {
				return LocalDate.parse(value, ISO_DATE);
			}
			catch (DateTimeParseException ex) {
				if (!dialect.csv()) {
					return null;
				}
			}
			try {
				return LocalDate.parse(value, DOTTED_DATE);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		OffsetDateTime instant(Field field, Instant latest) {
			String value = text(field, true);
			if (value == null) {
				return null;
			}
			OffsetDateTime time;
			try {
				time = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			catch (DateTimeParseException ex) {
				error(field, "INVALID_DATETIME");
				return null;
			}
			if (time.toLocalDate().isBefore(EARLIEST)) {
				error(field, "DATE_TOO_EARLY", EARLIEST.toString());
				return null;
			}
			if (time.toInstant().isAfter(latest)) {
				error(field, "DATE_TOO_LATE", latest.atOffset(ZoneOffset.UTC).toString());
				return null;
			}
			return time.withOffsetSameInstant(ZoneOffset.UTC);
		}
	}
}
