package org.inclusio.browser;

/**
 * The three languages the browser tests run in, with the words a person would see. Written out here (not read
 * from the message bundles) so that a page in the wrong language fails.
 */
enum Language {

	BG("bg", "Мария Петрова", "Има проблем", "Въведете име и фамилия", "Създаване на профил", "Проверете имейла си",
			"Потвърдете имейл адреса си за Inclusio", "Имейл адресът е потвърден", "Вход", "Добре дошли, ",
			"Излязохте от профила си.", "Страницата не е намерена", "Номер за справка", "Добавяне на служител",
			"Потребители", "Журнал на достъпа", "Към основното съдържание"),

	LV("lv", "Līga Bērziņa", "Radusies problēma", "Ievadiet vārdu un uzvārdu", "Izveidot kontu", "Pārbaudiet e-pastu",
			"Apstipriniet savu e-pasta adresi Inclusio", "E-pasta adrese apstiprināta", "Pieteikties", "Laipni lūdzam, ",
			"Jūs esat izgājis no konta.", "Lapa nav atrasta", "Atsauces numurs", "Pievienot darbinieku", "Lietotāji",
			"Piekļuves žurnāls", "Pāriet uz galveno saturu"),

	EN("en", "Zoë Ó Briain-Žukova", "There is a problem", "Enter your full name", "Create an account",
			"Check your email", "Confirm your email address for Inclusio", "Email address confirmed", "Sign in",
			"Welcome, ", "You have signed out.", "Page not found", "Reference", "Add a staff member", "Users",
			"Audit log", "Skip to main content");

	final String code;

	/** A name with the letters of the language, to register with. */
	final String personName;

	final String errorSummary;

	final String nameRequired;

	final String registerTitle;

	final String checkEmailTitle;

	final String confirmEmailSubject;

	final String confirmedTitle;

	final String signInTitle;

	final String welcome;

	final String signedOut;

	final String notFoundTitle;

	final String reference;

	final String newStaffTitle;

	final String usersTitle;

	final String auditTitle;

	final String skipLink;

	Language(String code, String personName, String errorSummary, String nameRequired, String registerTitle,
			String checkEmailTitle, String confirmEmailSubject, String confirmedTitle, String signInTitle, String welcome,
			String signedOut, String notFoundTitle, String reference, String newStaffTitle, String usersTitle,
			String auditTitle, String skipLink) {
		this.code = code;
		this.personName = personName;
		this.errorSummary = errorSummary;
		this.nameRequired = nameRequired;
		this.registerTitle = registerTitle;
		this.checkEmailTitle = checkEmailTitle;
		this.confirmEmailSubject = confirmEmailSubject;
		this.confirmedTitle = confirmedTitle;
		this.signInTitle = signInTitle;
		this.welcome = welcome;
		this.signedOut = signedOut;
		this.notFoundTitle = notFoundTitle;
		this.reference = reference;
		this.newStaffTitle = newStaffTitle;
		this.usersTitle = usersTitle;
		this.auditTitle = auditTitle;
		this.skipLink = skipLink;
	}

	/** Another language to switch to from this one. */
	Language other() {
		return values()[(ordinal() + 1) % values().length];
	}
}
