package org.tend.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PostgresAvailableTests {

	@Test
	void skipsWithTheReasonWhenNoServerIsNamed() {
		var result = PostgresAvailable.check(Optional.empty());

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).contains("-Dtend.test.postgres.url"));
	}

	@Test
	void failsWhenTheNamedServerDoesNotAnswer() throws IOException {
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/tend?connectTimeout=2";

		assertThatIllegalStateException().isThrownBy(() -> PostgresAvailable.check(Optional.of(url)))
			.withMessageContaining(url)
			.withMessageContaining("not reachable");
	}

	/** A port that was free a moment ago: nothing listens on it. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
