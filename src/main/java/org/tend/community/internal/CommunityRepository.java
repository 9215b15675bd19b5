package org.tend.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.community.Cadence;
import org.tend.community.Community;
import org.tend.community.CommunitySettings;

/** The community table: settings and invite code. */
@Repository
public class CommunityRepository {

	private static final String COLUMNS = "c.id, c.name, c.description, c.cadence, c.open_day, c.open_minute, c.zone, "
			+ "c.repeat_window, c.again_limit, c.approval_required, c.invite_code, c.created_at";

	private final JdbcClient jdbc;

	CommunityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Community community) {
		this.jdbc.sql("""
				insert into community (id, name, description, cadence, open_day, open_minute, zone, repeat_window,
				  again_limit, approval_required, invite_code, created_at)
				values (:id, :name, :description, :cadence, :day, :minute, :zone, :window, :again, :approval, :code,
				  :created)""")
			.param("id", community.id())
			.param("name", community.name())
			.param("description", community.description(), java.sql.Types.VARCHAR)
			.param("cadence", community.cadence().code())
			.param("day", community.openDay().getValue())
			.param("minute", community.openTime().getHour() * 60 + community.openTime().getMinute())
			.param("zone", community.zone().getId())
			.param("window", community.repeatWindow())
			.param("again", community.againLimit())
			.param("approval", community.approvalRequired())
			.param("code", community.inviteCode())
			.param("created", Timestamp.from(community.createdAt()))
			.update();
	}

	public void update(UUID id, CommunitySettings settings) {
		this.jdbc.sql("""
				update community set name = :name, description = :description, cadence = :cadence, open_day = :day,
				  open_minute = :minute, zone = :zone, repeat_window = :window, again_limit = :again,
				  approval_required = :approval
				where id = :id""")
			.param("id", id)
			.param("name", settings.name())
			.param("description", settings.description(), java.sql.Types.VARCHAR)
			.param("cadence", settings.cadence().code())
			.param("day", settings.openDay().getValue())
			.param("minute", settings.openTime().getHour() * 60 + settings.openTime().getMinute())
			.param("zone", settings.zone().getId())
			.param("window", settings.repeatWindow())
			.param("again", settings.againLimit())
			.param("approval", settings.approvalRequired())
			.update();
	}

	public void changeCode(UUID id, String code) {
		this.jdbc.sql("update community set invite_code = :code where id = :id")
			.param("id", id)
			.param("code", code)
			.update();
	}

	public void delete(UUID id) {
		this.jdbc.sql("delete from community where id = :id").param("id", id).update();
	}

	public Optional<Community> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from community c where c.id = :id")
			.param("id", id)
			.query(CommunityRepository::community)
			.optional();
	}

	public Optional<Community> findByCode(String code) {
		return this.jdbc.sql("select " + COLUMNS + " from community c where c.invite_code = :code")
			.param("code", code)
			.query(CommunityRepository::community)
			.optional();
	}

	/** The communities the member belongs to (or waits to be let into), by name. */
	public List<Community> ofMember(UUID memberId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from community c join community_member m on m.community_id = c.id
				where m.member_id = :member order by lower(c.name), c.id""")
			.param("member", memberId)
			.query(CommunityRepository::community)
			.list();
	}

	/** Every community, a slice at a time by id (for the round job). */
	List<Community> after(UUID after, int limit) {
		String from = (after != null) ? " where c.id > :after" : "";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("select " + COLUMNS + " from community c" + from + " order by c.id fetch first :limit rows only")
			.param("limit", limit);
		return ((after != null) ? query.param("after", after) : query).query(CommunityRepository::community).list();
	}

	private static Community community(ResultSet rs, int row) throws SQLException {
		int minute = rs.getInt("open_minute");
		return new Community(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				Cadence.fromCode(rs.getString("cadence")), DayOfWeek.of(rs.getInt("open_day")),
				LocalTime.of(minute / 60, minute % 60), ZoneId.of(rs.getString("zone")), rs.getInt("repeat_window"),
				rs.getInt("again_limit"), rs.getBoolean("approval_required"), rs.getString("invite_code"),
				rs.getTimestamp("created_at").toInstant());
	}

}
