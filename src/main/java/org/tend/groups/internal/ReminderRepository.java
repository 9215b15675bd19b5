package org.tend.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions coming up, one row per member to remind; closed groups have none. */
@Repository
public class ReminderRepository {

	private final JdbcClient jdbc;

	ReminderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A member of a group whose session starts soon. */
	public record Due(UUID sessionId, int number, int sessions, Instant startsAt, UUID groupId, UUID communityId,
			String topic, String mode, String city, UUID memberId, String displayName) {
	}

	/** Every member of every open group with a session starting in (after, until]. */
	public List<Due> due(Instant after, Instant until) {
		return this.jdbc.sql("""
				select s.id, s.number, s.starts_at, g.id as group_id, g.community_id, g.topic, g.mode, g.city,
				       m.member_id, m.display_name,
				       (select max(o.number) from group_session o where o.group_id = g.id) as sessions
				from group_session s
				join small_group g on g.id = s.group_id and g.closed_at is null
				join small_group_member m on m.group_id = g.id
				where s.starts_at > :after and s.starts_at <= :until
				order by s.starts_at, s.id, m.member_id""")
			.param("after", Timestamp.from(after))
			.param("until", Timestamp.from(until))
			.query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getInt("sessions"),
					rs.getTimestamp("starts_at").toInstant(), rs.getObject("group_id", UUID.class),
					rs.getObject("community_id", UUID.class), rs.getString("topic"), rs.getString("mode"),
					rs.getString("city"), rs.getObject("member_id", UUID.class), rs.getString("display_name")))
			.list();
	}

}
