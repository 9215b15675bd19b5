package org.tend.community.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tend.mail.MailOutbox;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.TravelClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds open by themselves: the "skip?" notice a few days before, the round at its
 * opening moment, and never twice however often the job runs. The job is called through
 * its ShedLock proxy, as the schedule would (scheduling is off in tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TravelClock.class)
class CommunityRoundsJobTests {

	@LocalServerPort
	int port;

	@Autowired
	TravelClock.Travel clock;

	@Autowired
	CommunityRoundsJob job;

	@Autowired
	MailOutbox outbox;

	@Test
	void aRoundOpensOnItsDayOnceAfterTheSkipNotice() {
		// Monday 4 January 2027; the community's rounds open on Wednesdays at 09:00 in
		// Madrid
		this.clock.set(Instant.parse("2027-01-04T07:00:00Z"));
		JsonApi api = new JsonApi(this.port);
		Member ana = api.signUp("Ana");
		Caller organizer = api.as(ana);
		String id = organizer
			.post("/api/v1/communities",
					Map.of("name", "Wednesday coffees", "cadence", "weekly", "openDay", "wednesday", "openTime",
							"09:00", "timezone", "Europe/Madrid"))
			.json()
			.get("id")
			.asString();
		String code = organizer.get("/api/v1/communities/" + id).json().get("inviteCode").asString();
		Member bo = api.signUp("Bo");
		Member chen = api.signUp("Chen");
		for (Member member : List.of(bo, chen)) {
			api.as(member).post("/api/v1/communities/join", Map.of("inviteCode", code));
		}
		Instant opens = ZonedDateTime.parse("2027-01-06T09:00:00+01:00[Europe/Madrid]").toInstant();

		this.job.openDueRounds();
		for (Member member : List.of(ana, bo, chen)) {
			assertThat(this.outbox.queued("community-skip:" + id + ":" + opens.getEpochSecond() + ":" + member.id()))
				.as("the skip notice for " + member.id())
				.isTrue();
		}
		assertThat(figures(organizer, id)).as("no round before its day").isZero();
		api.as(chen)
			.call("PUT", "/api/v1/communities/" + id + "/profile", Map.of("optIn", true, "skipNextRound", true));

		this.clock.set(opens.minusSeconds(60));
		this.job.openDueRounds();
		assertThat(figures(organizer, id)).isZero();

		this.clock.set(opens.plusSeconds(60));
		this.job.openDueRounds();
		this.job.openDueRounds();
		assertThat(figures(organizer, id)).as("one round, however often the job runs").isEqualTo(1);
		assertThat(api.as(chen).get("/api/v1/pairings").json().get("items").size()).as("Chen skipped it").isZero();
		assertThat(api.as(bo).get("/api/v1/pairings").json().get("items").size()).isEqualTo(1);
		assertThat(api.as(chen).get("/api/v1/communities/" + id + "/profile").json().get("skipNextRound").asBoolean())
			.as("a skip lasts one round")
			.isFalse();
		assertThat(organizer.post("/api/v1/communities/" + id + "/rounds", null).status()).isEqualTo(409);
	}

	private static int figures(Caller organizer, String id) {
		return organizer.get("/api/v1/communities/" + id + "/rounds/figures").json().get("items").size();
	}

}
