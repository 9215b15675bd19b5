package org.tend.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.tend.meetings.MeetingPageSection;
import org.tend.people.PersonPageSection;
import org.tend.support.TravelClock;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sections the ledger lends to the person and meeting pages, and the follow-ups the
 * "today" page will ask for.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TravelClock.class)
class LedgerSectionsTests {

	@Autowired
	TravelClock.Travel clock;

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

	@Autowired
	LedgerService ledger;

	@Autowired
	List<PersonPageSection> personSections;

	@Autowired
	List<MeetingPageSection> meetingSections;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	private UUID ana;

	private UUID zoe;

	private UUID li;

	@BeforeEach
	void journal() {
		this.clock.set(LedgerApiTests.NOW);
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.ana = rows.account("Ana");
		this.zoe = rows.person(this.ana, "Zoë Ñúñez 🌱");
		this.li = rows.person(this.ana, "李小龍");
	}

	@Test
	void thePrepCardShowsWhatIsOwedBothWaysWithThePeopleMet() {
		UUID someoneElse = new SmallJournal(this.jdbc).person(this.ana, "Sam");
		promise(this.zoe, PromiseOwner.ME, "Send the soil carbon paper", TODAY.minusDays(1));
		promise(this.li, PromiseOwner.THEM, "Intro to the hiring lead", null);
		promise(someoneElse, PromiseOwner.ME, "Not at this meeting", null);
		for (int day = 1; day <= 6; day++) {
			exchange(this.zoe, Direction.GIVEN, "Advice number " + day, TODAY.minusDays(day));
		}
		UUID meeting = new SmallJournal(this.jdbc).meeting(this.ana, this.zoe, this.li);
		MeetingPageSection section = meetingSection();

		Object data = section.data(this.ana, meeting, List.of(this.zoe, this.li));
		String html = render(section.template(), data);

		assertThat(section.order()).isEqualTo(10);
		assertThat(html).contains("You promised")
			.contains("Send the soil carbon paper")
			.contains("to Zoë Ñúñez 🌱")
			.contains("badge overdue")
			.contains("They promised")
			.contains("李小龍")
			.contains("Intro to the hiring lead")
			.doesNotContain("Not at this meeting")
			.contains("Advice number 1")
			.contains("Advice number 5")
			.doesNotContain("Advice number 6");
		assertThat(html.indexOf("Advice number 1")).isLessThan(html.indexOf("Advice number 2"));
	}

	@Test
	void aQuietRelationshipSaysSoOnThePrepCard() {
		UUID meeting = new SmallJournal(this.jdbc).meeting(this.ana, this.zoe);
		MeetingPageSection section = meetingSection();

		assertThat(render(section.template(), section.data(this.ana, meeting, List.of(this.zoe))))
			.contains("Nothing is owed either way");
	}

	@Test
	void thePersonSectionStandsAfterMeetingsAndReciprocityCountsEachWay() {
		exchange(this.zoe, Direction.RECEIVED, "Read my draft", TODAY);
		PersonPageSection section = this.personSections.stream()
			.filter((candidate) -> candidate.template().startsWith("ledger/"))
			.findFirst()
			.orElseThrow();

		assertThat(section.order()).isEqualTo(20);
		assertThat(section.template()).isEqualTo("ledger/person-section");
		assertThat(this.ledger.reciprocity(this.ana, this.zoe)).isEqualTo(new Reciprocity(this.zoe, 0, 1));
		assertThat(this.ledger.reciprocity(this.ana, List.of(this.zoe, this.li)))
			.isEqualTo(Map.of(this.zoe, new Reciprocity(this.zoe, 0, 1), this.li, Reciprocity.none(this.li)));
	}

	@Test
	void promisesComingDueAreTheOpenOnesDueSoonOrOverdueSoonestFirst() {
		Promise inAWeek = promise(this.zoe, PromiseOwner.ME, "In a week", TODAY.plusDays(7));
		promise(this.zoe, PromiseOwner.ME, "Too far", TODAY.plusDays(8));
		Promise overdue = promise(this.li, PromiseOwner.THEM, "Overdue", TODAY.minusDays(3));
		promise(this.li, PromiseOwner.THEM, "Undated", null);
		Promise kept = promise(this.li, PromiseOwner.ME, "Kept already", TODAY);
		this.ledger.changePromise(this.ana, kept.id(), PromiseChanges.status(PromiseStatus.KEPT));

		assertThat(this.ledger.promisesComingDue(this.ana, TODAY, 7, 10)).extracting(Promise::id)
			.containsExactly(overdue.id(), inAWeek.id());
	}

	@Test
	void editingAClosedPromiseKeepsItsCloseStampAndReopeningClearsIt() {
		Promise promise = promise(this.zoe, PromiseOwner.ME, "Send it", null);

		Promise kept = this.ledger.changePromise(this.ana, promise.id(), PromiseChanges.status(PromiseStatus.KEPT));
		Promise keptAgain = this.ledger.changePromise(this.ana, promise.id(),
				new PromiseChanges(null, null, "Send it today", null, null));
		Promise reopened = this.ledger.changePromise(this.ana, promise.id(), PromiseChanges.status(PromiseStatus.OPEN));

		assertThat(kept.closedAt()).isEqualTo(LedgerApiTests.NOW);
		assertThat(keptAgain.status()).isEqualTo(PromiseStatus.KEPT);
		assertThat(keptAgain.closedAt()).isEqualTo(LedgerApiTests.NOW);
		assertThat(reopened.closedAt()).isNull();
		assertThat(this.ledger.promise(this.ana, promise.id())).isEqualTo(reopened);
	}

	private MeetingPageSection meetingSection() {
		return this.meetingSections.stream()
			.filter((candidate) -> candidate.template().startsWith("ledger/"))
			.findFirst()
			.orElseThrow();
	}

	private String render(String template, Object data) {
		return this.templates.process(template, Set.of("section"), new Context(Locale.ENGLISH, Map.of("data", data)));
	}

	private Promise promise(UUID personId, PromiseOwner owner, String text, LocalDate due) {
		return this.ledger.makePromise(this.ana, new NewPromise(personId, owner, text, due, null, null));
	}

	private void exchange(UUID personId, Direction direction, String description, LocalDate on) {
		this.ledger.recordExchange(this.ana,
				new NewExchange(personId, direction, ExchangeKind.ADVICE, description, on, null));
	}

}
