package org.tend.introductions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tend.accounts.HttpVisitor;
import org.tend.mail.OutboxForTests;
import org.tend.support.JourneyTestCase;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Member;
import org.tend.support.JsonApi.Reply;
import org.tend.support.Smtp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tend.support.Smtp.mailsTo;
import static org.tend.support.Smtp.text;

/**
 * Asking a fellow community member for an introduction, from outside: the request reaches
 * the member asked by mail (GreenMail), they decline or start a double opt-in from their
 * own journal, and the asker only ever sees where the request stands.
 */
class IntroductionRequestJourneyTests extends JourneyTestCase {

	private JsonApi api;

	private Member anaMember;

	private Caller ana;

	private Member boMember;

	private Caller bo;

	private String community;

	private String code;

	@BeforeEach
	void community() {
		this.clock.set(Instant.parse("2026-11-23T09:00:00Z"));
		this.api = new JsonApi(this.port);
		this.anaMember = this.api.signUp(JsonApi.uniqueEmail("ana"), "correct horse battery", "Ana Lucía");
		this.ana = this.api.as(this.anaMember);
		this.boMember = this.api.signUp(JsonApi.uniqueEmail("bo"), "correct horse battery", "Bo Ødegård");
		this.bo = this.api.as(this.boMember);
		this.community = this.ana.post("/api/v1/communities", Map.of("name", "Climate circle", "cadence", "monthly"))
			.json()
			.get("id")
			.asString();
		this.code = this.ana.get("/api/v1/communities/" + this.community).json().get("inviteCode").asString();
		assertThat(this.bo.post("/api/v1/communities/join", Map.of("inviteCode", this.code)).status()).isEqualTo(201);
	}

