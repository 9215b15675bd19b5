package org.tend.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which person of a member's journal stands for a community partner, once a coffee with
 * them was recorded: the next coffee joins the same person. Every statement names the
 * member.
 */
@Repository
public class JournalPeople {

	private final JdbcClient jdbc;

	JournalPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> person(UUID memberId, UUID communityId, UUID partnerId) {
		return this.jdbc.sql("""
				select person_id from community_journal_person
				where member_id = :m and community_id = :c and partner_id = :p""")
			.param("m", memberId)
			.param("c", communityId)
			.param("p", partnerId)
			.query(UUID.class)
			.optional();
	}

	public void link(UUID memberId, UUID communityId, UUID partnerId, UUID personId) {
		this.jdbc.sql("""
				delete from community_journal_person where member_id = :m and community_id = :c and partner_id = :p""")
			.param("m", memberId)
			.param("c", communityId)
			.param("p", partnerId)
			.update();
		this.jdbc.sql("""
				insert into community_journal_person (community_id, member_id, partner_id, person_id)
				values (:c, :m, :p, :person)""")
			.param("m", memberId)
			.param("c", communityId)
			.param("p", partnerId)
			.param("person", personId)
			.update();
	}

	/** The community partners a person of the member's journal was recorded from. */
	public List<Link> partnersOf(UUID memberId, UUID personId) {
		return this.jdbc.sql("""
				select community_id, partner_id from community_journal_person
				where member_id = :m and person_id = :person order by community_id""")
			.param("m", memberId)
			.param("person", personId)
			.query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
	}

	public record Link(UUID communityId, UUID partnerId) {
	}

}
