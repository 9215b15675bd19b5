package org.tend.challenge;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tend.accounts.CurrentMember;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;
import org.tend.support.SmallJournal;
import org.tend.support.TravelClock;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The start of the challenge's page tests: on the challenge's Monday, Ana signs up
 * through the API, lives in Madrid, and is signed in for the pages ({@link #signedIn}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
abstract class AnaInMadrid {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TravelClock.Travel clock;

	MockMvc mvc;

	JsonApi api;

	Member ana;

	CurrentMember signedIn;

	@BeforeEach
	void anaSignsUpInMadrid() {
		this.clock.set(ChallengeApiTests.MONDAY);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.api = new JsonApi(this.port);
		this.ana = this.api.signUp("Ana");
		new SmallJournal(this.jdbc).setTimeZone(this.ana.id(), "Europe/Madrid");
		this.signedIn = new CurrentMember(this.ana.id(), this.ana.email(), "Ana", ChallengePagesTests.MADRID);
	}

}
