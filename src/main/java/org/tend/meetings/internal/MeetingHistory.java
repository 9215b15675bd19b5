package org.tend.meetings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the meetings say about one person: when they were last met, what was written after
 * the latest meetings, which meetings were with them alone. Owner-scoped like every
 * query; the meetings found here come without their people.
 */
@Repository
public class MeetingHistory {

	private final JdbcClient jdbc;

	private final MeetingRepository meetings;

	MeetingHistory(JdbcClient jdbc, MeetingRepository meetings) {
		this.jdbc = jdbc;
		this.meetings = meetings;
	}

	/**
	 * When each person was last met: the start of their latest meeting that happened. One
	 * query per person (a meeting concerns a handful): starting from the person's few
	 * meeting ids keeps it an index lookup on H2 as on PostgreSQL, whatever the journal's
	 * size.
	 */
	Map<UUID, Instant> latestHappened(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Instant> latest = new HashMap<>();
		for (UUID personId : personIds) {
			List<UUID> ids = this.meetings.meetingIdsOf(ownerId, personId);
			if (ids.isEmpty()) {
				continue;
			}
			this.jdbc.sql("""
					select max(m.starts_at) from meeting m
					where m.owner_id = :owner and m.status = 'happened' and m.id in (:ids)""")
				.param("owner", ownerId)
				.param("ids", ids)
				.query(Timestamp.class)
				.optional()
				.ifPresent((lastMet) -> latest.put(personId, lastMet.toInstant()));
		}
		return latest;
	}

	/**
	 * The person's latest meeting with something written after it, other than the one
	 * being prepared.
	 */
	Optional<Meeting> latestReflected(UUID ownerId, UUID personId, UUID exceptMeetingId) {
		return latestWith(ownerId, personId, exceptMeetingId, "(m.learned is not null or m.shared is not null"
				+ " or m.advice_offered is not null or m.help_asked is not null or m.next_step is not null)");
	}

	/**
	 * The person's latest meeting whose reflection names a next step, other than the one
	 * being prepared (null: any).
	 */
	public Optional<Meeting> latestWithNextStep(UUID ownerId, UUID personId, UUID exceptMeetingId) {
		return latestWith(ownerId, personId, exceptMeetingId, "m.next_step is not null");
	}

	private Optional<Meeting> latestWith(UUID ownerId, UUID personId, UUID exceptMeetingId, String condition) {
		List<UUID> ids = this.meetings.meetingIdsOf(ownerId, personId);
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		String sql = "select " + MeetingRepository.COLUMNS
				+ " from meeting m where m.owner_id = :owner and m.id in (:ids)" + " and m.id <> :except and "
				+ condition + " order by m.starts_at desc, m.id desc fetch first 1 rows only";
		return this.jdbc.sql(sql)
			.param("owner", ownerId)
			.param("ids", ids)
			// the nil id stands for "no meeting to leave out": no meeting has it
			.param("except", (exceptMeetingId != null) ? exceptMeetingId : new UUID(0, 0))
			.query(MeetingRepository::meeting)
			.optional();
	}

	/** The member's meetings whose only person is this one. */
	public List<UUID> onlyWith(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select mp.meeting_id from meeting_person mp
				where mp.owner_id = :owner and mp.person_id = :person
				  and (select count(*) from meeting_person other
				       where other.meeting_id = mp.meeting_id and other.owner_id = :owner) = 1""")
			.param("owner", ownerId)
			.param("person", personId)
			.query(UUID.class)
			.list();
	}

}
