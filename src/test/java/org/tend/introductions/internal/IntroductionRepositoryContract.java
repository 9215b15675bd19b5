package org.tend.introductions.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.tend.introductions.Answer;
import org.tend.introductions.IntroductionStatus;
import org.tend.shared.Secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The introduction tables on each database: one pending ask per pair, answers recorded
 * once, expiry freeing the pair, opt-outs idempotent.
 */
@Transactional
abstract class IntroductionRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IntroductionRepository introductions;

	UUID ana;

	UUID zoe;

	UUID li;

	@BeforeEach
	void journal() {
		this.ana = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, time_zone, demo, created_at)
				values (:id, :email, 'x', 'Ana', 'UTC', false, :now)""")
			.param("id", this.ana)
			.param("email", "ana-" + this.ana + "@example.org")
			.param("now", Timestamp.from(NOW))
			.update();
		this.zoe = person("Zoë");
		this.li = person("李小龍");
	}

	@Test
	void aPairIsAskedOnceWhileAsked() {
		ask(NOW);
		// the last statement: on PostgreSQL the refused insert ends the transaction
		assertThatThrownBy(() -> this.introductions.insert(row(NOW.plusSeconds(60)), this.zoe + ":" + this.li))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void anExpiredAskFreesThePair() {
		IntroductionRow first = ask(NOW);
		assertThat(this.introductions.expire(this.ana, NOW.plus(Duration.ofDays(13)))).isZero();
		assertThat(this.introductions.expire(this.ana, NOW.plus(Duration.ofDays(14)))).isEqualTo(1);
		assertThat(this.introductions.find(this.ana, first.id()).orElseThrow().status())
			.isEqualTo(IntroductionStatus.EXPIRED);
		ask(NOW.plus(Duration.ofDays(14)));
		assertThat(this.introductions.countAskedSince(this.ana, NOW.minusSeconds(1))).isEqualTo(2);
	}

	@Test
	void aSideAnswersOnceAndAnIntroductionIsDecidedOnce() {
		IntroductionRow asked = ask(NOW);
		String secret = Secrets.newSecret("");
		this.introductions.insertSide(new SideRow(asked.id(), 0, this.zoe, "zoe@example.org", "why", Answer.PENDING));
		assertThat(this.introductions.insertLink(asked.id(), 0, LinkPurpose.ANSWER, Secrets.hash(secret), NOW))
			.isTrue();
		assertThat(this.introductions.insertLink(asked.id(), 1, LinkPurpose.ANSWER, "no such side", NOW)).isFalse();

		assertThat(this.introductions.lock(asked.id())).isPresent();
		assertThat(this.introductions.sideByLinkHash(LinkPurpose.ANSWER, Secrets.hash(secret))).isPresent();
		assertThat(this.introductions.sideByLinkHash(LinkPurpose.UNSUBSCRIBE, Secrets.hash(secret))).isEmpty();
		assertThat(this.introductions.answer(asked.id(), 0, Answer.YES, NOW)).isTrue();
		assertThat(this.introductions.answer(asked.id(), 0, Answer.NO, NOW)).isFalse();
		assertThat(this.introductions.sides(asked.id())).extracting(SideRow::answer).containsExactly(Answer.YES);
		assertThat(this.introductions.decide(asked.id(), IntroductionStatus.DECLINED, NOW)).isTrue();
		assertThat(this.introductions.decide(asked.id(), IntroductionStatus.ACCEPTED, NOW)).isFalse();
		assertThat(this.introductions.ofPerson(this.ana, this.li, 10)).extracting(IntroductionRow::status)
			.containsExactly(IntroductionStatus.DECLINED);
	}

	@Test
	void anOptOutIsKeptOnce() {
		String address = IntroductionRepository.addressHash(" Zoe@Example.org ");
		assertThat(this.introductions.optedOut(address)).isFalse();
		this.introductions.optOut(address, NOW);
		this.introductions.optOut(address, NOW);
		assertThat(this.introductions.optedOut(IntroductionRepository.addressHash("zoe@example.org"))).isTrue();
	}

	private IntroductionRow ask(Instant at) {
		IntroductionRow row = row(at);
		this.introductions.insert(row, this.zoe + ":" + this.li);
		return row;
	}

	private IntroductionRow row(Instant at) {
		return new IntroductionRow(UUID.randomUUID(), this.ana, this.zoe, this.li, "", IntroductionStatus.ASKED, at,
				at.plus(Duration.ofDays(14)), null);
	}

	private UUID person(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, owner_id, name, sort_name, created_at, updated_at)
				values (:id, :owner, :name, :name, :now, :now)""")
			.param("id", id)
			.param("owner", this.ana)
			.param("name", name)
			.param("now", Timestamp.from(NOW))
			.update();
		return id;
	}

}
