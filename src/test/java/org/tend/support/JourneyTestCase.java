package org.tend.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.tend.support.TravelClock.Travel;

/**
 * A journey through the API that ends in people's mailboxes: the whole application on a
 * random port, its mail going to a real SMTP server ({@link WithSmtp}), and a clock the
 * tests move ({@link TravelClock}). Jobs are called by the tests (scheduling is off in
 * tests), through the beans in {@link #context}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
public abstract class JourneyTestCase implements WithSmtp {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Travel clock;

	@Autowired
	protected ApplicationContext context;

}
