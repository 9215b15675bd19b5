package org.tend.introductions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.introductions.Answer;
import org.tend.introductions.IntroductionStatus;
import org.tend.shared.Secrets;

/**
 * The introductions, their two sides and the addresses that opted out. Every query about
 * a member's introductions names the owner; the public answer links find their side by
 * the hash of their secret alone, which is what they are.
 */
@Repository
public class IntroductionRepository {

	private static final String COLUMNS = "id, owner_id, person_a, person_b, message, status, created_at, expires_at, decided_at";

	private static final String SIDE_COLUMNS = "introduction_id, side, person_id, email, reason, answer, answered_at";

	private static final String EXPIRE = """
			update introduction set status = 'expired', pending_pair = null, decided_at = :now
			where status = 'asked' and expires_at <= :now""";

	private final JdbcClient jdbc;

	IntroductionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(IntroductionRow row, String pendingPair) {
		this.jdbc.sql("""
				insert into introduction (id, owner_id, person_a, person_b, message, status, pending_pair, created_at,
				  expires_at)
				values (:id, :owner, :a, :b, :message, 'asked', :pair, :created, :expires)""")
			.param("id", row.id())
			.param("owner", row.ownerId())
			.param("a", row.personA())
			.param("b", row.personB())
			.param("message", row.message())
			.param("pair", pendingPair)
			.param("created", Timestamp.from(row.createdAt()))
			.param("expires", Timestamp.from(row.expiresAt()))
			.update();
	}

	public void insertSide(SideRow side) {
		this.jdbc.sql("""
				insert into introduction_side (introduction_id, side, person_id, email, reason, answer)
				values (:id, :side, :person, :email, :reason, 'pending')""")
			.param("id", side.introductionId())
			.param("side", side.side())
			.param("person", side.personId())
			.param("email", side.email())
			.param("reason", side.reason())
			.update();
	}

