package org.tend.groups.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.groups.Attendance;
import org.tend.groups.GroupSession;
import org.tend.groups.GroupWish;
import org.tend.groups.MyGroup;
import org.tend.groups.SmallGroup;

/**
 * Wishes, seasons, groups and sessions; a group is read only through one of its members.
 */
@Repository
public class GroupRepository {

	private final JdbcClient jdbc;

	GroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record OpenWish(UUID memberId, GroupWish wish) {
	}

	public void replaceWish(UUID communityId, UUID memberId, GroupWish wish, Instant now) {
		this.jdbc.sql("delete from group_wish where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.update();
		this.jdbc.sql("""
				insert into group_wish (community_id, member_id, topics, mode, city, size_min, size_max, created_at)
				values (:c, :m, :topics, :mode, :city, :min, :max, :now)""")
			.param("c", communityId)
			.param("m", memberId)
			.param("topics", String.join("\n", wish.topics()))
			.param("mode", wish.mode())
			.param("city", wish.city(), java.sql.Types.VARCHAR)
			.param("min", wish.sizeMin())
			.param("max", wish.sizeMax())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The wishes no season has placed yet, but for members who joined a proposed group
	 * (open, or not closed) after wishing: a wish made after joining asks for a second
	 * group, and stays in (decision 0031).
	 */
	public List<OpenWish> openWishes(UUID communityId) {
		return this.jdbc.sql("""
				select w.member_id, w.topics, w.mode, w.city, w.size_min, w.size_max from group_wish w
				where w.community_id = :c and w.season_id is null
				  and not exists (
				    select 1 from group_proposal_member pm
				    join group_proposal p on p.id = pm.proposal_id and p.community_id = w.community_id
				    left join small_group g on g.id = p.group_id
				    where pm.member_id = w.member_id and pm.joined_at >= w.created_at and g.closed_at is null)
				order by w.created_at, w.member_id""")
			.param("c", communityId)
			.query((rs, n) -> new OpenWish(rs.getObject("member_id", UUID.class),
					new GroupWish(Arrays.asList(rs.getString("topics").split("\n")), rs.getString("mode"),
							rs.getString("city"), rs.getInt("size_min"), rs.getInt("size_max"))))
			.list();
	}

	public long wishCount(UUID communityId) {
		return this.jdbc.sql("select count(*) from group_wish where community_id = :c")
			.param("c", communityId)
			.query(Long.class)
			.single();
	}

	public boolean seasonRunning(UUID communityId, Instant now) {
		return this.jdbc.sql("select count(*) from group_season where community_id = :c and ends_at > :now")
			.param("c", communityId)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single() > 0;
	}

	public void insertSeason(UUID id, UUID communityId, Instant publishedAt, Instant endsAt) {
		this.jdbc.sql("insert into group_season (id, community_id, published_at, ends_at) values (:id, :c, :p, :e)")
			.param("id", id)
			.param("c", communityId)
			.param("p", Timestamp.from(publishedAt))
			.param("e", Timestamp.from(endsAt))
			.update();
	}

	public void insertGroup(UUID seasonId, SmallGroup group) {
		SmallGroupRows.insert(this.jdbc, seasonId, group);
		for (SmallGroup.Member member : group.members()) {
			this.jdbc.sql("update group_wish set season_id = :s where community_id = :c and member_id = :m")
				.param("s", seasonId)
				.param("c", group.communityId())
				.param("m", member.memberId())
				.update();
		}
		for (GroupSession session : group.sessions()) {
			this.jdbc.sql("insert into group_session (id, group_id, number, starts_at) values (:id, :g, :n, :at)")
				.param("id", session.id())
				.param("g", group.id())
				.param("n", session.number())
				.param("at", Timestamp.from(session.startsAt()))
				.update();
		}
	}

	/** The group, when the member is one of its members. */
	public Optional<SmallGroup> groupOf(UUID memberId, UUID groupId) {
		record Row(UUID id, UUID communityId, String topic, String mode, String city, String reasons) {
		}
		Optional<Row> row = this.jdbc.sql("""
				select g.id, g.community_id, g.topic, g.mode, g.city, g.reasons from small_group g
				join small_group_member me on me.group_id = g.id and me.member_id = :m
				where g.id = :g""")
			.param("m", memberId)
			.param("g", groupId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
					rs.getString("topic"), rs.getString("mode"), rs.getString("city"), rs.getString("reasons")))
			.optional();
		return row.map((r) -> new SmallGroup(r.id(), r.communityId(), r.topic(), r.mode(), r.city(),
				r.reasons().isEmpty() ? List.of() : List.of(r.reasons().split("\n")), members(r.id()),
				sessions(r.id())));
	}

	private List<SmallGroup.Member> members(UUID groupId) {
		return this.jdbc.sql(
				"select member_id, display_name from small_group_member where group_id = :g order by display_name, member_id")
			.param("g", groupId)
			.query((rs, n) -> new SmallGroup.Member(rs.getObject("member_id", UUID.class),
					rs.getString("display_name")))
			.list();
	}

	private List<GroupSession> sessions(UUID groupId) {
		return this.jdbc.sql("select id, number, starts_at from group_session where group_id = :g order by number")
			.param("g", groupId)
			.query((rs, n) -> new GroupSession(rs.getObject("id", UUID.class), rs.getInt("number"),
					rs.getTimestamp("starts_at").toInstant()))
			.list();
	}

	/** Sets the member's attendance of a session (recorded stays as it was). */
	public void attend(UUID sessionId, UUID memberId, boolean attended) {
		int updated = this.jdbc
			.sql("update group_attendance set attended = :a where session_id = :s and member_id = :m")
			.param("a", attended)
			.param("s", sessionId)
			.param("m", memberId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into group_attendance (session_id, member_id, attended, recorded)
					values (:s, :m, :a, false)""")
				.param("a", attended)
				.param("s", sessionId)
				.param("m", memberId)
				.update();
		}
	}

	public boolean attended(UUID sessionId, UUID memberId) {
		return this.jdbc
			.sql("select count(*) from group_attendance where session_id = :s and member_id = :m and attended")
			.param("s", sessionId)
			.param("m", memberId)
			.query(Long.class)
			.single() > 0;
	}

	/** Marks the session recorded in the member's journal; false when it was already. */
	public boolean markRecorded(UUID sessionId, UUID memberId) {
		return this.jdbc.sql("""
				update group_attendance set recorded = true
				where session_id = :s and member_id = :m and attended and not recorded""")
			.param("s", sessionId)
			.param("m", memberId)
			.update() == 1;
	}

	/** The member's open wish in the community (not yet placed by a season). */
	public Optional<GroupWish> openWish(UUID communityId, UUID memberId) {
		return this.jdbc.sql("""
				select topics, mode, city, size_min, size_max from group_wish
				where community_id = :c and member_id = :m and season_id is null""")
			.param("c", communityId)
			.param("m", memberId)
			.query((rs, n) -> new GroupWish(Arrays.asList(rs.getString("topics").split("\n")), rs.getString("mode"),
					rs.getString("city"), rs.getInt("size_min"), rs.getInt("size_max")))
			.optional();
	}

	/** Deletes the member's open wish; false when there was none. */
	public boolean withdrawWish(UUID communityId, UUID memberId) {
		return this.jdbc.sql("delete from group_wish where community_id = :c and member_id = :m and season_id is null")
			.param("c", communityId)
			.param("m", memberId)
			.update() == 1;
	}

	/**
	 * The groups the member is in, newest first: an organizer's season by when it was
	 * published, a group grown from a proposal (no season) by its first session.
	 */
	public List<MyGroup> groupsOf(UUID memberId) {
		return this.jdbc.sql("""
				select g.id, g.community_id, g.topic, g.mode, g.city,
				  (select min(s.starts_at) from group_session s where s.group_id = g.id) as first_at,
				  (select max(s.starts_at) from group_session s where s.group_id = g.id) as last_at
				from small_group g
				join small_group_member me on me.group_id = g.id and me.member_id = :m
				left join group_season season on season.id = g.season_id
				order by coalesce(season.published_at,
				  (select min(s.starts_at) from group_session s where s.group_id = g.id)) desc, g.topic, g.id""")
			.param("m", memberId)
			.query((rs, n) -> new MyGroup(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
					rs.getString("topic"), rs.getString("mode"), rs.getString("city"),
					rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant()))
			.list();
	}

	/**
	 * The member's own attendance of the group's sessions (sessions not marked are
	 * absent).
	 */
	public List<Attendance> attendance(UUID groupId, UUID memberId) {
		return this.jdbc.sql("""
				select a.session_id, a.attended, a.recorded from group_attendance a
				join group_session s on s.id = a.session_id
				where s.group_id = :g and a.member_id = :m""")
			.param("g", groupId)
			.param("m", memberId)
			.query((rs, n) -> new Attendance(rs.getObject("session_id", UUID.class), rs.getBoolean("attended"),
					rs.getBoolean("recorded")))
			.list();
	}

}
