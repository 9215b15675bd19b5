package org.tend.depth.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.depth.Channel;
import org.tend.depth.Contact;
import org.tend.depth.DepthInputs;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeCount;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.LedgerService;
import org.tend.ledger.PromiseRecord;
import org.tend.meetings.HappenedMeeting;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingsService;
import org.tend.people.IntroductionLink;
import org.tend.people.NoteKind;
import org.tend.people.PeopleService;
import org.tend.people.PersonTraits;

/**
 * Gathers the model's inputs for a batch of people through the facades of people,
 * meetings and ledger: four queries per batch, whatever its size. Days are UTC days (an
 * event does not carry the member's zone; a day's shift moves no score visibly).
 */
@Component
public class DepthInputsReader {

	private static final Set<NoteKind> LISTENING_KINDS = EnumSet.of(NoteKind.PROJECT, NoteKind.CHALLENGE,
			NoteKind.ASPIRATION);

	private final PeopleService people;

	private final MeetingsService meetings;

	private final LedgerService ledger;

	DepthInputsReader(PeopleService people, MeetingsService meetings, LedgerService ledger) {
		this.people = people;
		this.meetings = meetings;
		this.ledger = ledger;
	}

	/** The inputs of each of the member's people named (others are left out). */
	public Map<UUID, DepthInputs> read(UUID ownerId, Collection<UUID> personIds, LocalDate today) {
		Map<UUID, PersonTraits> traits = this.people.traits(ownerId, personIds);
		if (traits.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<Contact>> contacts = new HashMap<>();
		Map<UUID, Set<UUID>> metTogether = new HashMap<>();
		for (HappenedMeeting meeting : this.meetings.happenedWith(ownerId, traits.keySet())) {
			Contact contact = new Contact(meeting.startsAt().atZone(ZoneOffset.UTC).toLocalDate(),
					channel(meeting.kind(), meeting.mode()), meeting.durationMinutes(), meeting.reflected());
			for (UUID personId : meeting.personIds()) {
				if (traits.containsKey(personId)) {
					contacts.computeIfAbsent(personId, (id) -> new ArrayList<>()).add(contact);
					Set<UUID> others = metTogether.computeIfAbsent(personId, (id) -> new HashSet<>());
					meeting.personIds().stream().filter((other) -> !other.equals(personId)).forEach(others::add);
				}
			}
		}
		Map<UUID, int[]> exchanges = new HashMap<>();
		for (ExchangeCount count : this.ledger.exchangeCounts(ownerId, traits.keySet())) {
			int[] tally = exchanges.computeIfAbsent(count.personId(), (id) -> new int[3]);
			tally[(count.direction() == Direction.GIVEN) ? 0 : 1] += (int) count.count();
			tally[2] += (count.kind() == ExchangeKind.INTRODUCTION) ? (int) count.count() : 0;
		}
		// "introduced by" links count as introductions, at both ends (model version 2)
		for (IntroductionLink link : this.people.introductionLinks(ownerId, traits.keySet())) {
			for (UUID end : List.of(link.personId(), link.introducedBy())) {
				if (traits.containsKey(end)) {
					exchanges.computeIfAbsent(end, (id) -> new int[3])[2]++;
				}
			}
		}
		Map<UUID, PromiseRecord> promises = this.ledger.promiseRecords(ownerId, traits.keySet(), today);
		Map<UUID, DepthInputs> inputs = new HashMap<>();
		traits.forEach((id, trait) -> {
			int[] tally = exchanges.getOrDefault(id, new int[3]);
			PromiseRecord kept = promises.getOrDefault(id, PromiseRecord.none(id));
			Set<NoteKind> known = EnumSet.noneOf(NoteKind.class);
			known.addAll(trait.noteKinds());
			known.retainAll(LISTENING_KINDS);
			inputs.put(id,
					new DepthInputs(today, trait.metOn(), contacts.getOrDefault(id, List.of()), known.size(), tally[0],
							tally[1], kept.keptOnTime(), kept.keptLate(), kept.broken(),
							metTogether.getOrDefault(id, Set.of()).size(), tally[2]));
		});
		return inputs;
	}

	static Channel channel(MeetingKind kind, MeetingMode mode) {
		if (mode == MeetingMode.IN_PERSON) {
			return Channel.IN_PERSON;
		}
		return (kind == MeetingKind.MESSAGE) ? Channel.MESSAGE : Channel.CALL;
	}

}
