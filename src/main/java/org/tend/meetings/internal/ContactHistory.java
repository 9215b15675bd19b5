package org.tend.meetings.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.meetings.HappenedMeeting;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;

/**
 * The happened meetings of many people at once, with everyone who was there: two queries
 * for a whole batch of a journal.
 */
@Repository
public class ContactHistory {

	private final JdbcClient jdbc;

	ContactHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<HappenedMeeting> happenedWith(UUID ownerId, Collection<UUID> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		Map<UUID, Row> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.id, m.starts_at, m.kind, m.mode, m.duration_minutes,
				    case when m.learned is null and m.shared is null and m.advice_offered is null
				        and m.help_asked is null and m.next_step is null then 0 else 1 end as reflected
				from meeting_person mp join meeting m on m.id = mp.meeting_id
				where mp.owner_id = :owner and mp.person_id in (:ids)
				  and m.owner_id = :owner and m.status = 'happened'
				order by m.starts_at, m.id""").param("owner", ownerId).param("ids", personIds).query((rs) -> {
			UUID id = rs.getObject("id", UUID.class);
			// a group meeting comes once per person of the batch who was there
			rows.putIfAbsent(id,
					new Row(id, rs.getTimestamp("starts_at").toInstant(), MeetingKind.fromCode(rs.getString("kind")),
							MeetingMode.fromCode(rs.getString("mode")), (Integer) rs.getObject("duration_minutes"),
							rs.getInt("reflected") == 1));
		});
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, Set<UUID>> people = new HashMap<>();
		for (List<UUID> chunk : chunks(new ArrayList<>(rows.keySet()))) {
			this.jdbc.sql(
					"select meeting_id, person_id from meeting_person where owner_id = :owner and meeting_id in (:ids)")
				.param("owner", ownerId)
				.param("ids", chunk)
				.query((rs) -> {
					people.computeIfAbsent(rs.getObject("meeting_id", UUID.class), (id) -> new HashSet<>())
						.add(rs.getObject("person_id", UUID.class));
				});
		}
		return rows.values()
			.stream()
			.map((row) -> new HappenedMeeting(row.id(), row.startsAt(), row.kind(), row.mode(), row.minutes(),
					row.reflected(), people.getOrDefault(row.id(), Set.of())))
			.toList();
	}

	/** Keeps "in (...)" lists to a size every database takes. */
	private static List<List<UUID>> chunks(List<UUID> ids) {
		List<List<UUID>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
		}
		return chunks;
	}

	private record Row(UUID id, java.time.Instant startsAt, MeetingKind kind, MeetingMode mode, Integer minutes,
			boolean reflected) {
	}

}
