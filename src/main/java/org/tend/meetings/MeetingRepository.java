package org.tend.meetings;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID ownerId, UUID meetingId) {
		return this.jdbc.sql("select count(*) from meeting where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", meetingId)
			.query(Long.class)
			.single() > 0;
	}

}
