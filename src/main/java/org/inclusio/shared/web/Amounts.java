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

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale()).format(date);
	}
}
