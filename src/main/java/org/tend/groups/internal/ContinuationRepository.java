package org.tend.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.groups.GroupSession;

/** Members' "keep going / close" answers, a group's closing and its further sessions. */
@Repository
public class ContinuationRepository {

	private final JdbcClient jdbc;

	ContinuationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the group's row until the transaction ends, so two members answering at once
	 * settle it once; answers when it was closed (empty: still open).
	 */
	public Optional<Instant> lockAndReadClosed(UUID groupId) {
		return this.jdbc.sql("select closed_at from small_group where id = :g for update")
			.param("g", groupId)
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant))
			.single();
	}

	public Optional<Instant> closedAt(UUID groupId) {
		return this.jdbc.sql("select closed_at from small_group where id = :g")
			.param("g", groupId)
			.query((rs, n) -> Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant))
			.single();
	}

	public void choose(UUID groupId, UUID memberId, int afterSession, String choice) {
		int updated = this.jdbc.sql("""
				update group_continuation set choice = :c
				where group_id = :g and member_id = :m and after_session = :a""")
			.param("c", choice)
			.param("g", groupId)
			.param("m", memberId)
			.param("a", afterSession)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into group_continuation (group_id, member_id, after_session, choice)
					values (:g, :m, :a, :c)""")
				.param("c", choice)
				.param("g", groupId)
				.param("m", memberId)
				.param("a", afterSession)
				.update();
		}
	}

	/** The answers after the session numbered afterSession, by member. */
	public Map<UUID, String> answers(UUID groupId, int afterSession) {
		record Answer(UUID memberId, String choice) {
		}
		return this.jdbc
			.sql("select member_id, choice from group_continuation where group_id = :g and after_session = :a")
			.param("g", groupId)
			.param("a", afterSession)
			.query((rs, n) -> new Answer(rs.getObject("member_id", UUID.class), rs.getString("choice")))
			.list()
			.stream()
			.collect(Collectors.toMap(Answer::memberId, Answer::choice));
	}

	/**
	 * The session after which the group first chose to keep going, which is the size of
	 * its first set of sessions (empty: it never kept going).
	 */
	public Optional<Integer> firstKeptAfter(UUID groupId, int lastSession) {
		return this.jdbc
			.sql("select min(after_session) from group_continuation where group_id = :g and after_session < :last")
			.param("g", groupId)
			.param("last", lastSession)
			.query(Integer.class)
			.optional();
	}

	public void addSessions(UUID groupId, List<GroupSession> sessions) {
		for (GroupSession session : sessions) {
			this.jdbc.sql("insert into group_session (id, group_id, number, starts_at) values (:id, :g, :n, :at)")
				.param("id", session.id())
				.param("g", groupId)
				.param("n", session.number())
				.param("at", Timestamp.from(session.startsAt()))
				.update();
		}
	}

	public void close(UUID groupId, Instant at) {
		this.jdbc.sql("update small_group set closed_at = :at where id = :g and closed_at is null")
			.param("at", Timestamp.from(at))
			.param("g", groupId)
			.update();
	}

}