	/**
	 * Stores the hash of a link's secret for a side (minted when its mail is sent; a
	 * retried mail adds another). False when the side does not exist.
	 */
	boolean insertLink(UUID introductionId, int side, LinkPurpose purpose, String hash, Instant now) {
		return this.jdbc.sql("""
				insert into introduction_link (hash, introduction_id, side, purpose, created_at)
				select :hash, introduction_id, side, :purpose, :now from introduction_side
				where introduction_id = :id and side = :side""")
			.param("hash", hash)
			.param("id", introductionId)
			.param("side", side)
			.param("purpose", purpose.code())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** How many introductions the member asked for since the given moment. */
	public int countAskedSince(UUID ownerId, Instant since) {
		return this.jdbc.sql("select count(*) from introduction where owner_id = :owner and created_at > :since")
			.param("owner", ownerId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** Marks the member's asked introductions whose time has run out as expired. */
	public int expire(UUID ownerId, Instant now) {
		return this.jdbc.sql(EXPIRE + " and owner_id = :owner")
			.param("now", Timestamp.from(now))
			.param("owner", ownerId)
			.update();
	}

	/**
	 * Marks every asked introduction whose time has run out as expired; answers how many.
	 */
	public int expireAll(Instant now) {
		return this.jdbc.sql(EXPIRE).param("now", Timestamp.from(now)).update();
	}

	public Optional<IntroductionRow> find(UUID ownerId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from introduction where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", ownerId)
			.query(IntroductionRepository::row)
			.optional();
	}

	/** The introduction behind a side found by its link (whose secret is the proof). */
	Optional<IntroductionRow> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from introduction where id = :id")
			.param("id", id)
			.query(IntroductionRepository::row)
			.optional();
	}

	/**
	 * The introduction, locked until the transaction ends: its two sides answer one after
	 * the other, so exactly one of them sees both yeses.
	 */
	Optional<IntroductionRow> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from introduction where id = :id for update")
			.param("id", id)
			.query(IntroductionRepository::row)
			.optional();
	}

	public List<SideRow> sides(UUID introductionId) {
		return this.jdbc
			.sql("select " + SIDE_COLUMNS + " from introduction_side where introduction_id = :id order by side")
			.param("id", introductionId)
			.query(IntroductionRepository::side)
			.list();
	}

	/** The side whose link of this purpose has a secret with this hash. */
	Optional<SideRow> sideByLinkHash(LinkPurpose purpose, String hash) {
		return this.jdbc.sql("""
				select %s from introduction_side s where exists (select 1 from introduction_link l
				  where l.hash = :hash and l.purpose = :purpose and l.introduction_id = s.introduction_id
				  and l.side = s.side)""".formatted(SIDE_COLUMNS))
			.param("hash", hash)
			.param("purpose", purpose.code())
			.query(IntroductionRepository::side)
			.optional();
	}

	/** Records a side's answer unless it answered before; true when this call did. */
	boolean answer(UUID introductionId, int side, Answer answer, Instant now) {
		return this.jdbc.sql("""
				update introduction_side set answer = :answer, answered_at = :now
				where introduction_id = :id and side = :side and answer = 'pending'""")
			.param("id", introductionId)
			.param("side", side)
			.param("answer", answer.code())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Closes an asked introduction as accepted or declined; true when this call did. */
	boolean decide(UUID id, IntroductionStatus status, Instant now) {
		return this.jdbc.sql("""
				update introduction set status = :status, pending_pair = null, decided_at = :now
				where id = :id and status = 'asked'""")
			.param("id", id)
			.param("status", status.code())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The member's introductions that involve the person, newest first. */
	public List<IntroductionRow> ofPerson(UUID ownerId, UUID personId, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from introduction where owner_id = :owner and (person_a = :person or person_b = :person)
				order by created_at desc, id fetch first :limit rows only""")
			.param("owner", ownerId)
			.param("person", personId)
			.param("limit", limit)
			.query(IntroductionRepository::row)
			.list();
	}

	/** How many introductions the member asked for, by status. */
	List<StatusCount> countsByStatus(UUID ownerId) {
		return this.jdbc.sql("select status, count(*) as n from introduction where owner_id = :owner group by status")
			.param("owner", ownerId)
			.query((rs, rowNum) -> new StatusCount(IntroductionStatus.fromCode(rs.getString("status")), rs.getInt("n")))
			.list();
	}

	/** Notes the follow-up promise an accepted introduction made. */
	void followUp(UUID id, UUID promiseId) {
		this.jdbc.sql("update introduction set follow_up_promise_id = :promise where id = :id")
			.param("id", id)
			.param("promise", promiseId)
			.update();
	}

	/** The follow-up promises of the member's accepted introductions. */
	List<UUID> followUpPromises(UUID ownerId) {
		return this.jdbc.sql("""
				select follow_up_promise_id from introduction
				where owner_id = :owner and status = 'accepted' and follow_up_promise_id is not null""")
			.param("owner", ownerId)
			.query(UUID.class)
			.list();
	}

	/**
	 * The key of an address in the opt-out list: a hash of the address as written without
	 * case or surrounding spaces, so the list holds no address itself.
	 */
	public static String addressHash(String email) {
		return Secrets.hash(email.strip().toLowerCase(Locale.ROOT));
	}

	void optOut(String addressHash, Instant now) {
		this.jdbc.sql("""
				insert into introduction_opt_out (address_hash, created_at) values (:hash, :now)
				on conflict do nothing""").param("hash", addressHash).param("now", Timestamp.from(now)).update();
	}

	public boolean optedOut(String addressHash) {
		return this.jdbc.sql("select count(*) from introduction_opt_out where address_hash = :hash")
			.param("hash", addressHash)
			.query(Long.class)
			.single() > 0;
	}

	private static IntroductionRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new IntroductionRow(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
				rs.getObject("person_a", UUID.class), rs.getObject("person_b", UUID.class), rs.getString("message"),
				IntroductionStatus.fromCode(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), (decided != null) ? decided.toInstant() : null);
	}

	private static SideRow side(ResultSet rs, int rowNum) throws SQLException {
		return new SideRow(rs.getObject("introduction_id", UUID.class), rs.getInt("side"),
				rs.getObject("person_id", UUID.class), rs.getString("email"), rs.getString("reason"),
				Answer.fromCode(rs.getString("answer")));
	}

	record StatusCount(IntroductionStatus status, int count) {
	}

}
