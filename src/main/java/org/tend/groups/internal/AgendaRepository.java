package org.tend.groups.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.groups.AgendaItem;

/** A group's agenda; read only through one of the group's members. */
@Repository
public class AgendaRepository {

	private static final String SELECT = """
			select a.id, a.group_id, a.author_id, au.display_name, a.text, a.created_at
			from group_agenda_item a
			join small_group_member me on me.group_id = a.group_id and me.member_id = :viewer
			left join small_group_member au on au.group_id = a.group_id and au.member_id = a.author_id
			""";

	private final JdbcClient jdbc;

	AgendaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(AgendaItem item) {
		this.jdbc.sql("""
				insert into group_agenda_item (id, group_id, author_id, text, created_at)
				values (:id, :g, :a, :t, :at)""")
			.param("id", item.id())
			.param("g", item.groupId())
			.param("a", item.authorId())
			.param("t", item.text())
			.param("at", Timestamp.from(item.createdAt()))
			.update();
	}

	/** The group's items, oldest first, when the viewer is one of its members. */
	public List<AgendaItem> items(UUID viewerId, UUID groupId) {
		return this.jdbc.sql(SELECT + " where a.group_id = :g order by a.created_at, a.id")
			.param("viewer", viewerId)
			.param("g", groupId)
			.query((rs, n) -> item(rs))
			.list();
	}

	public Optional<AgendaItem> item(UUID viewerId, UUID groupId, UUID itemId) {
		return this.jdbc.sql(SELECT + " where a.group_id = :g and a.id = :id")
			.param("viewer", viewerId)
			.param("g", groupId)
			.param("id", itemId)
			.query((rs, n) -> item(rs))
			.optional();
	}

	public int count(UUID groupId) {
		return this.jdbc.sql("select count(*) from group_agenda_item where group_id = :g")
			.param("g", groupId)
			.query(Integer.class)
			.single();
	}

	/** Removes the item when the author is the one asking; false otherwise. */
	public boolean delete(UUID authorId, UUID groupId, UUID itemId) {
		return this.jdbc.sql("delete from group_agenda_item where id = :id and group_id = :g and author_id = :a")
			.param("id", itemId)
			.param("g", groupId)
			.param("a", authorId)
			.update() == 1;
	}

	private static AgendaItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AgendaItem(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("display_name"), rs.getString("text"),
				rs.getTimestamp("created_at").toInstant());
	}

}
