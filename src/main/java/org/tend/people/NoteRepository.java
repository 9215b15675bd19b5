package org.tend.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's notes, newest first. */
	List<ListeningNote> findByPerson(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select id, person_id, kind, body, noted_on, created_at from listening_note
				where owner_id = :owner and person_id = :person
				order by noted_on desc, created_at desc""")
			.param("owner", ownerId)
			.param("person", personId)
			.query(NoteRepository::note)
			.list();
	}

	static ListeningNote note(ResultSet rs, int row) throws SQLException {
		return new ListeningNote(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				NoteKind.fromCode(rs.getString("kind")), rs.getString("body"), rs.getDate("noted_on").toLocalDate(),
				rs.getTimestamp("created_at").toInstant());
	}

}
