package org.inclusio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The page behind "stop these emails" in a reminder email, opened by someone who is not signed in, on a 360 px
 * phone: with JavaScript (and axe-core) and without, in each language. The email itself, its headers and the
 * one-click POST are tested in UnsubscribeTest; here the link is made the way the reminder job makes it.
 */
class UnsubscribeBrowserTest extends AccountBrowserSupport {

	private static final SecureRandom RANDOM = new SecureRandom();

	record Words(String confirmTitle, String button, String doneTitle, String alreadyOffTitle, String invalidTitle,
			String nothingChanged) {

		static Words of(Language language) {
			return switch (language) {
				case BG -> new Words("Да спрем ли напомнянията по имейл?", "Спрете напомнянията по имейл",
						"Напомнянията по имейл са спрени", "Напомнянията по имейл вече са спрени",
						"Тази връзка не работи", "Нищо не е променено.");
				case LV -> new Words("Vai pārtraukt atgādinājumus pa e-pastu?", "Pārtraukt atgādinājumus pa e-pastu",
						"Atgādinājumi pa e-pastu ir pārtraukti", "Atgādinājumi pa e-pastu jau ir pārtraukti",
						"Šī saite nedarbojas", "Nekas nav mainīts.");
				case EN -> new Words("Stop reminder emails?", "Stop reminder emails", "Reminder emails are stopped",
						"Reminder emails are already stopped", "This link does not work", "Nothing has been changed.");
			};
		}
	}

	@AfterEach
	void remindersAsTheDemoResidentHadThem() {
		long citizen = userId(CITIZEN_EMAIL);
		jdbc.sql("delete from money_preference where citizen_id = :c").param("c", citizen).update();
		jdbc.sql("delete from money_unsubscribe where citizen_id = :c").param("c", citizen).update();
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentStopsReminderEmailsFromTheLinkOnAPhone(Language language) {
		openBrowser("unsubscribe-360-" + language.code, AccountSmallScreenBrowserTest.phone());
		stopFromTheLink(language);
	}

	@ParameterizedTest
	@EnumSource(Language.class)
	void aResidentStopsReminderEmailsFromTheLinkWithoutJavaScript(Language language) {
		openBrowser("unsubscribe-360-nojs-" + language.code,
				AccountSmallScreenBrowserTest.phone().setJavaScriptEnabled(false));
		stopFromTheLink(language);
	}

	private void stopFromTheLink(Language language) {
		Words words = Words.of(language);
		String link = "/money/unsubscribe?token=" + issueToken() + "&lang=" + language.code;

		// opening the link only asks
		visit(link);
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.confirmTitle());
		Locator button = page.locator("main form button[type=submit]");
		expect(button).hasText(words.button());
		expect(page.locator("main a[href='/money/settings']")).hasCount(1);
		expect(page.locator("header nav a[href='/login']")).isVisible();
		assertFitsScreen(AccountSmallScreenBrowserTest.WIDTH);
		assertThat(emailOn()).isTrue();

		clickToNewPage(button, "unsubscribe-done");
		assertLanguage(language);
		expect(page.locator("h1")).hasText(words.doneTitle());
		expect(page.locator("main form")).hasCount(0);
		assertFitsScreen(AccountSmallScreenBrowserTest.WIDTH);
		assertThat(emailOn()).isFalse();

		visit(link);
		expect(page.locator("h1")).hasText(words.alreadyOffTitle());
		expect(page.locator("main form")).hasCount(0);

		// a link cut short in the email program: said so in this language, nothing changes
		visit(link.replace("token=", "token=x"), 404);
		expect(page.locator("h1")).hasText(words.invalidTitle());
		expect(page.locator("main .lead")).containsText(words.nothingChanged());
		expect(page.locator("main a[href='/money/settings']")).hasCount(1);
		assertFitsScreen(AccountSmallScreenBrowserTest.WIDTH);
	}

	/** A token as the reminder job makes one for an email to the demo resident: only its SHA-256 hash is stored. */
	private String issueToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		try {
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.US_ASCII)));
			jdbc.sql("""
					insert into money_unsubscribe (token_hash, tenant_id, citizen_id, created_at, expires_at)
					select :hash, tenant_id, id, now(), now() + interval '365 days' from identity_user where email = :email
					""").param("hash", hash).param("email", CITIZEN_EMAIL).update();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return token;
	}

	private boolean emailOn() {
		return jdbc.sql("""
				select email_enabled from money_preference
				where citizen_id = (select id from identity_user where email = :email)
				""").param("email", CITIZEN_EMAIL).query(Boolean.class).optional().orElse(true);
	}
}
