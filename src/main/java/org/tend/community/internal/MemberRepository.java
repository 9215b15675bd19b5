package org.tend.community.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.community.CommunityMember;
import org.tend.community.Profile;
import org.tend.community.Role;
import org.tend.community.matching.MeetingMode;

/**
 * Members of communities with their profiles, and each member's private "don't pair me
 * with" list. Every statement names the community.
 */
@Repository
public class MemberRepository {

	private static final String COLUMNS = "community_id, member_id, display_name, role, status, joined_at, headline, "
			+ "topics, project, asks, offers, city, zone, mode, opt_in, skip_next, paused_until";

	private final JdbcClient jdbc;

	MemberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID communityId, UUID memberId, String displayName, Role role, boolean pending, ZoneId zone,
			Instant now) {
		Profile profile = Profile.empty(zone);
		this.jdbc
			.sql("""
					insert into community_member (community_id, member_id, display_name, role, status, joined_at, zone, mode,
					  opt_in, skip_next)
					values (:community, :member, :name, :role, :status, :now, :zone, :mode, :optIn, false)""")
			.param("community", communityId)
			.param("member", memberId)
			.param("name", displayName)
			.param("role", role.code())
			.param("status", pending ? "pending" : "active")
			.param("now", Timestamp.from(now))
			.param("zone", zone.getId())
			.param("mode", Profile.code(profile.mode()))
			.param("optIn", profile.optIn())
			.update();
	}

	public Optional<CommunityMember> find(UUID communityId, UUID memberId) {
		return this.jdbc.sql("select " + COLUMNS + " from community_member where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.query(MemberRepository::member)
			.optional();
	}

	public void updateProfile(UUID communityId, UUID memberId, String displayName, Profile profile) {
		this.jdbc.sql("""
				update community_member set display_name = :name, headline = :headline, topics = :topics,
				  project = :project, asks = :asks, offers = :offers, city = :city, zone = :zone, mode = :mode,
				  opt_in = :optIn, skip_next = :skip, paused_until = :paused
				where community_id = :c and member_id = :m""")
			.param("c", communityId)
			.param("m", memberId)
			.param("name", displayName)
			.param("headline", profile.headline(), java.sql.Types.VARCHAR)
			.param("topics", Texts.lines(profile.topics()), java.sql.Types.VARCHAR)
			.param("project", profile.project(), java.sql.Types.VARCHAR)
			.param("asks", Texts.lines(profile.asks()), java.sql.Types.VARCHAR)
			.param("offers", Texts.lines(profile.offers()), java.sql.Types.VARCHAR)
			.param("city", profile.city(), java.sql.Types.VARCHAR)
			.param("zone", profile.zone().getId())
			.param("mode", Profile.code(profile.mode()))
			.param("optIn", profile.optIn())
			.param("skip", profile.skipNextRound())
			.param("paused", (profile.pausedUntil() != null) ? Date.valueOf(profile.pausedUntil()) : null,
					java.sql.Types.DATE)
			.update();
	}

	public void setRole(UUID communityId, UUID memberId, Role role) {
		this.jdbc.sql("update community_member set role = :role where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.param("role", role.code())
			.update();
	}

	public void activate(UUID communityId, UUID memberId) {
		this.jdbc.sql("update community_member set status = 'active' where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.update();
	}

	/** After a round is published: a skip was for that round only. */
	public void clearSkips(UUID communityId) {
		this.jdbc.sql("update community_member set skip_next = false where community_id = :c and skip_next = true")
			.param("c", communityId)
			.update();
	}

	public void delete(UUID communityId, UUID memberId) {
		this.jdbc.sql("delete from community_avoid where community_id = :c and (member_id = :m or avoided_id = :m)")
			.param("c", communityId)
			.param("m", memberId)
			.update();
		this.jdbc.sql("delete from community_member where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.update();
	}

	public long countActive(UUID communityId) {
		return this.jdbc.sql("select count(*) from community_member where community_id = :c and status = 'active'")
			.param("c", communityId)
			.query(Long.class)
			.single();
	}

	public long countOrganizers(UUID communityId) {
		return this.jdbc
			.sql("select count(*) from community_member where community_id = :c and role = 'organizer' "
					+ "and status = 'active'")
			.param("c", communityId)
			.query(Long.class)
			.single();
	}

	/** A page of active members (or of those waiting for approval), by name. */
	public List<CommunityMember> page(UUID communityId, boolean pending, long offset, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from community_member where community_id = :c and status = :status
				order by lower(display_name), member_id offset :offset rows fetch first :limit rows only""")
			.param("c", communityId)
			.param("status", pending ? "pending" : "active")
			.param("offset", offset)
			.param("limit", limit)
			.query(MemberRepository::member)
			.list();
	}

	public long count(UUID communityId, boolean pending) {
		return this.jdbc.sql("select count(*) from community_member where community_id = :c and status = :status")
			.param("c", communityId)
			.param("status", pending ? "pending" : "active")
			.query(Long.class)
			.single();
	}

	/** Every active member, in a stable order (for a round). */
	List<CommunityMember> active(UUID communityId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from community_member where community_id = :c and status = 'active' "
					+ "order by joined_at, member_id")
			.param("c", communityId)
			.query(MemberRepository::member)
			.list();
	}

	public Set<UUID> activeIds(UUID communityId, Collection<UUID> memberIds) {
		if (memberIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select member_id from community_member where community_id = :c and status = 'active' "
					+ "and member_id in (:ids)")
			.param("c", communityId)
			.param("ids", memberIds)
			.query(UUID.class)
			.list());
	}

	public void replaceAvoided(UUID communityId, UUID memberId, Collection<UUID> avoided) {
		this.jdbc.sql("delete from community_avoid where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.update();
		for (UUID other : avoided) {
			this.jdbc.sql("insert into community_avoid (community_id, member_id, avoided_id) values (:c, :m, :o)")
				.param("c", communityId)
				.param("m", memberId)
				.param("o", other)
				.update();
		}
	}

	/** The member's own list: nobody else's request reads it. */
	public List<UUID> avoided(UUID communityId, UUID memberId) {
		return this.jdbc.sql("select avoided_id from community_avoid where community_id = :c and member_id = :m")
			.param("c", communityId)
			.param("m", memberId)
			.query(UUID.class)
			.list();
	}

	/** Every list of the community, for the planner's hard rules only. */
	Map<UUID, List<UUID>> allAvoided(UUID communityId) {
		Map<UUID, List<UUID>> lists = new HashMap<>();
		this.jdbc.sql("select member_id, avoided_id from community_avoid where community_id = :c")
			.param("c", communityId)
			.query((rs) -> {
				lists.computeIfAbsent(rs.getObject("member_id", UUID.class), (k) -> new java.util.ArrayList<>())
					.add(rs.getObject("avoided_id", UUID.class));
			});
		return lists;
	}

	private static CommunityMember member(ResultSet rs, int row) throws SQLException {
		Date paused = rs.getDate("paused_until");
		Profile profile = new Profile(rs.getString("headline"), Texts.split(rs.getString("topics")),
				rs.getString("project"), Texts.split(rs.getString("asks")), Texts.split(rs.getString("offers")),
				rs.getString("city"), ZoneId.of(rs.getString("zone")),
				MeetingMode.valueOf(rs.getString("mode").toUpperCase(java.util.Locale.ROOT)), rs.getBoolean("opt_in"),
				rs.getBoolean("skip_next"), (paused != null) ? paused.toLocalDate() : null);
		return new CommunityMember(rs.getObject("community_id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("display_name"), Role.fromCode(rs.getString("role")),
				"pending".equals(rs.getString("status")), rs.getTimestamp("joined_at").toInstant(), profile);
	}

}
