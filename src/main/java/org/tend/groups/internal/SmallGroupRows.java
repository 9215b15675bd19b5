package org.tend.groups.internal;

import java.sql.Types;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.groups.SmallGroup;

/**
 * Writes a small group's own row and its members' rows: one way for a group to come into
 * being, whether an organizer's season formed it or a member's proposal filled up. The
 * repositories that create groups call it with their own {@link JdbcClient}.
 */
final class SmallGroupRows {

	private SmallGroupRows() {
	}

	/** The group and its members; {@code seasonId} is null for a group of no season. */
	static void insert(JdbcClient jdbc, UUID seasonId, SmallGroup group) {
		jdbc.sql("""
				insert into small_group (id, season_id, community_id, topic, mode, city, reasons)
				values (:id, :s, :c, :topic, :mode, :city, :reasons)""")
			.param("id", group.id())
			.param("s", seasonId)
			.param("c", group.communityId())
			.param("topic", group.topic())
			.param("mode", group.mode())
			.param("city", group.city(), Types.VARCHAR)
			.param("reasons", String.join("\n", group.reasons()))
			.update();
		for (SmallGroup.Member member : group.members()) {
			jdbc.sql("insert into small_group_member (group_id, member_id, display_name) values (:g, :m, :n)")
				.param("g", group.id())
				.param("m", member.memberId())
				.param("n", member.displayName())
				.update();
		}
	}

}
