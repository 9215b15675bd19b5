package org.tend.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) for each test class that implements this, with the
 * application's mail pointed at it. An interface rather than a base class, so that
 * browser tests, which extend their own base, can have it too. Its port is one for the
 * whole run: the classes that use it share their application context as they share the
 * port, and the server starts afresh (empty) for each class.
 */
public interface WithSmtp {

	int SMTP_PORT = Smtp.freePort();

	@RegisterExtension
	GreenMailExtension smtp = Smtp.server(SMTP_PORT);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		Smtp.use(registry, SMTP_PORT);
	}

}
