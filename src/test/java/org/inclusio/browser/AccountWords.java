package org.inclusio.browser;

/**
 * The words of the account pages in each language, written out here (not read from the message bundles) so that
 * a page in the wrong language, or a missing translation, fails.
 */
record AccountWords(String dashboardTitle, String rentTitle, String councilTaxTitle, String owesArrears,
		String upToDate, String debtAdvice, String transactions, String markRead, String noAccounts, String linked,
		String linkTitle, String codeHint, String consentTitle, String consentWhatTitle, String consentWhatBalance,
		String consentWhyTitle, String consentWhy, String consentUntilTitle, String consentUntil,
		String consentRequired, String linksTitle, String revokeWith, String revoked, String sharingStart,
		String sharingStop, String sharingStarted, String sharingStopped, String providerCodeTitle,
		String referenceRequired, String letterTitle, String letterCodeLabel, String letterExpires,
		String findTitle, String findView, String findStopped, String viewTitle, String readOnly,
		String noLongerSharesTitle, String providersTitle, String newProvider, String providerNameRequired,
		String providerKindRequired, String providerCreated, String notStaff, String memberAdded) {

	static AccountWords of(Language language) {
		return switch (language) {
			case BG -> new AccountWords("Вашите сметки", "Наем", "Местни данъци и такси",
					"Дължите 120,00\u00a0лв за наем, които са просрочени.", "Нямате просрочени плащания.",
					"Безплатен съвет за дългове", "Последни плащания и начисления", "Отбележи като прочетено",
					"Все още не сте свързали сметки.", "Сметката е свързана.", "Свързване на сметка",
					"Тиретата и интервалите нямат значение.", "Съгласни ли сте?", "Какво ще изпращат",
					"колко дължите и колко е просрочено", "Защо", "За да я виждате на страницата си в Inclusio",
					"До кога", "До %s или докато не го спрете.",
					"Отметнете полето, за да се съгласите, или се откажете", "Свързани сметки и споделяне",
					"Спрете споделянето с ", "Споделянето е спряно.",
					"Позволете на социалните работници да виждат сметките ми",
					"Спрете достъпа на социалните работници", "Социалните работници вече могат да виждат сметките ви.",
					"Социалните работници вече не могат да виждат сметките ви.", "Код за свързване за клиент",
					"Въведете номера на клиента", "Вашият код за свързване с Inclusio", "Код за свързване:",
					"Кодът работи веднъж, до %s.", "Търсене на жител", "Вижте сметките му",
					"Този човек вече не позволява на социалните работници да виждат сметките му: споделянето е спряно.", "Сметки на %s",
					"Можете само да четете.", "%s вече не споделя сметките си със социалните работници", "Доставчици",
					"Добавяне на доставчик", "Въведете името на организацията", "Изберете вида на организацията",
					"Доставчикът е добавен.", "Няма служебен профил на доставчик с този имейл във вашата община.",
					"Служителят е добавен.");
			case LV -> new AccountWords("Jūsu konti", "Īre", "Nekustamā īpašuma nodoklis un pašvaldības maksas",
					"Jūs esat parādā 120,00\u00a0лв par īri, un maksājums ir nokavēts.", "Jums nav nokavētu maksājumu.",
					"Bezmaksas padoms par parādiem", "Pēdējie maksājumi un aprēķini", "Atzīmēt kā izlasītu",
					"Jūs vēl neesat sasaistījis nevienu kontu.", "Konts ir sasaistīts.", "Sasaistīt kontu",
					"Domuzīmēm un atstarpēm nav nozīmes.", "Vai jūs piekrītat?", "Ko viņi sūtīs",
					"cik jūs esat parādā un cik ir nokavēts", "Kāpēc", "Lai jūs to redzētu savā Inclusio lapā",
					"Līdz kuram laikam", "Līdz %s vai līdz brīdim, kad to apturat.",
					"Atzīmējiet lodziņu, lai piekristu, vai atceliet", "Sasaistītie konti un kopīgošana",
					"Pārtraukt kopīgošanu ar ", "Kopīgošana ir pārtraukta.",
					"Ļaut sociālajiem darbiniekiem redzēt manus kontus",
					"Vairs neļaut sociālajiem darbiniekiem redzēt manus kontus",
					"Sociālie darbinieki tagad var redzēt jūsu kontus.", "Sociālie darbinieki vairs nevar redzēt jūsu kontus.",
					"Sasaistes kods klientam", "Ievadiet klienta numuru", "Jūsu Inclusio sasaistes kods",
					"Sasaistes kods:", "Kods darbojas vienu reizi, līdz %s.", "Atrast iedzīvotāju", "Skatīt viņa kontus",
					"Šī persona vairs neļauj sociālajiem darbiniekiem redzēt savus kontus: kopīgošana ir pārtraukta.", "%s konti",
					"Jūs varat tikai lasīt.", "%s vairs nekopīgo savus kontus ar sociālajiem darbiniekiem", "Pakalpojumu sniedzēji",
					"Pievienot pakalpojumu sniedzēju", "Ievadiet organizācijas nosaukumu",
					"Izvēlieties organizācijas veidu", "Pakalpojumu sniedzējs ir pievienots.",
					"Jūsu pašvaldībā nav pakalpojumu sniedzēja darbinieka konta ar šo e-pastu.", "Darbinieks ir pievienots.");
			case EN -> new AccountWords("Your accounts", "Rent", "Council tax and local fees",
					"You owe 120.00\u00a0лв rent that is overdue.", "You have no overdue payments.",
					"Get free debt advice", "Latest payments and charges", "Mark as read",
					"You have not linked any accounts yet.", "The account is linked.", "Link an account",
					"Dashes and spaces do not matter.", "Do you agree?", "What they will send",
					"how much you owe and how much is overdue", "Why", "So that you can see it on your Inclusio page",
					"Until when", "Until %s, or until you stop it.", "Tick the box to agree, or cancel",
					"Linked accounts and sharing", "Stop sharing with ", "Sharing has stopped.",
					"Let caseworkers see my accounts", "Stop letting caseworkers see my accounts",
					"Caseworkers can now see your accounts.", "Caseworkers can no longer see your accounts.",
					"Give a customer a link code", "Enter the customer reference", "Your Inclusio link code",
					"Link code:", "The code works once, until %s.", "Find a resident", "See their accounts",
					"This person no longer lets caseworkers see their accounts: sharing has been stopped.", "Accounts of %s",
					"You can only read this.", "%s no longer shares their accounts with caseworkers", "Providers", "Add a provider",
					"Enter the name of the organisation", "Choose what kind of organisation it is",
					"The provider has been added.",
					"There is no provider staff account with this email in your municipality.",
					"The staff member has been added.");
		};
	}
}
