package org.tend.meetings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.Reflection;
import org.tend.shared.FilteredQuery;

/**
 * Meetings and their people. Every statement names the owner: a meeting id alone never
 * reaches another member's row.
 */
@Repository
public class MeetingRepository {

	static final String COLUMNS = "m.id, m.kind, m.mode, m.starts_at, m.duration_minutes, m.place, m.status, "
			+ "m.prep, m.learned, m.shared, m.advice_offered, m.help_asked, m.next_step, m.created_at, m.updated_at";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists(UUID ownerId, UUID meetingId) {
		return this.jdbc.sql("select count(*) from meeting where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", meetingId)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(UUID ownerId, Meeting meeting) {
		this.jdbc.sql("""
				insert into meeting (id, owner_id, kind, mode, starts_at, duration_minutes, place, status, prep,
				    learned, shared, advice_offered, help_asked, next_step, created_at, updated_at)
				values (:id, :owner, :kind, :mode, :startsAt, :duration, :place, :status, :prep,
				    :learned, :shared, :adviceOffered, :helpAsked, :nextStep, :createdAt, :updatedAt)""")
			.params(columns(ownerId, meeting))
			.param("createdAt", Timestamp.from(meeting.createdAt()))
			.update();
		insertPeople(ownerId, meeting.id(), meeting.personIds());
	}

	public void update(UUID ownerId, Meeting meeting) {
		this.jdbc.sql("""
				update meeting set kind = :kind, mode = :mode, starts_at = :startsAt, duration_minutes = :duration,
				    place = :place, status = :status, prep = :prep, learned = :learned, shared = :shared,
				    advice_offered = :adviceOffered, help_asked = :helpAsked, next_step = :nextStep,
				    updated_at = :updatedAt
				where owner_id = :owner and id = :id""").params(columns(ownerId, meeting)).update();
	}

	public void replacePeople(UUID ownerId, UUID meetingId, List<UUID> personIds) {
		this.jdbc.sql("delete from meeting_person where owner_id = :owner and meeting_id = :id")
			.param("owner", ownerId)
			.param("id", meetingId)
			.update();
		insertPeople(ownerId, meetingId, personIds);
	}

	private void insertPeople(UUID ownerId, UUID meetingId, List<UUID> personIds) {
		for (UUID personId : personIds) {
			this.jdbc.sql("insert into meeting_person (meeting_id, person_id, owner_id) values (:id, :person, :owner)")
				.param("id", meetingId)
				.param("person", personId)
				.param("owner", ownerId)
				.update();
		}
	}

	/** Deletes the meetings (their people links go with them); returns how many. */
	public int delete(UUID ownerId, Collection<UUID> meetingIds) {
		if (meetingIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from meeting where owner_id = :owner and id in (:ids)")
			.param("owner", ownerId)
			.param("ids", meetingIds)
			.update();
	}

	public Optional<Meeting> findById(UUID ownerId, UUID meetingId) {
		return withPeople(ownerId,
				this.jdbc.sql("select " + COLUMNS + " from meeting m where m.owner_id = :owner and m.id = :id")
					.param("owner", ownerId)
					.param("id", meetingId)
					.query(MeetingRepository::meeting)
					.list())
			.stream()
			.findFirst();
	}

	/** The filter's meetings, newest first or (ascending) soonest first. */
	public List<Meeting> find(UUID ownerId, MeetingFilter filter, boolean ascending, long offset, int limit) {
		String order = ascending ? "m.starts_at, m.id" : "m.starts_at desc, m.id desc";
		List<UUID> personMeetings = personMeetings(ownerId, filter);
		if (personMeetings != null && personMeetings.isEmpty()) {
			return List.of();
		}
		return withPeople(ownerId, query(ownerId, filter, personMeetings).slice(this.jdbc,
				"select " + COLUMNS + " from meeting m", order, offset, limit, MeetingRepository::meeting));
	}

	public long count(UUID ownerId, MeetingFilter filter) {
		List<UUID> personMeetings = personMeetings(ownerId, filter);
		if (personMeetings != null && personMeetings.isEmpty()) {
			return 0;
		}
		return query(ownerId, filter, personMeetings).count(this.jdbc, "meeting m");
	}

	/**
	 * The ids of the person's meetings, found through the (person, meeting) index. Both
	 * databases then read those few meetings by primary key; a join or sub-query let H2
	 * walk every meeting of the member in date order instead. Null when the filter names
	 * no person.
	 */
	private List<UUID> personMeetings(UUID ownerId, MeetingFilter filter) {
		return (filter.personId() != null) ? meetingIdsOf(ownerId, filter.personId()) : null;
	}

	List<UUID> meetingIdsOf(UUID ownerId, UUID personId) {
		return this.jdbc.sql("select meeting_id from meeting_person where owner_id = :owner and person_id = :person")
			.param("owner", ownerId)
			.param("person", personId)
			.query(UUID.class)
			.list();
	}

	private static FilteredQuery query(UUID ownerId, MeetingFilter filter, List<UUID> personMeetings) {
		return FilteredQuery.where("m.owner_id = :owner", "owner", ownerId)
			.andIfSet(personMeetings, "m.id in (:personMeetings)", "personMeetings", (ids) -> ids)
			.andIfSet(filter.status(), "m.status = :status", "status", (status) -> status.code())
			.andIfSet(filter.from(), "m.starts_at >= :from", "from", Timestamp::from)
			.andIfSet(filter.to(), "m.starts_at < :to", "to", Timestamp::from);
	}

	private List<Meeting> withPeople(UUID ownerId, List<Meeting> meetings) {
		if (meetings.isEmpty()) {
			return meetings;
		}
		Map<UUID, List<UUID>> people = new LinkedHashMap<>();
		this.jdbc.sql("""
				select meeting_id, person_id from meeting_person
				where owner_id = :owner and meeting_id in (:ids)
				order by meeting_id, person_id""")
			.param("owner", ownerId)
			.param("ids", meetings.stream().map(Meeting::id).toList())
			.query((rs) -> {
				people.computeIfAbsent(rs.getObject("meeting_id", UUID.class), (id) -> new ArrayList<>())
					.add(rs.getObject("person_id", UUID.class));
			});
		return meetings.stream()
			.map((meeting) -> meeting.withPersonIds(people.getOrDefault(meeting.id(), List.of())))
			.toList();
	}

	private static Map<String, Object> columns(UUID ownerId, Meeting meeting) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", meeting.id());
		params.put("owner", ownerId);
		params.put("kind", meeting.kind().code());
		params.put("mode", meeting.mode().code());
		params.put("startsAt", Timestamp.from(meeting.startsAt()));
		params.put("duration", meeting.durationMinutes());
		params.put("place", meeting.place());
		params.put("status", meeting.status().code());
		params.put("prep", meeting.prep());
		params.put("learned", meeting.reflection().learned());
		params.put("shared", meeting.reflection().shared());
		params.put("adviceOffered", meeting.reflection().adviceOffered());
		params.put("helpAsked", meeting.reflection().helpAsked());
		params.put("nextStep", meeting.reflection().nextStep());
		params.put("updatedAt", Timestamp.from(meeting.updatedAt()));
		return params;
	}

	static Meeting meeting(ResultSet rs, int row) throws SQLException {
		Reflection reflection = new Reflection(rs.getString("learned"), rs.getString("shared"),
				rs.getString("advice_offered"), rs.getString("help_asked"), rs.getString("next_step"));
		return new Meeting(rs.getObject("id", UUID.class), List.of(), MeetingKind.fromCode(rs.getString("kind")),
				MeetingMode.fromCode(rs.getString("mode")), rs.getTimestamp("starts_at").toInstant(),
				(Integer) rs.getObject("duration_minutes"), rs.getString("place"),
				MeetingStatus.fromCode(rs.getString("status")), rs.getString("prep"), reflection,
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
