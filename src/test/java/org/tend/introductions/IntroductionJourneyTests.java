package org.tend.introductions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tend.accounts.HttpVisitor;
import org.tend.introductions.internal.IntroductionExpiryJob;
import org.tend.mail.OutboxForTests;
import org.tend.support.JourneyTestCase;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;
import org.tend.support.Smtp;

import static org.tend.support.Smtp.mailsTo;
import static org.tend.support.Smtp.subject;
import static org.tend.support.Smtp.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The double opt-in from outside: a member asks through the API, the requests arrive at a
 * real SMTP server (GreenMail), the people answer by posting the links' forms without an
 * account, and a settable clock moves past the fourteen days a request stays open.
 */
class IntroductionJourneyTests extends JourneyTestCase {

	private static final Pattern ANSWER_LINK = Pattern.compile("(/introductions/answer/[A-Za-z0-9_-]+/)(yes|not-now)");

	private JsonApi api;

	private JsonApi.Member member;

	private Caller ana;

	private String zoe;

	private String zoeEmail;

	private String li;

	private String liEmail;

	@BeforeEach
	void journal() {
		this.clock.set(Instant.parse("2026-11-23T09:00:00Z"));
		this.api = new JsonApi(this.port);
		this.member = this.api.signUp(JsonApi.uniqueEmail("ana"), "correct horse battery", "Ana Lucía");
		this.ana = this.api.as(this.member);
		this.zoeEmail = JsonApi.uniqueEmail("zoe");
		this.liEmail = JsonApi.uniqueEmail("li");
		this.zoe = person("Zoë Ñúñez 🌱", this.zoeEmail);
		this.li = person("李小龍", this.liEmail);
	}

	@Test
	void whenBothSayYesEachIsIntroducedOnceAndTheJournalRecordsIt() throws Exception {
		Reply asked = ask(this.zoe, this.li);
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		assertThat(asked.json().get("status").asString()).isEqualTo("asked");
		String id = asked.json().get("id").asString();
		sendMail();

		MimeMessage toZoe = only(mailsTo(smtp, this.zoeEmail));
		assertThat(toZoe.getSubject()).isEqualTo("Ana Lucía would like to introduce you to 李小龍");
		assertThat(text(toZoe)).contains("Hello Zoë Ñúñez 🌱", "Why: 李小龍 has run the fundraising you are starting",
				"You two should talk.");
		assertThat(toZoe.getHeader("Reply-To", null)).isEqualTo(this.member.email());
		String zoeYes = link(toZoe, "yes");
		String liYes = link(only(mailsTo(smtp, this.liEmail)), "yes");

		// a link scanner opens the link: it is shown, not answered
		Reply shown = this.api.get(zoeYes);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("<form", ">Yes</button>");
		assertThat(sides(id)).containsExactly("pending", "pending");

		assertThat(this.api.postForm(zoeYes, "").body()).contains("Thank you, your answer is noted");
		assertThat(sides(id)).containsExactly("yes", "pending");
		assertThat(status(id)).isEqualTo("asked");
		assertThat(this.api.postForm(liYes, "").status()).isEqualTo(200);
		assertThat(status(id)).isEqualTo("accepted");
		assertThat(sides(id)).containsExactly("yes", "yes");
		sendMail();

		MimeMessage introduction = only(mailsTo(smtp, this.zoeEmail).stream()
			.filter((mail) -> subject(mail).startsWith("Zoë Ñúñez 🌱, meet"))
			.toList());
		assertThat(text(introduction)).contains(this.liEmail, "For Zoë Ñúñez 🌱: 李小龍 has run the fundraising",
				"For 李小龍: Zoë is starting the fundraising");
		assertThat(introduction.getHeader("Reply-To", null)).isEqualTo(this.liEmail + ", " + this.member.email());
		assertThat(mailsTo(smtp, this.liEmail)).extracting(Smtp::subject)
			.containsExactly("Ana Lucía would like to introduce you to Zoë Ñúñez 🌱", "李小龍, meet Zoë Ñúñez 🌱");

		// answering again changes nothing and sends nothing
		assertThat(this.api.postForm(liYes, "").body()).contains("You have answered this request already");
		sendMail();
		assertThat(mailsTo(smtp, this.zoeEmail)).hasSize(2);
		assertThat(mailsTo(smtp, this.liEmail)).hasSize(2);

		Reply exchanges = this.ana.get("/api/v1/exchanges?personId=" + this.li);
		assertThat(exchanges.json().get("items").get(0).get("kind").asString()).isEqualTo("introduction");
		assertThat(exchanges.json().get("items").get(0).get("description").asString())
			.isEqualTo("Introduced to Zoë Ñúñez 🌱");
		assertThat(this.ana.get("/api/v1/exchanges?personId=" + this.zoe).json().get("total").asInt()).isEqualTo(1);
		Reply promises = this.ana.get("/api/v1/promises?personId=" + this.zoe);
		assertThat(promises.json().get("items").get(0).get("text").asString())
			.isEqualTo("Ask Zoë Ñúñez 🌱 and 李小龍 whether the introduction helped");
		assertThat(promises.json().get("items").get(0).get("due").asString())
			.isEqualTo(LocalDate.of(2026, 11, 23).plusDays(30).toString());
	}

