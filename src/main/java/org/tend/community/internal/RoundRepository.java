package org.tend.community.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.community.RoundFigures;
import org.tend.community.matching.MemberPair;
import org.tend.community.matching.RepeatWindow.PairHistory;
import org.tend.shared.BulkInsert;

/**
 * Published rounds, their groups and who was left out. Every statement names the
 * community.
 */
@Repository
public class RoundRepository {

	private static final String PAIRINGS = """
			select g.id, g.community_id, r.id as round_id, r.number, g.score, g.reasons, g.suggested_at, gm.outcome, gm.rating, gm.note,
			  gm.recorded, gm.meet_again, g.meeting
			from community_group_member gm join community_group g on g.id = gm.group_id
			  join community_round r on r.id = g.round_id
			""";

	private static final BulkInsert.Table GROUPS = BulkInsert.Table.of("community_group", "id", "round_id",
			"community_id", "score", "reasons", "suggested_at", "repeated", "meeting", "again_asked");

	private static final BulkInsert.Table GROUP_MEMBERS = BulkInsert.Table.of("community_group_member", "group_id",
			"member_id", "community_id", "display_name", "recorded");

	private static final BulkInsert.Table LEFT_OUT = BulkInsert.Table.of("community_left_out", "round_id", "member_id",
			"reason");

	private final JdbcClient jdbc;

	private final BulkInsert bulk;

	RoundRepository(JdbcClient jdbc, BulkInsert bulk) {
		this.jdbc = jdbc;
		this.bulk = bulk;
	}

	public void insertRound(UUID id, UUID communityId, int number, LocalDate periodStart, Instant opensAt, Instant now,
			int active, int eligible) {
		this.jdbc
			.sql("""
					insert into community_round (id, community_id, number, period_start, opens_at, published_at, active, eligible)
					values (:id, :c, :number, :period, :opens, :now, :active, :eligible)""")
			.param("id", id)
			.param("c", communityId)
			.param("number", number)
			.param("period", Date.valueOf(periodStart))
			.param("opens", Timestamp.from(opensAt))
			.param("now", Timestamp.from(now))
			.param("active", active)
			.param("eligible", eligible)
			.update();
	}

	public boolean exists(UUID communityId, LocalDate periodStart) {
		return this.jdbc.sql("select count(*) from community_round where community_id = :c and period_start = :p")
			.param("c", communityId)
			.param("p", Date.valueOf(periodStart))
			.query(Long.class)
			.single() > 0;
	}

