package org.inclusio.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.inclusio.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {

	static {
		TestMailServer.server();
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryAccount() {
		LoginThrottle throttle = new LoginThrottle(jdbc, java.time.Clock.systemUTC(), 5, 20);
		String address = "203.0.113.77";
		for (int i = 0; i < 19; i++) {
			throttle.failed("person" + i + "@example.org", address);
		}
		assertThat(throttle.waitBefore("someone-else@example.org", address)).isEmpty();
		throttle.failed("person20@example.org", address);
		assertThat(throttle.waitBefore("someone-else@example.org", address)).isPresent();
		assertThat(throttle.waitBefore("someone-else@example.org", "203.0.113.78")).isEmpty();
	}

	@Test
	void theLockGrowsWithEachFurtherFailureUpToAnHour() {
		assertThat(LoginThrottle.lockFor(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LoginThrottle.lockFor(1)).isEqualTo(Duration.ofSeconds(60));
		assertThat(LoginThrottle.lockFor(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(LoginThrottle.lockFor(50)).isEqualTo(Duration.ofHours(1));
	}
}
