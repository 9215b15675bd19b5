package org.tend.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tend.people.PersonDeleted;
import org.tend.shared.web.InvalidInput;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The facade in the running application: the flows the pages and the API stand on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MeetingsServiceTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	@Autowired
	MeetingsService meetings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private SmallJournal fixtures;

	private UUID owner;

	private UUID ana;

	private UUID li;

	@BeforeEach
	void journal() {
		this.fixtures = new SmallJournal(this.jdbc);
		this.owner = this.fixtures.account("Member", "member-" + UUID.randomUUID() + "@example.org");
		this.ana = this.fixtures.person(this.owner, "Ana Lúcia Ferreira");
		this.li = this.fixtures.person(this.owner, "李小龍");
	}

	@Test
	void deletingAPersonDeletesTheirOneToOneMeetingsAndKeepsGroupMeetings() {
		MeetingDetails alone = create(List.of(this.ana), MeetingStatus.HAPPENED, daysFromNow(-5), "Sailing in Cascais");
		MeetingDetails group = create(List.of(this.ana, this.li), MeetingStatus.HAPPENED, daysFromNow(-3),
				"Sailing club dinner");

		// what the people module does when a person is deleted: the event, then the row
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(new PersonDeleted(this.owner, this.ana));
			this.jdbc.sql("delete from person where owner_id = :owner and id = :id")
				.param("owner", this.owner)
				.param("id", this.ana)
				.update();
		});

		assertThatExceptionOfType(MeetingNotFound.class).isThrownBy(() -> this.meetings.get(this.owner, alone.id()));
		assertThat(this.fixtures.searchDocuments(this.owner, alone.id())).isZero();
		assertThat(this.meetings.get(this.owner, group.id()).personIds()).containsExactly(this.li);
		assertThat(this.fixtures.searchDocuments(this.owner, group.id())).isEqualTo(2);
	}

	@Test
	void thisWeekIsTheMembersIsoWeekSoonestFirst() {
		MeetingDetails now = create(List.of(this.ana), MeetingStatus.PLANNED, Instant.now(), null);
		create(List.of(this.ana), MeetingStatus.HAPPENED, daysFromNow(-8), null);
		create(List.of(this.li), MeetingStatus.PLANNED, daysFromNow(8), null);

		assertThat(this.meetings.thisWeek(this.owner, MADRID)).extracting(MeetingDetails::id).containsExactly(now.id());
	}

	@Test
	void upcomingListsPlannedMeetingsStillAheadSoonestFirst() {
		MeetingDetails later = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(9), null);
		MeetingDetails soon = create(List.of(this.li), MeetingStatus.PLANNED, daysFromNow(1), null);
		create(List.of(this.ana), MeetingStatus.CANCELLED, daysFromNow(2), null);
		create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(-1), null);

		assertThat(this.meetings.upcoming(this.owner, 10)).extracting(MeetingDetails::id)
			.containsExactly(soon.id(), later.id());
		assertThat(this.meetings.upcoming(this.owner, this.ana, 10)).extracting(MeetingDetails::id)
			.containsExactly(later.id());
		assertThat(this.meetings.ofPerson(this.owner, this.ana, 2)).hasSize(2)
			.first()
			.extracting(MeetingDetails::id)
			.isEqualTo(later.id());
	}

	@Test
	void anotherMembersPersonIsInvalidInputAndNothingIsSaved() {
		UUID stranger = this.fixtures.account("Member", "member-" + UUID.randomUUID() + "@example.org");
		UUID theirs = this.fixtures.person(stranger, "Not yours");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> create(List.of(this.ana, theirs), MeetingStatus.HAPPENED, daysFromNow(-1), null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("personIds"));
		assertThat(this.fixtures.meetingRows(this.owner)).isZero();
		assertThat(this.fixtures.lastMetOn(this.ana)).isNull();
	}

	@Test
	void anEmptyReflectionOrOneWrittenAheadLeavesAPlannedMeetingPlanned() {
		MeetingDetails past = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(-1), null);
		MeetingDetails ahead = create(List.of(this.ana), MeetingStatus.PLANNED, daysFromNow(1), null);

		assertThat(this.meetings.reflect(this.owner, MADRID, past.id(), Reflection.NONE).status())
			.isEqualTo(MeetingStatus.PLANNED);
		assertThat(this.meetings
			.reflect(this.owner, MADRID, ahead.id(), new Reflection("Questions to ask", null, null, null, null))
			.status()).isEqualTo(MeetingStatus.PLANNED);
	}

	private MeetingDetails create(List<UUID> people, MeetingStatus status, Instant startsAt, String place) {
		return this.meetings.create(this.owner, MADRID,
				new NewMeeting(people, MeetingKind.COFFEE, null, startsAt, null, place, status, null, null));
	}

	private static Instant daysFromNow(long days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
	}

}