	@Test
	void whenOneSaysNotNowTheOtherIsToldNothingAndNobodyIsIntroduced() {
		String id = ask(this.zoe, this.li).json().get("id").asString();
		sendMail();
		String zoeNo = link(only(mailsTo(smtp, this.zoeEmail)), "not-now");
		String liYes = link(only(mailsTo(smtp, this.liEmail)), "yes");

		assertThat(this.api.get(zoeNo).body()).contains(">Not now</button>");
		assertThat(this.api.postForm(zoeNo, "").status()).isEqualTo(200);
		assertThat(status(id)).isEqualTo("declined");
		assertThat(sides(id)).containsExactly("no", "pending");

		// Li still sees an open request, may answer it, and learns nothing
		Reply liPage = this.api.get(liYes);
		assertThat(liPage.body()).contains(">Yes</button>").doesNotContain("declined", "not now");
		assertThat(this.api.postForm(liYes, "").body()).contains("Thank you, your answer is noted");
		assertThat(status(id)).isEqualTo("declined");
		sendMail();
		assertThat(mailsTo(smtp, this.zoeEmail)).hasSize(1);
		assertThat(mailsTo(smtp, this.liEmail)).hasSize(1);
		assertThat(this.ana.get("/api/v1/exchanges?personId=" + this.zoe).json().get("total").asInt()).isZero();
	}

	@Test
	void theInsightsPageCountsIntroductionsMadeAcceptedAndHelpedByTheKeptFollowUp() {
		assertThat(figures()).containsExactly(0, 0, 0);
		ask(this.zoe, this.li);
		sendMail();
		this.api.postForm(link(only(mailsTo(smtp, this.zoeEmail)), "yes"), "");
		this.api.postForm(link(only(mailsTo(smtp, this.liEmail)), "yes"), "");
		String mo = person("Mo", JsonApi.uniqueEmail("mo"));
		ask(this.zoe, mo);
		assertThat(figures()).as("asked twice, one accepted, follow-up still open").containsExactly(2, 1, 0);

		String followUp = this.ana.get("/api/v1/promises?personId=" + this.zoe)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		this.ana.patch("/api/v1/promises/" + followUp, Map.of("status", "dropped"));
		assertThat(figures()).as("dropped: it did not help").containsExactly(2, 1, 0);
		this.ana.patch("/api/v1/promises/" + followUp, Map.of("status", "kept"));
		assertThat(figures()).containsExactly(2, 1, 1);

		HttpVisitor browser = new HttpVisitor(this.port);
		browser.signIn(this.member.email(), "correct horse battery");
		String page = browser.get("/insights").body();
		assertThat(page).contains("Introductions you made", "id=\"introductions-made-count\">2<",
				"id=\"introductions-accepted-count\">1<", "id=\"introductions-helped-count\">1<");

		// a kept promise deleted from the ledger no longer counts, and nothing breaks
		this.ana.delete("/api/v1/promises/" + followUp);
		assertThat(figures()).containsExactly(2, 1, 0);
	}

	/** Made, accepted and helped, as GET /api/v1/insights answers them. */
	private List<Integer> figures() {
		var introductions = this.ana.get("/api/v1/insights").json().get("introductions");
		return List.of(introductions.get("made").asInt(), introductions.get("accepted").asInt(),
				introductions.get("helped").asInt());
	}

	@Test
	void aRequestExpiresAfterFourteenDaysAndThePairMayBeAskedAgain() {
		String id = ask(this.zoe, this.li).json().get("id").asString();
		sendMail();
		String zoeYes = link(only(mailsTo(smtp, this.zoeEmail)), "yes");

		this.clock.advance(Duration.ofDays(14).minusMinutes(1));
		assertThat(status(id)).isEqualTo("asked");
		assertThat(ask(this.zoe, this.li).status()).isEqualTo(409);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(status(id)).isEqualTo("expired");
		assertThat(this.api.postForm(zoeYes, "").body()).contains("This request has expired");
		assertThat(sides(id)).containsExactly("pending", "pending");

		this.context.getBean(IntroductionExpiryJob.class).expire();
		assertThat(status(id)).isEqualTo("expired");
		assertThat(ask(this.zoe, this.li).status()).isEqualTo(201);
	}

	@Test
	void anAlteredOrUnknownLinkGetsACalmPageAndChangesNothing() {
		String id = ask(this.zoe, this.li).json().get("id").asString();
		sendMail();
		String zoeYes = link(only(mailsTo(smtp, this.zoeEmail)), "yes");
		String altered = zoeYes.replaceFirst("/answer/.", "/answer/A");
		String prefix = zoeYes.substring(0, zoeYes.length() - "yes".length());

		for (String wrong : List.of(altered, prefix + "maybe", "/introductions/answer/x/yes")) {
			Reply get = this.api.get(wrong);
			Reply post = this.api.postForm(wrong, "");
			assertThat(get.status()).as(wrong).isEqualTo(404);
			assertThat(post.status()).as(wrong).isEqualTo(404);
			assertThat(post.body()).contains("This link does not work", "Nothing has changed");
		}
		assertThat(sides(id)).containsExactly("pending", "pending");
	}

