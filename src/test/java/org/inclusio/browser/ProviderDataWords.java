package org.inclusio.browser;

/**
 * The words of the provider staff's API key and CSV upload pages in each language, written out here (not read from
 * the message bundles) so that a page in the wrong language, or a missing translation, fails.
 */
record ProviderDataWords(String keysLink, String keysTitle, String labelRequired, String shownTitle,
		String shownOnce, String keyLabel, String keysBack, String active, String revoke, String revoked,
		String revokedOn, String uploadLink, String uploadTitle, String datasetRequired, String noFile,
		String previewTitle, String problemsTitle, String problems, String invalidNumber, String notLinked,
		String invalidKind, String invalidDate, String canBeStored, String stateNew, String commit, String again,
		String stored) {

	static ProviderDataWords of(Language language) {
		return switch (language) {
			case BG -> new ProviderDataWords("API ключове за вашата информационна система", "API ключове",
					"Въведете име на ключа", "Вашият нов API ключ", "Копирайте ключа сега и го пазете на сигурно място.",
					"API ключ „%s“", "Обратно към API ключовете", "Използва се", "Отмени ключа %s",
					"Ключът е отменен. Той вече не работи.", "Отменен на %s", "Качване на таблица (CSV файл)",
					"Качване на таблица", "Изберете какво съдържа файлът", "Изберете CSV файл",
					"Проверка преди записване", "Проблеми", "Редове с проблеми: %d.",
					"Не е число. Пишете например 120.50",
					"Никой клиент не е свързал този номер със съгласие",
					"Трябва да е едно от RENT, COUNCIL_TAX, ENERGY, WATER, LOAN, OTHER.",
					"Не е дата. Пишете например 2026-12-31 или 31.12.2026.",
					"Редове, които могат да бъдат записани: %d (нови: %d, променени: 0, вече записани: 0).", "Нов",
					"Запиши редовете", "Качи друг файл", "Записано. Нови: %d, променени: 0, вече записани: 0.");
			case LV -> new ProviderDataWords("API atslēgas jūsu informācijas sistēmai", "API atslēgas",
					"Ievadiet atslēgas nosaukumu", "Jūsu jaunā API atslēga",
					"Nokopējiet atslēgu tagad un glabājiet to drošā vietā.", "API atslēga “%s”",
					"Atpakaļ uz API atslēgām", "Tiek lietota", "Atsaukt atslēgu %s",
					"Atslēga ir atsaukta. Tā vairs nedarbojas.", "Atsaukta %s", "Augšupielādēt tabulu (CSV failu)",
					"Tabulas augšupielāde", "Izvēlieties, ko satur fails", "Izvēlieties CSV failu",
					"Pārbaude pirms saglabāšanas", "Kļūdas", "Rindas ar kļūdām: %d.",
					"Nav skaitlis. Rakstiet, piemēram, 120.50",
					"Neviens klients nav sasaistījis šo numuru ar piekrišanu",
					"Jābūt vienam no RENT, COUNCIL_TAX, ENERGY, WATER, LOAN, OTHER.",
					"Nav datums. Rakstiet, piemēram, 2026-12-31 vai 31.12.2026.",
					"Rindas, ko var saglabāt: %d (jaunas: %d, mainītas: 0, jau saglabātas: 0).", "Jauna",
					"Saglabāt rindas", "Augšupielādēt citu failu", "Saglabāts. Jaunas: %d, mainītas: 0, jau saglabātas: 0.");
			case EN -> new ProviderDataWords("API keys for your IT system", "API keys", "Enter a name for the key",
					"Your new API key", "Copy the key now and keep it safe.", "API key \"%s\"", "Back to API keys",
					"In use", "Revoke the key %s", "The key has been revoked. It no longer works.", "Revoked on %s",
					"Upload a spreadsheet (CSV file)", "Upload a spreadsheet", "Choose what the file contains",
					"Choose a CSV file", "Check before storing", "Problems", "Rows with problems: %d.",
					"Not a number. Write it like 120.50",
					"No customer has linked this reference with consent",
					"Must be one of RENT, COUNCIL_TAX, ENERGY, WATER, LOAN, OTHER.",
					"Not a date. Write it like 2026-12-31 or 31.12.2026.",
					"Rows that can be stored: %d (new: %d, changed: 0, already stored: 0).", "New", "Store the rows",
					"Upload another file", "Stored. New: %d, changed: 0, already stored: 0.");
		};
	}
}
