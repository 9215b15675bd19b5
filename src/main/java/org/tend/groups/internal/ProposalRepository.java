package org.tend.groups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.groups.GroupProposal;
import org.tend.groups.SmallGroup;

/** Members' proposals, who joined them, and the group a proposal becomes. */
@Repository
public class ProposalRepository {

	private static final String SELECT = """
			select id, community_id, proposer_id, topic, mode, city, size, sessions, interval_days, first_at,
			       group_id, created_at
			from group_proposal""";

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(GroupProposal proposal) {
		this.jdbc.sql("""
				insert into group_proposal (id, community_id, proposer_id, topic, mode, city, size, sessions,
				    interval_days, first_at, created_at)
				values (:id, :c, :p, :topic, :mode, :city, :size, :sessions, :interval, :first, :now)""")
			.param("id", proposal.id())
			.param("c", proposal.communityId())
			.param("p", proposal.proposerId())
			.param("topic", proposal.topic())
			.param("mode", proposal.mode())
			.param("city", proposal.city(), Types.VARCHAR)
			.param("size", proposal.size())
			.param("sessions", proposal.sessions())
			.param("interval", proposal.intervalDays())
			.param("first", (proposal.firstAt() != null) ? Timestamp.from(proposal.firstAt()) : null, Types.TIMESTAMP)
			.param("now", Timestamp.from(proposal.createdAt()))
			.update();
	}

	public void addMember(UUID proposalId, SmallGroup.Member member, Instant at) {
		this.jdbc.sql("""
				insert into group_proposal_member (proposal_id, member_id, display_name, joined_at)
				values (:p, :m, :n, :at)""")
			.param("p", proposalId)
			.param("m", member.memberId())
			.param("n", member.displayName())
			.param("at", Timestamp.from(at))
			.update();
	}

	public void removeMember(UUID proposalId, UUID memberId) {
		this.jdbc.sql("delete from group_proposal_member where proposal_id = :p and member_id = :m")
			.param("p", proposalId)
			.param("m", memberId)
			.update();
	}

	/** Deletes a proposal not yet a group, with its seats. */
	public void delete(UUID proposalId) {
		this.jdbc.sql("delete from group_proposal_member where proposal_id = :p").param("p", proposalId).update();
		this.jdbc.sql("delete from group_proposal where id = :p and group_id is null").param("p", proposalId).update();
	}

	/** The proposal in the community (empty for another community's). */
	public Optional<GroupProposal> find(UUID communityId, UUID proposalId) {
		return this.jdbc.sql(SELECT + " where community_id = :c and id = :id")
			.param("c", communityId)
			.param("id", proposalId)
			.query((rs, n) -> row(rs))
			.optional()
			.map(this::withMembers);
	}

	/**
	 * Locks the proposal's row until the transaction ends: seats are taken one at a time.
	 */
	public void lock(UUID proposalId) {
		this.jdbc.sql("select id from group_proposal where id = :id for update")
			.param("id", proposalId)
			.query(UUID.class)
			.list();
	}

	/** The community's proposals not yet a group, oldest first. */
	public List<GroupProposal> open(UUID communityId, int limit) {
		List<GroupProposal> rows = this.jdbc
			.sql(SELECT + " where community_id = :c and group_id is null order by created_at, id limit :limit")
			.param("c", communityId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
		Map<UUID, List<SmallGroup.Member>> members = new HashMap<>();
		if (!rows.isEmpty()) {
			this.jdbc.sql("""
					select pm.proposal_id, pm.member_id, pm.display_name from group_proposal_member pm
					join group_proposal p on p.id = pm.proposal_id
					where p.community_id = :c and p.group_id is null order by pm.joined_at, pm.member_id""")
				.param("c", communityId)
				.query((rs, n) -> {
					members.computeIfAbsent(rs.getObject("proposal_id", UUID.class), (k) -> new ArrayList<>())
						.add(new SmallGroup.Member(rs.getObject("member_id", UUID.class),
								rs.getString("display_name")));
					return null;
				})
				.list();
		}
		return rows.stream().map((p) -> with(p, members.getOrDefault(p.id(), List.of()))).toList();
	}

	/** How many of the member's proposals in the community are not yet a group. */
	public int openBy(UUID communityId, UUID proposerId) {
		return this.jdbc.sql("""
				select count(*) from group_proposal
				where community_id = :c and proposer_id = :p and group_id is null""")
			.param("c", communityId)
			.param("p", proposerId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Writes the proposal's group (no organizer's season) and links the proposal to it.
	 */
	public void becomeGroup(UUID proposalId, SmallGroup group) {
		SmallGroupRows.insert(this.jdbc, null, group);
		this.jdbc.sql("update group_proposal set group_id = :g where id = :p")
			.param("g", group.id())
			.param("p", proposalId)
			.update();
	}

	private GroupProposal withMembers(GroupProposal proposal) {
		return with(proposal,
				this.jdbc.sql("""
						select member_id, display_name from group_proposal_member
						where proposal_id = :p order by joined_at, member_id""")
					.param("p", proposal.id())
					.query((rs, n) -> new SmallGroup.Member(rs.getObject("member_id", UUID.class),
							rs.getString("display_name")))
					.list());
	}

	private static GroupProposal with(GroupProposal p, List<SmallGroup.Member> members) {
		return new GroupProposal(p.id(), p.communityId(), p.proposerId(), p.topic(), p.mode(), p.city(), p.size(),
				p.sessions(), p.intervalDays(), p.firstAt(), p.groupId(), p.createdAt(), members);
	}

	private static GroupProposal row(ResultSet rs) throws SQLException {
		Timestamp first = rs.getTimestamp("first_at");
		return new GroupProposal(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("proposer_id", UUID.class), rs.getString("topic"), rs.getString("mode"),
				rs.getString("city"), rs.getInt("size"), rs.getInt("sessions"), rs.getInt("interval_days"),
				(first != null) ? first.toInstant() : null, rs.getObject("group_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), List.of());
	}

}