	/** The start of the latest period with a round, if any. */
	Optional<LocalDate> latestPeriod(UUID communityId) {
		return this.jdbc.sql("select max(period_start) from community_round where community_id = :c")
			.param("c", communityId)
			.query((rs, row) -> rs.getDate(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(Date::toLocalDate);
	}

	public int lastNumber(UUID communityId) {
		return this.jdbc.sql("select coalesce(max(number), 0) from community_round where community_id = :c")
			.param("c", communityId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Writes a published round's groups, their members and who was left out, each table
	 * in one bulk insert (COPY on PostgreSQL): a round of 10,000 members is 15,000 rows.
	 */
	public void insertGroups(UUID roundId, UUID communityId, List<NewGroup> groups, List<LeftOutRow> leftOut) {
		List<Object[]> groupRows = new ArrayList<>(groups.size());
		List<Object[]> memberRows = new ArrayList<>(groups.size() * 2);
		for (NewGroup group : groups) {
			String text = String.join("\n", group.reasons());
			groupRows.add(new Object[] { group.id(), roundId, communityId, group.score(),
					(text.length() <= 4000) ? text : text.substring(0, 4000), Timestamp.from(group.suggestedAt()),
					group.meeting() > 1, group.meeting(), group.againAsked() });
			for (Partner member : group.members()) {
				memberRows
					.add(new Object[] { group.id(), member.memberId(), communityId, member.displayName(), false });
			}
		}
		this.bulk.insert(GROUPS, groupRows);
		this.bulk.insert(GROUP_MEMBERS, memberRows);
		this.bulk.insert(LEFT_OUT,
				leftOut.stream()
					.map((left) -> new Object[] { roundId, left.memberId(),
							(left.reason().length() <= 500) ? left.reason() : left.reason().substring(0, 500) })
					.toList());
	}

	/**
	 * A group of a round being published, with the names its members were introduced by.
	 */
	public record NewGroup(UUID id, int score, List<String> reasons, Instant suggestedAt, int meeting,
			boolean againAsked, List<Partner> members) {
	}

	public record LeftOutRow(UUID memberId, String reason) {
	}

	/**
	 * Every pair ever in a group of the community: how often, the latest round, and
	 * whether both asked to meet again on that latest group.
	 */
	public Map<MemberPair, PairHistory> pairHistory(UUID communityId) {
		record Place(UUID memberId, boolean meetAgain) {
		}
		Map<UUID, List<Place>> groups = new LinkedHashMap<>();
		Map<UUID, Integer> numbers = new HashMap<>();
		this.jdbc.sql("""
				select gm.group_id, r.number, gm.member_id, gm.meet_again from community_group_member gm
				  join community_group g on g.id = gm.group_id
				  join community_round r on r.id = g.round_id
				where gm.community_id = :c and g.community_id = :c and r.community_id = :c
				order by r.number, gm.group_id""").param("c", communityId).query((rs) -> {
			UUID group = rs.getObject(1, UUID.class);
			numbers.put(group, rs.getInt(2));
			groups.computeIfAbsent(group, (k) -> new ArrayList<>())
				.add(new Place(rs.getObject(3, UUID.class), rs.getBoolean(4)));
		});
		Map<MemberPair, PairHistory> history = new HashMap<>();
		groups.forEach((group, members) -> {
			int number = numbers.get(group);
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					Place x = members.get(i);
					Place y = members.get(j);
					PairHistory before = history.get(MemberPair.of(x.memberId(), y.memberId()));
					// rows come oldest round first, so the latest group decides the ask
					history.put(MemberPair.of(x.memberId(), y.memberId()), new PairHistory(
							(before != null) ? before.meetings() + 1 : 1, number, x.meetAgain() && y.meetAgain()));
				}
			}
		});
		return history;
	}

	/** Who the community's latest round left out: they come first in the next. */
	Set<UUID> leftOutLastRound(UUID communityId) {
		return new HashSet<>(this.jdbc
			.sql("""
					select lo.member_id from community_left_out lo join community_round r on r.id = lo.round_id
					where r.community_id = :c and r.number = (select max(number) from community_round where community_id = :c)""")
			.param("c", communityId)
			.query(UUID.class)
			.list());
	}

	/** The member's groups, newest first, across their communities. */
	public List<PairingRow> pairingsOf(UUID memberId, int limit) {
		return this.jdbc.sql(PAIRINGS + """
				where gm.member_id = :m order by r.published_at desc, g.id fetch first :limit rows only""")
			.param("m", memberId)
			.param("limit", limit)
			.query(RoundRepository::pairing)
			.list();
	}

	/** One of the member's groups (empty when they were not in it). */
	public Optional<PairingRow> pairingOf(UUID memberId, UUID groupId) {
		return this.jdbc.sql(PAIRINGS + " where gm.member_id = :m and gm.group_id = :g")
			.param("m", memberId)
			.param("g", groupId)
			.query(RoundRepository::pairing)
			.optional();
	}

	/** The others of each group: id and the name they were introduced by. */
	public Map<UUID, List<Partner>> partners(UUID memberId, Collection<UUID> groupIds) {
		Map<UUID, List<Partner>> partners = new LinkedHashMap<>();
		if (groupIds.isEmpty()) {
			return partners;
		}
		this.jdbc.sql("""
				select group_id, member_id, display_name from community_group_member
				where group_id in (:groups) and member_id <> :m order by display_name, member_id""")
			.param("groups", groupIds)
			.param("m", memberId)
			.query((rs) -> {
				partners.computeIfAbsent(rs.getObject("group_id", UUID.class), (k) -> new ArrayList<>())
					.add(new Partner(rs.getObject("member_id", UUID.class), rs.getString("display_name")));
			});
		return partners;
	}

	public void answer(UUID groupId, UUID memberId, String outcome, Integer rating, String note, Instant now) {
		this.jdbc.sql("""
				update community_group_member set outcome = :outcome, rating = :rating, note = :note, answered_at = :now
				where group_id = :g and member_id = :m""")
			.param("g", groupId)
			.param("m", memberId)
			.param("outcome", outcome)
			.param("rating", rating, java.sql.Types.INTEGER)
			.param("note", note, java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * How often the member and the partner were in one group of the community, and in how
	 * many of those the member answered "met".
	 */
	public int[] together(UUID memberId, UUID partnerId, UUID communityId) {
		return this.jdbc.sql("""
				select count(*), coalesce(sum(case when mine.outcome = 'met' then 1 else 0 end), 0)
				from community_group_member mine join community_group_member other on other.group_id = mine.group_id
				where mine.member_id = :m and mine.community_id = :c and other.member_id = :p""")
			.param("m", memberId)
			.param("p", partnerId)
			.param("c", communityId)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/**
	 * The member's "I'd like to meet again" on one of their groups; asking twice is once.
	 */
	public void askAgain(UUID groupId, UUID memberId) {
		this.jdbc.sql("update community_group_member set meet_again = true where group_id = :g and member_id = :m")
			.param("g", groupId)
			.param("m", memberId)
			.update();
	}

	/** True for the one call that marks the coffee recorded in the member's journal. */
	public boolean markRecorded(UUID groupId, UUID memberId) {
		return this.jdbc.sql("""
				update community_group_member set recorded = true
				where group_id = :g and member_id = :m and outcome = 'met' and recorded = false""")
			.param("g", groupId)
			.param("m", memberId)
			.update() == 1;
	}

	/** Counts per round, oldest first: never a text, a list or a name. */
	public List<RoundFigures> figures(UUID communityId, int limit) {
		return this.jdbc
			.sql("""
					select r.number, r.period_start, r.active, r.eligible,
					  (select count(*) from community_group g where g.round_id = r.id) as groups_count,
					  (select count(*) from community_group_member gm join community_group g on g.id = gm.group_id
					     where g.round_id = r.id) as paired,
					  (select count(*) from community_group g where g.round_id = r.id and exists (
					     select 1 from community_group_member gm where gm.group_id = g.id and gm.outcome = 'met')) as met,
					  (select count(*) from community_group g where g.round_id = r.id and exists (
					     select 1 from community_group_member gm where gm.group_id = g.id and gm.outcome is not null)) as answered,
					  (select count(*) from community_group g where g.round_id = r.id and g.repeated) as repeated,
					  (select count(*) from community_group g where g.round_id = r.id and g.again_asked) as again_groups,
					  (select count(*) from community_group g where g.round_id = r.id and g.meeting = 2) as second_meetings,
					  (select count(*) from community_group g where g.round_id = r.id and g.meeting >= 3) as third_meetings
					from community_round r where r.community_id = :c
					order by r.number desc fetch first :limit rows only""")
			.param("c", communityId)
			.param("limit", limit)
			.query((rs, row) -> new RoundFigures(rs.getInt("number"), rs.getDate("period_start").toLocalDate(),
					rs.getInt("active"), rs.getInt("eligible"), rs.getInt("paired"), rs.getInt("groups_count"),
					rs.getInt("met"), rs.getInt("answered"), rs.getInt("repeated"), rs.getInt("again_groups"),
					rs.getInt("second_meetings"), rs.getInt("third_meetings")))
			.list()
			.reversed();
	}

	private static PairingRow pairing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PairingRow(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("round_id", UUID.class), rs.getInt("number"), rs.getInt("score"),
				Texts.split(rs.getString("reasons")), rs.getTimestamp("suggested_at").toInstant(),
				rs.getString("outcome"), (Integer) rs.getObject("rating"), rs.getString("note"),
				rs.getBoolean("recorded"), rs.getBoolean("meet_again"), rs.getInt("meeting"));
	}

	public record PairingRow(UUID groupId, UUID communityId, UUID roundId, int round, int score, List<String> reasons,
			Instant suggestedAt, String outcome, Integer rating, String note, boolean recorded, boolean askedAgain,
			int meeting) {
	}

	public record Partner(UUID memberId, String displayName) {
	}

}
