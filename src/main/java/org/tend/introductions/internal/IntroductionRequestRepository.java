package org.tend.introductions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.introductions.IntroductionRequest;
import org.tend.introductions.RequestLimits;
import org.tend.introductions.RequestStatus;

/**
 * Requests for an introduction and members' limits on them. Every query names the member
 * it is for: a request is found only by its asker or by the member asked.
 */
@Repository
public class IntroductionRequestRepository {

	private static final String COLUMNS = """
			id, community_id, asker_id, asker_name, introducer_id, introducer_name, text, status, introduction_id,
			created_at, answered_at\s""";

	private final JdbcClient jdbc;

	IntroductionRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(RequestRow row) {
		this.jdbc
			.sql("""
					insert into introduction_request (id, community_id, asker_id, asker_name, introducer_id, introducer_name,
					  text, status, created_at)
					values (:id, :community, :asker, :askerName, :introducer, :introducerName, :text, 'pending', :created)""")
			.param("id", row.id())
			.param("community", row.communityId())
			.param("asker", row.askerId())
			.param("askerName", row.askerName())
			.param("introducer", row.introducerId())
			.param("introducerName", row.introducerName())
			.param("text", row.text())
			.param("created", Timestamp.from(row.createdAt()))
			.update();
	}

	/** The requests the member sent or received, newest first. */
	public List<RequestRow> ofMember(UUID memberId, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from introduction_request where asker_id = :member or introducer_id = :member
				order by created_at desc, id fetch first :limit rows only""")
			.param("member", memberId)
			.param("limit", limit)
			.query(IntroductionRequestRepository::row)
			.list();
	}

	/** A request the member received, locked until the transaction ends. */
	public Optional<RequestRow> lockIncoming(UUID introducerId, UUID id) {
		return incoming(introducerId, id, " for update");
	}

	public Optional<RequestRow> findIncoming(UUID introducerId, UUID id) {
		return incoming(introducerId, id, "");
	}

	private Optional<RequestRow> incoming(UUID introducerId, UUID id, String lock) {
		return this.jdbc.sql("select " + COLUMNS + """
				from introduction_request where id = :id and introducer_id = :member""" + lock)
			.param("id", id)
			.param("member", introducerId)
			.query(IntroductionRequestRepository::row)
			.optional();
	}

	/**
	 * The request an introduction answered, if any (read once per accepted introduction:
	 * no index needed).
	 */
	Optional<RequestRow> byIntroduction(UUID introductionId) {
		return this.jdbc.sql("select " + COLUMNS + " from introduction_request where introduction_id = :introduction")
			.param("introduction", introductionId)
			.query(IntroductionRequestRepository::row)
			.optional();
	}

	/** Closes a pending request; true when this call did. */
	public boolean answer(UUID introducerId, UUID id, RequestStatus status, UUID introductionId, Instant now) {
		return this.jdbc.sql("""
				update introduction_request set status = :status, introduction_id = :introduction, answered_at = :now
				where id = :id and introducer_id = :member and status = 'pending'""")
			.param("id", id)
			.param("member", introducerId)
			.param("status", status.code())
			.param("introduction", introductionId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** How many requests the member sent since the given moment. */
	public int countSentSince(UUID askerId, Instant since) {
		return this.jdbc
			.sql("select count(*) from introduction_request where asker_id = :member and created_at > :since")
			.param("member", askerId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	/** How many requests the member received since the given moment. */
	public int countReceivedSince(UUID introducerId, Instant since) {
		return this.jdbc
			.sql("select count(*) from introduction_request where introducer_id = :member and created_at >= :since")
			.param("member", introducerId)
			.param("since", Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	public RequestLimits limits(UUID memberId) {
		return this.jdbc.sql("select paused, monthly_cap from introduction_request_limits where member_id = :member")
			.param("member", memberId)
			.query((rs, rowNum) -> new RequestLimits(rs.getBoolean("paused"),
					(rs.getObject("monthly_cap") != null) ? rs.getInt("monthly_cap") : null))
			.optional()
			.orElse(RequestLimits.OPEN);
	}

	public void saveLimits(UUID memberId, RequestLimits limits) {
		int updated = this.jdbc.sql(
				"update introduction_request_limits set paused = :paused, monthly_cap = :cap where member_id = :member")
			.param("member", memberId)
			.param("paused", limits.paused())
			.param("cap", limits.monthlyCap())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into introduction_request_limits (member_id, paused, monthly_cap) values (:member, :paused, :cap)
						on conflict do nothing""")
				.param("member", memberId)
				.param("paused", limits.paused())
				.param("cap", limits.monthlyCap())
				.update();
		}
	}

	private static RequestRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("asker_id", UUID.class), rs.getString("asker_name"),
				rs.getObject("introducer_id", UUID.class), rs.getString("introducer_name"), rs.getString("text"),
				RequestStatus.fromCode(rs.getString("status")), rs.getObject("introduction_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), (answered != null) ? answered.toInstant() : null);
	}

	/** A request as stored. */
	public record RequestRow(UUID id, UUID communityId, UUID askerId, String askerName, UUID introducerId,
			String introducerName, String text, RequestStatus status, UUID introductionId, Instant createdAt,
			Instant answeredAt) {

		/** The request as the given member (its asker or the member asked) sees it. */
		public IntroductionRequest seenBy(UUID memberId) {
			boolean incoming = memberId.equals(this.introducerId);
			return new IntroductionRequest(this.id, this.communityId,
					incoming ? IntroductionRequest.Way.INCOMING : IntroductionRequest.Way.OUTGOING,
					incoming ? this.askerId : this.introducerId, incoming ? this.askerName : this.introducerName,
					this.text, this.status, this.createdAt, this.answeredAt, incoming ? this.introductionId : null);
		}

	}

}
