package org.tend.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.AccountsDeleting;
import org.tend.support.OnH2;

import static org.assertj.core.api.Assertions.assertThat;

@OnH2
class DemoAccountsCleanupTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyDemoAccountsOlderThanTheirKeepingTime() {
		UUID oldDemo = insert(true, NOW.minus(DemoAccountsCleanup.KEEP_FOR).minusSeconds(60));
		UUID freshDemo = insert(true, NOW.minusSeconds(3600));
		UUID oldMember = insert(false, NOW.minusSeconds(86400 * 400L));

		List<Object> published = new ArrayList<>();

		int deleted = new DemoAccountsCleanup(this.jdbc, Clock.fixed(NOW, ZoneOffset.UTC),
				new AccountDeletion(this.jdbc, published::add))
			.deleteExpired();

		assertThat(deleted).isEqualTo(1);
		assertThat(this.jdbc.sql("select id from account").query(UUID.class).list()).contains(freshDemo, oldMember)
			.doesNotContain(oldDemo);
		assertThat(published).containsExactly(new AccountsDeleting(Set.of(oldDemo)));
	}

	@Test
	void tellsNothingWhenNoAccountHasExpired() {
		insert(true, NOW.minusSeconds(3600));
		List<Object> published = new ArrayList<>();

		int deleted = new DemoAccountsCleanup(this.jdbc, Clock.fixed(NOW, ZoneOffset.UTC),
				new AccountDeletion(this.jdbc, published::add))
			.deleteExpired();

		assertThat(deleted).isZero();
		assertThat(published).isEmpty();
	}

	private UUID insert(boolean demo, Instant createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, password_hash, display_name, demo, created_at)
				values (:id, :email, 'x', 'Demo', :demo, :createdAt)""")
			.param("id", id)
			.param("email", id + "@demo.tend.invalid")
			.param("demo", demo)
			.param("createdAt", Timestamp.from(createdAt))
			.update();
		return id;
	}

}
