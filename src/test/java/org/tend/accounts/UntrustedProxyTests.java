package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For is believed only from the proxies in {@code TEND_TRUSTED_PROXIES}: here
 * only 192.0.2.1 is trusted, so a client on loopback that makes up a new address for each
 * guess is still counted as itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1")
class UntrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void anUntrustedClientsForwardedAddressIsIgnoredByTheThrottle() {
		for (int i = 1; i <= 5; i++) {
			HttpVisitor guesser = new HttpVisitor(this.port).withHeader("X-Forwarded-For", "203.0.113." + i);
			assertThat(guesser.signIn(JsonApi.uniqueEmail("guess"), "wrong guess " + i).location())
				.endsWith("/login?error");
		}

		HttpVisitor sixth = new HttpVisitor(this.port).withHeader("X-Forwarded-For", "198.51.100.1");

		assertThat(sixth.signIn(JsonApi.uniqueEmail("other"), "wrong guess").status())
			.as("all five guesses came from the loopback address, whatever they claimed")
			.isEqualTo(429);
	}

}
