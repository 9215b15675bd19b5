package org.tend.challenge.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tend.challenge.MeetingReflection;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingsService;
import org.tend.shared.web.InvalidInput;

/**
 * Saves a reflection with its promises and exchanges in one transaction: a line the
 * ledger refuses rolls back the reflection too, so the member never finds half of what
 * they wrote.
 */
@Component
public class MeetingReflections {

	private final MeetingsService meetings;

	private final LedgerService ledger;

	MeetingReflections(MeetingsService meetings, LedgerService ledger) {
		this.meetings = meetings;
		this.ledger = ledger;
	}

	@Transactional
	public MeetingDetails save(UUID ownerId, ZoneId zone, UUID meetingId, MeetingReflection written) {
		MeetingDetails meeting = this.meetings.get(ownerId, meetingId);
		List<UUID> met = meeting.personIds();
		for (int i = 0; i < written.promises().size(); i++) {
			NewPromise line = written.promises().get(i);
			requireMet(met, line.personId(), "promises[" + i + "].personId");
			this.ledger.makePromise(ownerId,
					new NewPromise(line.personId(), line.owner(), line.text(), line.due(), line.status(), meetingId));
		}
		for (int i = 0; i < written.exchanges().size(); i++) {
			NewExchange line = written.exchanges().get(i);
			requireMet(met, line.personId(), "exchanges[" + i + "].personId");
			// help written down after a meeting changed hands on the meeting's day
			this.ledger.recordExchange(ownerId,
					new NewExchange(line.personId(), line.direction(), line.kind(), line.description(),
							(line.on() != null) ? line.on() : meeting.startsAt().atZone(zone).toLocalDate(),
							meetingId));
		}
		return this.meetings.reflect(ownerId, zone, meetingId, written.reflection());
	}

	private static void requireMet(List<UUID> met, UUID personId, String field) {
		if (personId == null || !met.contains(personId)) {
			throw InvalidInput.of(field, "Not one of the people of this meeting");
		}
	}

}
