package org.inclusio.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.inclusio.support.HttpSession;
import org.inclusio.support.WebTest;
import org.junit.jupiter.api.Test;

class SignInThrottlingTest extends WebTest {

	@Test
	void fiveWrongPasswordsMakeTheAccountWaitEvenForTheRightOne() {
		HttpSession browser = browser();
		for (int i = 0; i < 5; i++) {
			var wrong = browser.signIn("analyst@sofia.inclusio.eu", "not the right password " + i);
			assertThat(wrong.headers().firstValue("Location")).hasValue("/login?error=invalid");
		}
		var right = browser().signIn("analyst@sofia.inclusio.eu", DEMO_PASSWORD);
		assertThat(right.headers().firstValue("Location").orElseThrow()).startsWith("/login?error=throttled&wait=");

		String page = browser.get("/login?error=throttled&wait=1&lang=bg").body();
		assertThat(page).contains("Твърде много опити за вход");
	}

	@Test
	void anUnknownEmailIsAnsweredExactlyLikeAKnownOne() {
		HttpSession browser = browser();
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn("nobody-here@example.org", "whatever password " + i).headers()
				.firstValue("Location")).hasValue("/login?error=invalid");
		}
		assertThat(browser.signIn("nobody-here@example.org", "whatever").headers().firstValue("Location").orElseThrow())
			.startsWith("/login?error=throttled");
		assertThat(jdbc.sql("select count(*) from identity_login_attempt where attempt_key like '%nobody%'")
			.query(Integer.class).single()).as("no email addresses are stored").isZero();
	}

	@Test
	void theEmailTypedIsKeptAfterAFailedSignIn() {
		HttpSession browser = browser();
		browser.signIn("facilitator@sofia.inclusio.eu", "wrong password here");
		String page = browser.get("/login?error=invalid").body();
		assertThat(page).contains("value=\"facilitator@sofia.inclusio.eu\"").contains("The email address or password is not right");
	}
}
