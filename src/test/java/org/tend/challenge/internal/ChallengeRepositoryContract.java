package org.tend.challenge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.challenge.ChallengeSettings;
import org.tend.challenge.Pace;
import org.tend.challenge.Photo;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The challenge's tables, the same tests on H2 and PostgreSQL (subclasses).
 * {@code @Transactional} sits here, where the tests are declared, so each rolls back.
 */
@Transactional
abstract class ChallengeRepositoryContract {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	ChallengeRepository challenge;

	@Autowired
	ShareCardRepository shareCards;

	@Autowired
	JdbcClient jdbc;

	private UUID ana;

	private UUID bo;

	private UUID zoe;

	private UUID coffee;

	@BeforeEach
	void rows() {
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.ana = rows.account("ana");
		this.bo = rows.account("bo");
		this.zoe = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, owner_id, name, sort_name, created_at, updated_at)
				values (:id, :owner, 'Zoë Ñúñez 🌱', 'zoë ñúñez 🌱', :now, :now)""")
			.param("id", this.zoe)
			.param("owner", this.ana)
			.param("now", Timestamp.from(NOW))
			.update();
		this.coffee = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting (id, owner_id, kind, mode, starts_at, status, created_at, updated_at)
				values (:id, :owner, 'coffee', 'in_person', :now, 'happened', :now, :now)""")
			.param("id", this.coffee)
			.param("owner", this.ana)
			.param("now", Timestamp.from(NOW))
			.update();
	}

	@Test
	void settingsDefaultToNothingStoredAndAreReplacedWhenSavedAgain() {
		assertThat(this.challenge.settings(this.ana)).isEmpty();

		this.challenge.saveSettings(this.ana, new ChallengeSettings(2, Pace.FORTNIGHTLY), NOW);
		this.challenge.saveSettings(this.ana, new ChallengeSettings(3, Pace.WEEKLY), NOW);

		assertThat(this.challenge.settings(this.ana)).contains(new ChallengeSettings(3, Pace.WEEKLY));
		assertThat(this.challenge.settings(this.bo)).isEmpty();
	}

	@Test
	void dismissalsLastOneWeekAndBelongToOneMember() {
		this.challenge.dismiss(this.ana, "2026-W48", this.zoe, NOW);
		this.challenge.dismiss(this.ana, "2026-W48", this.zoe, NOW);

		assertThat(this.challenge.dismissed(this.ana, "2026-W48")).containsExactly(this.zoe);
		assertThat(this.challenge.dismissed(this.ana, "2026-W49")).isEmpty();
		assertThat(this.challenge.dismissed(this.bo, "2026-W48")).isEmpty();
	}

	@Test
	void aShareCardKeepsItsPhotoUntilRemoved() {
		Photo photo = new Photo("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 });

		this.shareCards.save(this.ana, this.coffee, "#slownetworking", false, photo, false, NOW);
		this.shareCards.save(this.ana, this.coffee, "#slownetworking with Zoë", true, null, false, NOW);

		assertThat(this.shareCards.find(this.ana, this.coffee)).contains(new ShareCardRepository.Stored(true, true));
		assertThat(this.shareCards.photo(this.ana, this.coffee).orElseThrow().bytes()).isEqualTo(photo.bytes());
		assertThat(this.shareCards.photo(this.bo, this.coffee)).isEmpty();
		assertThat(this.shareCards.find(this.bo, this.coffee)).isEmpty();

		this.shareCards.save(this.ana, this.coffee, "#slownetworking", true, null, true, NOW);
		assertThat(this.shareCards.photo(this.ana, this.coffee)).isEmpty();
	}

}