	@Test
	void oneClickUnsubscribeIsHonouredForEveryMember() throws Exception {
		String id = ask(this.zoe, this.li).json().get("id").asString();
		sendMail();
		MimeMessage toZoe = only(mailsTo(smtp, this.zoeEmail));
		assertThat(toZoe.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		String header = toZoe.getHeader("List-Unsubscribe", null);
		String unsubscribe = header.substring(header.indexOf("/introductions/unsubscribe/"), header.length() - 1);

		assertThat(this.api.get(unsubscribe).body()).contains("Stop introduction requests");
		assertThat(sides(id)).containsExactly("pending", "pending");
		assertThat(this.api.postForm(unsubscribe, "List-Unsubscribe=One-Click").status()).isEqualTo(200);
		assertThat(sides(id)).containsExactly("no", "pending");
		assertThat(status(id)).isEqualTo("declined");

		// another member of the instance, with the same address spelled otherwise
		Caller bo = this.api.newMember("Bo");
		String zoeAtBo = bo
			.create("/api/v1/people",
					Map.of("name", "Zoë N.", "emails", List.of(this.zoeEmail.toUpperCase(java.util.Locale.ROOT))))
			.toString();
		String kai = bo.create("/api/v1/people", Map.of("name", "Kai", "emails", List.of(JsonApi.uniqueEmail("kai"))))
			.toString();
		Reply refused = bo.post("/api/v1/introductions", body(zoeAtBo, kai));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.badFields()).containsExactly("personIds");
		assertThat(refused.body()).contains("Zoë N. asked not to receive introduction requests");
		sendMail();
		assertThat(mailsTo(smtp, this.zoeEmail)).hasSize(1);
	}

	@Test
	void theApiRefusesWhatItCannotAsk() {
		String nobody = person("Kai without mail", null);
		Reply noEmail = ask(this.zoe, nobody);
		assertThat(noEmail.status()).isEqualTo(400);
		assertThat(noEmail.badFields()).containsExactly("personIds");
		assertThat(noEmail.json().get("detail").asString()).isEqualTo("Kai without mail has no email address");

		Reply noReason = this.ana.post("/api/v1/introductions",
				Map.of("personIds", List.of(this.zoe, this.li), "reasons", Map.of(this.zoe, "Why not"), "message", ""));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.badFields()).containsExactly("reasons." + this.li);

		Reply strangers = this.api.newMember("Bo").post("/api/v1/introductions", body(this.zoe, this.li));
		assertThat(strangers.status()).isEqualTo(404);

		assertThat(ask(this.zoe, this.li).status()).isEqualTo(201);
		Reply twice = ask(this.li, this.zoe);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.contentType()).startsWith("application/problem+json");
		for (int i = 0; i < 4; i++) {
			String other = person("Friend " + i, JsonApi.uniqueEmail("friend"));
			assertThat(ask(this.zoe, other).status()).isEqualTo(201);
		}
		Reply sixth = ask(this.li, person("One too many", JsonApi.uniqueEmail("more")));
		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.contentType()).startsWith("application/problem+json");

		this.clock.advance(Duration.ofDays(1));
		assertThat(ask(this.li, person("Next day", JsonApi.uniqueEmail("next"))).status()).isEqualTo(201);
	}

	private Reply ask(String a, String b) {
		return this.ana.post("/api/v1/introductions", body(a, b));
	}

	private static Map<String, Object> body(String a, String b) {
		return Map.of("personIds", List.of(a, b), "reasons", Map.of(a, "李小龍 has run the fundraising you are starting",
				b, "Zoë is starting the fundraising you ran last year"), "message", "You two should talk.");
	}

	private String person(String name, String email) {
		return this.ana
			.create("/api/v1/people",
					(email != null) ? Map.of("name", name, "emails", List.of(email)) : Map.of("name", name))
			.toString();
	}

	private String status(String id) {
		return this.ana.get("/api/v1/introductions/" + id).json().get("status").asString();
	}

	private List<String> sides(String id) {
		Reply reply = this.ana.get("/api/v1/introductions/" + id);
		List<String> answers = new java.util.ArrayList<>();
		reply.json().get("sides").forEach((side) -> answers.add(side.get("answer").asString()));
		return answers;
	}

	private void sendMail() {
		OutboxForTests.sendDue(this.context);
	}

	private static MimeMessage only(List<MimeMessage> mails) {
		assertThat(mails).hasSize(1);
		return mails.getFirst();
	}

	/** The path of the mail's yes or not-now link. */
	static String link(MimeMessage mail, String answer) {
		Matcher matcher = ANSWER_LINK.matcher(text(mail));
		while (matcher.find()) {
			if (matcher.group(2).equals(answer)) {
				return matcher.group(1) + answer;
			}
		}
		throw new AssertionError("no " + answer + " link in " + text(mail));
	}

}
