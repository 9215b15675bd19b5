package org.tend.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.people.ListeningNote;
import org.tend.people.NoteKind;

@Repository
public class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The person's notes, newest first. */
	public List<ListeningNote> findByPerson(UUID ownerId, UUID personId) {
		return this.jdbc.sql("""
				select id, person_id, kind, body, noted_on, created_at from listening_note
				where owner_id = :owner and person_id = :person
				order by noted_on desc, created_at desc""")
			.param("owner", ownerId)
			.param("person", personId)
			.query(NoteRepository::note)
			.list();
	}

	/** Every note of the member, person by person, oldest first. */
	public List<ListeningNote> findAll(UUID ownerId) {
		return this.jdbc.sql("""
				select id, person_id, kind, body, noted_on, created_at from listening_note
				where owner_id = :owner
				order by person_id, noted_on, created_at, id""")
			.param("owner", ownerId)
			.query(NoteRepository::note)
			.list();
	}

	void insert(UUID ownerId, ListeningNote note) {
		this.jdbc.sql("""
				insert into listening_note (id, owner_id, person_id, kind, body, noted_on, created_at)
				values (:id, :owner, :person, :kind, :body, :notedOn, :createdAt)""")
			.param("id", note.id())
			.param("owner", ownerId)
			.param("person", note.personId())
			.param("kind", note.kind().code())
			.param("body", note.text())
			.param("notedOn", Date.valueOf(note.notedOn()))
			.param("createdAt", Timestamp.from(note.createdAt()))
			.update();
	}

	boolean delete(UUID ownerId, UUID personId, UUID noteId) {
		return this.jdbc.sql("delete from listening_note where owner_id = :owner and person_id = :person and id = :id")
			.param("owner", ownerId)
			.param("person", personId)
			.param("id", noteId)
			.update() > 0;
	}

	static ListeningNote note(ResultSet rs, int row) throws SQLException {
		return new ListeningNote(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				NoteKind.fromCode(rs.getString("kind")), rs.getString("body"), rs.getDate("noted_on").toLocalDate(),
				rs.getTimestamp("created_at").toInstant());
	}

}
