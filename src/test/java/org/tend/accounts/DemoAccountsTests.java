package org.tend.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.accounts.HttpVisitor.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an open server a visitor may explore with sample data, a few times an hour from one
 * address; the demo account cannot make API tokens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tend.demo-per-hour=3")
class DemoAccountsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemoAccountCannotMakeApiTokens() {
		HttpVisitor browser = new HttpVisitor(this.port);
		browser.get("/");
		assertThat(browser.post("/demo").status()).isEqualTo(302);
		browser.get("/settings");

		Page refused = browser.post("/settings/tokens", "name", "Backup script");

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("tend_");
		assertThat(this.jdbc.sql("""
				select count(*) from access_token t join account a on a.id = t.account_id
				where a.demo = true""").query(Long.class).single()).isZero();
	}

	@Test
	void oneAddressMakesOnlyAFewDemoAccountsAnHour() {
		long before = demoAccounts();
		int created = 0;
		Page last = null;
		for (int i = 0; i < 5; i++) {
			HttpVisitor visitor = new HttpVisitor(this.port);
			visitor.get("/");
			last = visitor.post("/demo");
			if (last.status() == 302) {
				created++;
			}
		}

		assertThat(created).isLessThanOrEqualTo(3);
		assertThat(last.status()).isEqualTo(429);
		assertThat(demoAccounts() - before).isEqualTo(created);
	}

	private long demoAccounts() {
		return this.jdbc.sql("select count(*) from account where demo = true").query(Long.class).single();
	}

}
