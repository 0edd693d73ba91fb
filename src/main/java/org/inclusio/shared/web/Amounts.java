package org.inclusio.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Money and dates the way people write them in the page's language: {@code ${@amounts.money(a, 'BGN')}}. */
@Component("amounts")
public class Amounts {

	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		String number = format.format(amount.abs());
		String sign = amount.signum() < 0 ? "−" : "";
		// people write "120,00 лв" and "€120.00" / "120,00 €": the symbol they know, not the ISO code
		return switch (currency) {
			case "BGN" -> sign + number + "\u00a0лв";
			case "EUR" -> "en".equals(locale.getLanguage()) ? sign + "€" + number : sign + number + "\u00a0€";
			default -> sign + number + "\u00a0" + Currency.getInstance(currency).getSymbol(locale);
		};
	}

	private static final DateTimeFormatter BULGARIAN_DATE = DateTimeFormatter.ofPattern("d MMMM y", Locale.of("bg"));

	private static final DateTimeFormatter BRITISH_DATE = DateTimeFormatter.ofPattern("d MMMM y", Locale.UK);

	public String date(LocalDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	/** A date as people write it in full ("5 March 2026", "5 март 2026", "2026. gada 5. marts"). */
	public static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		if ("bg".equals(locale.getLanguage())) {
			// the JDK's long Bulgarian date ends in "г.", which doubles the full stop at the end of a sentence
			return BULGARIAN_DATE.format(date);
		}
		if ("en".equals(locale.getLanguage())) {
			// British English, as the rest of the English text: "5 March 2026", not "March 5, 2026"
			return BRITISH_DATE.format(date);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}
}