	@Test
	void theMemberAskedIsToldByMailAndIntroducesTheAskerFromTheirOwnJournal() throws Exception {
		String cleoEmail = JsonApi.uniqueEmail("cleo");
		String cleo = this.bo
			.create("/api/v1/people", Map.of("name", "Cleo Climate-Fund", "emails", List.of(cleoEmail)))
			.toString();

		Reply asked = ask(this.ana, this.boMember, "Can you introduce me to someone in climate finance?");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		assertThat(asked.json().get("status").asString()).isEqualTo("pending");
		assertThat(asked.json().get("way").asString()).isEqualTo("outgoing");
		assertThat(asked.json().get("memberName").asString()).isEqualTo("Bo Ødegård");
		sendMail();

		MimeMessage toBo = only(mailsTo(smtp, this.boMember.email()));
		assertThat(toBo.getSubject()).isEqualTo("Ana Lucía asks you for an introduction");
		assertThat(text(toBo)).contains("Ana Lucía, who is in Climate circle with you",
				"Can you introduce me to someone in climate finance?", "/introductions/requests");
		// one-click unsubscribe, like every mail to a member (RFC 8058)
		assertThat(toBo.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(toBo.getHeader("List-Unsubscribe", null))
			.matches("<https?://[^/>]+/mail/unsubscribe/[A-Za-z0-9_-]{43}>");
		assertThat(text(toBo)).contains(unsubscribePath(toBo), "/settings/email",
				"requests then still wait for you on that page");

		JsonNode incoming = only(this.bo.get("/api/v1/introduction-requests").json().get("items"));
		assertThat(incoming.get("way").asString()).isEqualTo("incoming");
		assertThat(incoming.get("memberName").asString()).isEqualTo("Ana Lucía");
		assertThat(incoming.get("text").asString()).isEqualTo("Can you introduce me to someone in climate finance?");
		String id = incoming.get("id").asString();

		Reply introduced = this.bo.post("/api/v1/introduction-requests/" + id + "/introduce",
				Map.of("personId", cleo, "askerReason", "Cleo has funded three climate start-ups", "personReason",
						"Ana is raising for a climate start-up", "message", "Over to you two"));
		assertThat(introduced.status()).as(introduced.body()).isEqualTo(201);
		assertThat(introduced.json().get("status").asString()).isEqualTo("asked");
		String anaAtBo = introduced.json().get("sides").get(0).get("personId").asString();
		Reply anaInBosJournal = this.bo.get("/api/v1/people/" + anaAtBo);
		assertThat(anaInBosJournal.json().get("name").asString()).isEqualTo("Ana Lucía");
		assertThat(anaInBosJournal.json().get("emails").get(0).asString()).isEqualTo(this.anaMember.email());

		// the asker sees where it stands, and nothing of Bo's journal
		Reply seen = this.ana.get("/api/v1/introduction-requests");
		assertThat(only(seen.json().get("items")).get("status").asString()).isEqualTo("introduced");
		assertThat(seen.body()).doesNotContain("Cleo", cleo, cleoEmail, anaAtBo, "introductionId\":\"");

		// the rest is the double opt-in: both get the request mail
		sendMail();
		assertThat(only(mailsTo(smtp, this.anaMember.email())).getSubject())
			.isEqualTo("Bo Ødegård would like to introduce you to Cleo Climate-Fund");
		assertThat(only(mailsTo(smtp, cleoEmail)).getSubject())
			.isEqualTo("Bo Ødegård would like to introduce you to Ana Lucía");

		// answered once; a second answer changes nothing
		assertThat(this.bo.post("/api/v1/introduction-requests/" + id + "/decline", null).status()).isEqualTo(409);
		assertThat(only(this.ana.get("/api/v1/introduction-requests").json().get("items")).get("status").asString())
			.isEqualTo("introduced");
	}

	@Test
	void onceBothSayYesTheAskerFindsWhomTheyMetIntroducedByTheIntroducerInTheirJournal() {
		String cleoEmail = JsonApi.uniqueEmail("cleo");
		String cleo = this.bo
			.create("/api/v1/people", Map.of("name", "Cleo Climate-Fund", "emails", List.of(cleoEmail)))
			.toString();
		assertThat(ask(this.ana, this.boMember, "Someone in climate finance?").status()).isEqualTo(201);
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();
		assertThat(this.bo
			.post("/api/v1/introduction-requests/" + id + "/introduce", Map.of("personId", cleo, "askerReason",
					"Cleo funds climate", "personReason", "Ana raises for climate"))
			.status()).isEqualTo(201);
		sendMail();
		this.api.postForm(IntroductionJourneyTests.link(only(mailsTo(smtp, this.anaMember.email())), "yes"), "");
		assertThat(this.ana.get("/api/v1/people").json().get("items")).as("nothing before both said yes").isEmpty();

		this.api.postForm(IntroductionJourneyTests.link(only(mailsTo(smtp, cleoEmail)), "yes"), "");
		JsonNode people = this.ana.get("/api/v1/people").json().get("items");
		assertThat(people).hasSize(2);
		String cleoAtAna = null;
		for (JsonNode person : people) {
			if ("Cleo Climate-Fund".equals(person.get("name").asString())) {
				cleoAtAna = person.get("id").asString();
			}
		}
		assertThat(cleoAtAna).as("Cleo in Ana's journal").isNotNull();
		JsonNode met = this.ana.get("/api/v1/people/" + cleoAtAna).json();
		assertThat(met.get("emails").get(0).asString()).isEqualTo(cleoEmail);
		assertThat(met.get("introducedBy").get("name").asString()).isEqualTo("Bo Ødegård");
		JsonNode boAtAna = this.ana.get("/api/v1/people/" + met.get("introducedBy").get("personId").asString()).json();
		assertThat(boAtAna.get("emails").get(0).asString()).isEqualTo(this.boMember.email());
	}

	@Test
	void theRequestMailsOneClickLinkStopsOnlyTheseMailsAndLaterRequestsStillWaitOnThePage() throws Exception {
		assertThat(ask(this.ana, this.boMember, "Someone in climate finance?").status()).isEqualTo(201);
		sendMail();
		String path = unsubscribePath(only(mailsTo(smtp, this.boMember.email())));

		// a link scanner's GET only asks
		Reply asked = this.api.get(path);
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.body()).contains("Stop the mails telling you that a member asks you for an introduction?");
		assertThat(mailPreferences(this.bo).get("introductionRequests").asBoolean()).isTrue();

		Reply done = this.api.postForm(path, "List-Unsubscribe=One-Click");
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.body()).contains("no more mails about introduction requests");
		JsonNode preferences = mailPreferences(this.bo);
		assertThat(preferences.get("introductionRequests").asBoolean()).isFalse();
		assertThat(preferences.get("weeklyNudge").asBoolean()).isTrue();
		assertThat(preferences.get("promiseReminders").asBoolean()).isTrue();

