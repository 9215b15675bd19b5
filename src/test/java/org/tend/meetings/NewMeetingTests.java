package org.tend.meetings;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The invariants a meeting checks itself, whoever builds it. */
class NewMeetingTests {

	private static final Instant START = Instant.parse("2026-03-02T09:30:00Z");

	private final UUID zoe = UUID.randomUUID();

	@Test
	void defaultsToTheKindsUsualModePlannedAndNothingWritten() {
		NewMeeting call = NewMeeting.planned(List.of(this.zoe, this.zoe), MeetingKind.CALL, START);

		assertThat(call.mode()).isEqualTo(MeetingMode.VIRTUAL);
		assertThat(call.status()).isEqualTo(MeetingStatus.PLANNED);
		assertThat(call.reflection().isEmpty()).isTrue();
		assertThat(call.personIds()).containsExactly(this.zoe);
		assertThat(NewMeeting.planned(List.of(this.zoe), MeetingKind.TAPAS, START).mode())
			.isEqualTo(MeetingMode.IN_PERSON);
	}

	@Test
	void refusesNobodyTooManyPeopleAndDurationsOutOfRange() {
		List<UUID> thirteen = Stream.generate(UUID::randomUUID).limit(13).toList();

		assertThatIllegalArgumentException().isThrownBy(() -> NewMeeting.planned(List.of(), MeetingKind.COFFEE, START));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> NewMeeting.planned(Collections.singletonList(null), MeetingKind.COFFEE, START));
		assertThatIllegalArgumentException().isThrownBy(() -> NewMeeting.planned(thirteen, MeetingKind.COFFEE, START));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new NewMeeting(List.of(this.zoe), MeetingKind.COFFEE, null, START, 1441, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new NewMeeting(List.of(this.zoe), MeetingKind.COFFEE, null, START, 0, null, null, null, null));
	}

	@Test
	void blankTextIsNoTextAndOverlongTextIsRefused() {
		NewMeeting meeting = new NewMeeting(List.of(this.zoe), MeetingKind.COFFEE, null, START, 45, "  ", null,
				" Ask about Lisbon ", new Reflection("", " ", null, null, "Send the essay"));

		assertThat(meeting.place()).isNull();
		assertThat(meeting.prep()).isEqualTo("Ask about Lisbon");
		assertThat(meeting.reflection().learned()).isNull();
		assertThat(meeting.reflection().nextStep()).isEqualTo("Send the essay");
		assertThatIllegalArgumentException().isThrownBy(() -> new Reflection("x".repeat(4001), null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new NewMeeting(List.of(this.zoe), MeetingKind.COFFEE,
				null, START, null, "p".repeat(201), null, null, null));
	}

	@Test
	void codesAreLowercaseAndUnknownOnesAreRefused() {
		assertThat(MeetingMode.IN_PERSON.code()).isEqualTo("in_person");
		assertThat(MeetingKind.fromCode("cocktails")).isEqualTo(MeetingKind.COCKTAILS);
		assertThat(MeetingStatus.fromCode("cancelled")).isEqualTo(MeetingStatus.CANCELLED);
		assertThatIllegalArgumentException().isThrownBy(() -> MeetingKind.fromCode("COFFEE"));
		assertThatIllegalArgumentException().isThrownBy(() -> MeetingStatus.fromCode("done"));
	}

}
