package org.tend.search;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tend.accounts.AccountsDeleting;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/** Search behaviour on a real database, run on H2 and on PostgreSQL by the subclasses. */
// Spring 7 does not apply the subclass's @JdbcTest transaction to inherited test methods:
// declare it here so that every test rolls back, on PostgreSQL too.
@Transactional
abstract class SearchIndexContract {

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DataSource dataSource;

	private UUID owner;

	private final UUID ana = UUID.randomUUID();

	private final UUID bo = UUID.randomUUID();

	@BeforeEach
	void member() {
		this.owner = account();
	}

	@Test
	void findsPeopleByTheStartOfAnyIndexedWord() {
		this.index.index(this.owner, SearchSource.NOTE, UUID.randomUUID(), List.of(this.ana),
				"Building a climate dataset for the city of Málaga");
		this.index.index(this.owner, SearchSource.PERSON, UUID.randomUUID(), List.of(this.bo), "Bo Chen, Acme");

		List<PersonMatches> found = this.index.search(this.owner, "who works on clim data?", 10);

		assertThat(found).singleElement().satisfies((matches) -> {
			assertThat(matches.personId()).isEqualTo(this.ana);
			assertThat(matches.score()).isEqualTo(2);
			assertThat(matches.matches()).singleElement()
				.satisfies((match) -> assertThat(match.snippet()).contains("climate dataset"));
		});
		assertThat(this.index.search(this.owner, "malaga", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.ana);
	}

	@Test
	void ranksPeopleMatchingMoreWordsFirst() {
		this.index.index(this.owner, SearchSource.EXCHANGE, UUID.randomUUID(), List.of(this.bo),
				"Asked me for help with hiring a data engineer");
		this.index.index(this.owner, SearchSource.NOTE, UUID.randomUUID(), List.of(this.ana), "hiring plans");

		assertThat(this.index.search(this.owner, "help hiring", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.bo, this.ana);
	}

	@Test
	void neverFindsAnotherMembersText() {
		UUID stranger = account();
		this.index.index(stranger, SearchSource.NOTE, UUID.randomUUID(), List.of(this.bo), "secret climate plans");

		assertThat(this.index.search(this.owner, "climate", 10)).isEmpty();
	}

	@Test
	void reindexingReplacesTheOldTextAndRemovingForgetsIt() {
		UUID note = UUID.randomUUID();
		this.index.index(this.owner, SearchSource.NOTE, note, List.of(this.ana), "sailing");
		this.index.index(this.owner, SearchSource.NOTE, note, List.of(this.ana), "climbing");

		assertThat(this.index.search(this.owner, "sailing", 10)).isEmpty();
		assertThat(this.index.search(this.owner, "climbing", 10)).hasSize(1);

		this.index.remove(this.owner, SearchSource.NOTE, note);
		assertThat(this.index.search(this.owner, "climbing", 10)).isEmpty();
	}

	@Test
	void removingAPersonForgetsEverythingFoundThroughThem() {
		this.index.index(this.owner, SearchSource.MEETING, UUID.randomUUID(), List.of(this.ana, this.bo),
				"Tapas at the harbour");
		this.index.removePerson(this.owner, this.ana);

		assertThat(this.index.search(this.owner, "tapas", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.bo);
	}

	@Test
	void removingLeavesNoWordBehind() {
		UUID note = UUID.randomUUID();
		this.index.index(this.owner, SearchSource.NOTE, note, List.of(this.ana), "sailing in the fjords");
		this.index.index(this.owner, SearchSource.MEETING, UUID.randomUUID(), List.of(this.bo), "Tapas at the harbour");
		this.index.indexNew(this.owner, SearchSource.PERSON,
				List.of(new SearchIndex.Entry(this.bo, List.of(this.bo), "Bo Chen\nAcme, Verdant Labs")));

		this.index.remove(this.owner, SearchSource.NOTE, note);
		assertThat(wordsOf(this.owner)).isEqualTo(7);
		this.index.removePerson(this.owner, this.bo);

		assertThat(wordsOf(this.owner)).isZero();
		assertThat(this.jdbc.sql("select count(*) from search_document where owner_id = :owner")
			.param("owner", this.owner)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void replacingManyEntriesAtOnceForgetsTheirOldWordsOnly() {
		this.index.indexNew(this.owner, SearchSource.PERSON,
				List.of(new SearchIndex.Entry(this.ana, List.of(this.ana), "Ana, Old Corp"),
						new SearchIndex.Entry(this.bo, List.of(this.bo), "Bo, Old Corp")));
		this.index.index(this.owner, SearchSource.NOTE, UUID.randomUUID(), List.of(this.ana), "old boats");

		this.index.replaceAll(this.owner, SearchSource.PERSON,
				List.of(new SearchIndex.Entry(this.ana, List.of(this.ana), "Ana Lima, Verdant Labs")));

		assertThat(this.index.search(this.owner, "verdant", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.ana);
		assertThat(this.index.search(this.owner, "corp", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.bo);
		assertThat(this.index.search(this.owner, "old", 10)).extracting(PersonMatches::personId)
			.containsExactlyInAnyOrder(this.ana, this.bo);
		assertThat(wordsOf(this.owner)).as("ana lima verdant labs, bo old corp, old boats").isEqualTo(4 + 3 + 2);
	}

	@Test
	void deletingAnAccountForgetsItsWordsAndNoOneElses() {
		UUID leaving = account();
		this.index.index(leaving, SearchSource.NOTE, UUID.randomUUID(), List.of(this.ana), "climate plans");
		this.index.index(this.owner, SearchSource.NOTE, UUID.randomUUID(), List.of(this.bo), "climate plans");

		this.events.publishEvent(new AccountsDeleting(Set.of(leaving)));
		this.jdbc.sql("delete from account where id = :id").param("id", leaving).update();

		assertThat(wordsOf(leaving)).isZero();
		assertThat(wordsOf(this.owner)).isEqualTo(2);
		assertThat(this.index.search(this.owner, "climate", 10)).extracting(PersonMatches::personId)
			.containsExactly(this.bo);
	}

	@Test
	void theWordsHaveNoForeignKeyToCheckOnEachInsert() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(hasForeignKey(connection, "search_token")).as("search_token references nothing (V14)").isFalse();
			assertThat(hasForeignKey(connection, "search_document")).as("the documents keep their key to the account")
				.isTrue();
		}
	}

	private static boolean hasForeignKey(Connection connection, String table) throws SQLException {
		try (ResultSet keys = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
			return keys.next();
		}
	}

	private long wordsOf(UUID ownerId) {
		return this.jdbc.sql("select count(*) from search_token where owner_id = :owner")
			.param("owner", ownerId)
			.query(Long.class)
			.single();
	}

	private UUID account() {
		return new SmallJournal(this.jdbc).account("Member");
	}

}