		// the next request is stored and shown, without a mail
		this.clock.advance(Duration.ofMinutes(5));
		Caller dee = join("Dee");
		assertThat(ask(dee, this.boMember, "Anyone in shipping?").status()).isEqualTo(201);
		sendMail();
		assertThat(mailsTo(smtp, this.boMember.email())).hasSize(1);
		JsonNode incoming = this.bo.get("/api/v1/introduction-requests").json().get("items");
		assertThat(incoming).hasSize(2);
		assertThat(incoming.get(0).get("text").asString()).isEqualTo("Anyone in shipping?");
		assertThat(incoming.get(0).get("memberName").asString()).isEqualTo("Dee");
		HttpVisitor bo = new HttpVisitor(this.port);
		bo.signIn(this.boMember.email(), "correct horse battery");
		assertThat(bo.get("/introductions/requests").body()).contains("Dee", "Anyone in shipping?");
	}

	@Test
	void thePagesAskListDeclineAndIntroduceWithoutTheApi() {
		String cleo = this.bo
			.create("/api/v1/people",
					Map.of("name", "Cleo Climate-Fund", "emails", List.of(JsonApi.uniqueEmail("cleo"))))
			.toString();
		HttpVisitor ana = new HttpVisitor(this.port);
		ana.signIn(this.anaMember.email(), "correct horse battery");
		assertThat(ana.get("/communities/" + this.community).body())
			.contains("/communities/" + this.community + "/introduction-requests/new");
		String form = ana.get("/communities/" + this.community + "/introduction-requests/new").body();
		assertThat(form).contains("Ask for an introduction", "Bo Ødegård").doesNotContain(">Ana Lucía</option>");
		HttpVisitor.Page empty = ana.post("/communities/" + this.community + "/introduction-requests", "toMemberId",
				this.boMember.id().toString(), "text", "  ");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("text must say whom you would like to meet");
		HttpVisitor.Page asked = ana.post("/communities/" + this.community + "/introduction-requests", "toMemberId",
				this.boMember.id().toString(), "text", "Someone in climate finance?");
		assertThat(asked.location()).endsWith("/introductions/requests");
		assertThat(ana.follow(asked).body()).contains("Asked. You will see here when they answer", "To Bo Ødegård",
				"waiting for an answer");

		HttpVisitor bo = new HttpVisitor(this.port);
		bo.signIn(this.boMember.email(), "correct horse battery");
		String list = bo.get("/introductions/requests").body();
		assertThat(list).contains("Ana Lucía", "Someone in climate finance?", "Introduce…");
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();
		assertThat(bo.get("/introductions/requests/" + id + "/introduce").body())
			.contains("Introduce Ana Lucía to someone", "Cleo Climate-Fund");
		HttpVisitor.Page noReason = bo.post("/introductions/requests/" + id + "/introduce", "personId", cleo,
				"askerReason", "Cleo funds climate", "personReason", "");
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("Introduce Ana Lucía to someone", "alert error");
		HttpVisitor.Page introduced = bo.post("/introductions/requests/" + id + "/introduce", "personId", cleo,
				"askerReason", "Cleo funds climate", "personReason", "Ana raises for climate");
		assertThat(introduced.location()).endsWith("/introductions/requests");
		assertThat(bo.follow(introduced).body()).contains("Asked both", "You started an introduction.");
		assertThat(ana.get("/introductions/requests").body()).contains("introduced: look out for a request by mail")
			.doesNotContain("Cleo");

		HttpVisitor.Page limits = bo.post("/introductions/requests/limits", "paused", "true", "monthlyCap", "2");
		assertThat(bo.follow(limits).body()).contains("Saved.");
		assertThat(this.bo.get("/api/v1/me/introduction-limits").json().get("paused").asBoolean()).isTrue();
		assertThat(this.bo.get("/api/v1/me/introduction-limits").json().get("monthlyCap").asInt()).isEqualTo(2);
	}

	@Test
	void theAskerAlreadyInTheJournalIsFoundByAddressNotAddedTwice() {
		String anaAlready = this.bo.create("/api/v1/people", Map.of("name", "Ana from the conference", "emails",
				List.of(this.anaMember.email().toUpperCase(java.util.Locale.ROOT))))
			.toString();
		String cleo = this.bo
			.create("/api/v1/people", Map.of("name", "Cleo", "emails", List.of(JsonApi.uniqueEmail("cleo"))))
			.toString();
		ask(this.ana, this.boMember, "Someone in climate finance?");
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();

		Reply introduced = this.bo.post("/api/v1/introduction-requests/" + id + "/introduce",
				Map.of("personId", cleo, "askerReason", "Cleo funds climate", "personReason", "Ana raises"));
		assertThat(introduced.status()).as(introduced.body()).isEqualTo(201);
		assertThat(introduced.json().get("sides").get(0).get("personId").asString()).isEqualTo(anaAlready);
		assertThat(this.bo.get("/api/v1/people?size=200").json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void aFailedIntroductionLeavesTheRequestOpenAndTheJournalUntouched() {
		ask(this.ana, this.boMember, "Someone in climate finance?");
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();
		String noMail = this.bo.create("/api/v1/people", Map.of("name", "Kai without mail")).toString();

		Reply refused = this.bo.post("/api/v1/introduction-requests/" + id + "/introduce",
				Map.of("personId", noMail, "askerReason", "Kai knows", "personReason", "Ana asks"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.badFields()).containsExactly("personIds");
		assertThat(this.bo.get("/api/v1/people?size=200").json().get("total").asInt()).isEqualTo(1);
		assertThat(this.ana.get("/api/v1/introduction-requests").json().get("items").get(0).get("status").asString())
			.isEqualTo("pending");

		Reply anasPerson = this.bo.post("/api/v1/introduction-requests/" + id + "/introduce",
				Map.of("personId", this.ana.create("/api/v1/people", Map.of("name", "Not Bo's")).toString(),
						"askerReason", "x", "personReason", "y"));
		assertThat(anasPerson.status()).isEqualTo(404);
	}

	@Test
	void declineIsCalmAndTheAskerSeesNotNowOnly() {
		ask(this.ana, this.boMember, "Someone who runs a repair café?");
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();

		assertThat(this.ana.post("/api/v1/introduction-requests/" + id + "/decline", null).status())
			.as("the asker cannot answer their own request")
			.isEqualTo(404);
		assertThat(this.bo.post("/api/v1/introduction-requests/" + id + "/decline", null).status()).isEqualTo(204);
		JsonNode seen = only(this.ana.get("/api/v1/introduction-requests").json().get("items"));
		assertThat(seen.get("status").asString()).isEqualTo("not_now");
		assertThat(this.bo.post("/api/v1/introduction-requests/" + id + "/decline", null).status()).isEqualTo(409);
		sendMail();
		assertThat(mailsTo(smtp, this.anaMember.email())).isEmpty();
	}

	@Test
	void onlyFellowMembersMayAskOrBeAsked() {
		Member cyMember = this.api.signUp(JsonApi.uniqueEmail("cy"), "correct horse battery", "Cy");
		Caller cy = this.api.as(cyMember);
		String path = "/api/v1/communities/" + this.community + "/introduction-requests";

		Reply outsider = ask(cy, this.boMember, "Anyone?");
		assertThat(outsider.status()).isEqualTo(404);
		Reply toOutsider = ask(this.ana, cyMember, "Anyone?");
		assertThat(toOutsider.status()).isEqualTo(404);
		assertThat(toOutsider.body()).doesNotContain("Cy");
		Reply toMyself = ask(this.ana, this.anaMember, "Anyone?");
		assertThat(toMyself.status()).isEqualTo(400);
		assertThat(toMyself.badFields()).containsExactly("toMemberId");
		Reply blank = this.ana.post(path, Map.of("toMemberId", this.boMember.id().toString(), "text", "  "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.badFields()).containsExactly("text");
		Reply tooLong = this.ana.post(path,
				Map.of("toMemberId", this.boMember.id().toString(), "text", "x".repeat(1001)));
		assertThat(tooLong.badFields()).containsExactly("text");

		ask(this.ana, this.boMember, "Anyone in shipping?");
		String id = this.bo.get("/api/v1/introduction-requests").json().get("items").get(0).get("id").asString();
		assertThat(cy.get("/api/v1/introduction-requests").json().get("items")).isEmpty();
		assertThat(cy.post("/api/v1/introduction-requests/" + id + "/decline", null).status()).isEqualTo(404);
		assertThat(cy
			.post("/api/v1/introduction-requests/" + id + "/introduce",
					Map.of("personId", cy.create("/api/v1/people", Map.of("name", "Cy's friend")).toString()))
			.status()).isEqualTo(404);
		sendMail();
		assertThat(mailsTo(smtp, cyMember.email())).isEmpty();
		assertThat(mailsTo(smtp, this.boMember.email())).hasSize(1);
	}

	@Test
	void aPausedMemberOrOneAtTheirMonthlyCapIsNotAskedAndNothingPrivateIsSaid() {
		Caller dee = join("Dee");
		Reply paused = this.bo.call("PUT", "/api/v1/me/introduction-limits", Map.of("paused", true));
		assertThat(paused.status()).isEqualTo(200);
		assertThat(paused.json().get("paused").asBoolean()).isTrue();

		Reply refused = ask(this.ana, this.boMember, "Anyone in climate finance?");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		String pausedWords = refused.json().get("detail").asString();
		assertThat(pausedWords).isEqualTo(
				"Bo Ødegård is not taking introduction requests at the moment. Perhaps ask again later, or ask someone else.");

		this.bo.call("PUT", "/api/v1/me/introduction-limits", Map.of("paused", false, "monthlyCap", 1));
		assertThat(this.bo.get("/api/v1/me/introduction-limits").json().get("monthlyCap").asInt()).isEqualTo(1);
		assertThat(ask(this.ana, this.boMember, "Anyone in climate finance?").status()).isEqualTo(201);
		Reply overCap = ask(dee, this.boMember, "Anyone in shipping?");
		assertThat(overCap.status()).isEqualTo(409);
		assertThat(overCap.json().get("detail").asString()).as("the same words as paused").isEqualTo(pausedWords);

		this.clock.set(Instant.parse("2026-12-01T09:00:00Z"));
		assertThat(ask(dee, this.boMember, "Anyone in shipping?").status()).isEqualTo(201);
		sendMail();
		assertThat(mailsTo(smtp, this.boMember.email())).hasSize(2);

		Reply badCap = this.bo.call("PUT", "/api/v1/me/introduction-limits", Map.of("paused", false, "monthlyCap", -1));
		assertThat(badCap.status()).isEqualTo(400);
		assertThat(badCap.badFields()).containsExactly("monthlyCap");
		assertThat(this.bo.get("/api/v1/me/introduction-limits").json().get("monthlyCap").asInt()).isEqualTo(1);
	}

	@Test
	void atMostThreeRequestsADayLeaveOneAccount() {
		List<Member> others = new ArrayList<>();
		for (String name : List.of("Dee", "Eli", "Fay", "Gus")) {
			Member other = this.api.signUp(JsonApi.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT)),
					"correct horse battery", name);
			this.api.as(other).post("/api/v1/communities/join", Map.of("inviteCode", this.code));
			others.add(other);
		}
		for (int i = 0; i < 3; i++) {
			assertThat(ask(this.ana, others.get(i), "Anyone in climate finance?").status()).isEqualTo(201);
		}
		Reply fourth = ask(this.ana, others.get(3), "Anyone in climate finance?");
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(fourth.contentType()).startsWith("application/problem+json");
		assertThat(this.api.as(others.get(3)).get("/api/v1/introduction-requests").json().get("items")).isEmpty();

		this.clock.advance(Duration.ofDays(1));
		assertThat(ask(this.ana, others.get(3), "Anyone in climate finance?").status()).isEqualTo(201);
	}

	@Test
	void requestsSentAtTheSameMomentStillKeepTheMonthlyCapAndTheDailyLimit() throws Exception {
		this.bo.call("PUT", "/api/v1/me/introduction-limits", Map.of("paused", false, "monthlyCap", 1));
		List<Caller> askers = List.of(join("Dee"), join("Eli"), join("Fay"), join("Gus"));
		List<Integer> toBo = race(askers.stream()
			.<Callable<Integer>>map((asker) -> () -> ask(asker, this.boMember, "Anyone in shipping?").status())
			.toList());
		assertThat(toBo).as("one a month for Bo").containsExactlyInAnyOrder(201, 409, 409, 409);

		List<Member> others = new ArrayList<>();
		for (String name : List.of("Hal", "Ida", "Jo", "Kim", "Lou")) {
			Member other = this.api.signUp(JsonApi.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT)),
					"correct horse battery", name);
			this.api.as(other).post("/api/v1/communities/join", Map.of("inviteCode", this.code));
			others.add(other);
		}
		List<Integer> fromAna = race(others.stream()
			.<Callable<Integer>>map((other) -> () -> ask(this.ana, other, "Anyone in climate finance?").status())
			.toList());
		assertThat(fromAna).as("three a day from Ana").containsExactlyInAnyOrder(201, 201, 201, 429, 429);
		assertThat(this.ana.get("/api/v1/introduction-requests").json().get("items")).hasSize(3);
	}

	/** Runs the calls at once, each on its own thread, and gives their results. */
	private static <T> List<T> race(List<Callable<T>> calls) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(calls.size())) {
			List<Future<T>> results = new ArrayList<>();
			for (Callable<T> call : calls) {
				results.add(threads.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> done = new ArrayList<>();
			for (Future<T> result : results) {
				done.add(result.get(60, TimeUnit.SECONDS));
			}
			return done;
		}
	}

	private Caller join(String name) {
		Member member = this.api.signUp(JsonApi.uniqueEmail(name.toLowerCase(java.util.Locale.ROOT)),
				"correct horse battery", name);
		Caller caller = this.api.as(member);
		caller.post("/api/v1/communities/join", Map.of("inviteCode", this.code));
		return caller;
	}

	private Reply ask(Caller asker, Member to, String text) {
		return asker.post("/api/v1/communities/" + this.community + "/introduction-requests",
				Map.of("toMemberId", to.id().toString(), "text", text));
	}

	private static JsonNode mailPreferences(Caller member) {
		return member.get("/api/v1/me/mail-preferences").json();
	}

	/** The path of the one-click unsubscribe link the mail carries. */
	private static String unsubscribePath(MimeMessage message) throws Exception {
		String link = message.getHeader("List-Unsubscribe", null);
		return link.substring(link.indexOf("/mail/unsubscribe/"), link.length() - 1);
	}

	private void sendMail() {
		OutboxForTests.sendDue(this.context);
	}

	private static <T> T only(List<T> items) {
		assertThat(items).hasSize(1);
		return items.getFirst();
	}

	private static JsonNode only(JsonNode items) {
		assertThat(items).hasSize(1);
		return items.get(0);
	}

}
