package org.tend.introductions.internal;

import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes the checks that count what a member sent or received (the daily limits, the
 * monthly cap): without it two requests at the same moment could both count "2 of 3" and
 * both be sent. It locks each member's row of {@code introduction_request_limits} (made,
 * open, when missing) until the transaction ends; a second request for the same member
 * waits and then counts the first. Rows are locked in id order, so two members asking
 * each other at once cannot deadlock.
 */
@Repository
public class MemberLocks {

	private final JdbcClient jdbc;

	MemberLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the members until the caller's transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(UUID... memberIds) {
		Stream.of(memberIds).distinct().sorted().forEach((member) -> {
			// "no row" already means open, no cap: the row made here says the same
			this.jdbc
				.sql("""
						insert into introduction_request_limits (member_id, paused, monthly_cap) values (:member, false, null)
						on conflict do nothing""")
				.param("member", member)
				.update();
			this.jdbc.sql("select member_id from introduction_request_limits where member_id = :member for update")
				.param("member", member)
				.query(UUID.class)
				.single();
		});
	}

}
