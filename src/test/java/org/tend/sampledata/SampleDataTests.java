package org.tend.sampledata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tend.accounts.Account;
import org.tend.ledger.ExchangeFilter;
import org.tend.ledger.PromiseFilter;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingStatus;
import org.tend.people.PeopleQuery;
import org.tend.search.SearchIndex;
import org.tend.shared.PageRequest;
import org.tend.support.JournalTestCase;

import static org.assertj.core.api.Assertions.assertThat;

class SampleDataTests extends JournalTestCase {

	@Autowired
	SampleData sampleData;

	@Autowired
	SearchIndex search;

	@Test
	void demoAccountHoldsALivedInJournal() {
		Account account = this.sampleData.createDemoAccount("Europe/Madrid");
		UUID owner = account.id();

		assertThat(account.demo()).isTrue();
		assertThat(account.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
		assertThat(this.people.list(owner, new PeopleQuery(null, null, null, null), new PageRequest(0, 1)).total())
			.isGreaterThanOrEqualTo(25);
		List<MeetingDetails> all = this.meetings.list(owner, MeetingFilter.ALL, new PageRequest(0, 200)).items();
		List<MeetingDetails> happened = all.stream().filter((m) -> m.status() == MeetingStatus.HAPPENED).toList();
		assertThat(all).hasSizeGreaterThanOrEqualTo(80);
		LocalDate today = LocalDate.now(this.clock.withZone(account.zone()));
		LocalDate oldest = happened.stream()
			.map((m) -> LocalDate.ofInstant(m.startsAt(), account.zone()))
			.min(LocalDate::compareTo)
			.orElseThrow();
		assertThat(ChronoUnit.MONTHS.between(oldest, today)).isGreaterThanOrEqualTo(17);
		assertThat(happened).allSatisfy((m) -> assertThat(m.reflection().isEmpty()).isFalse());
		assertThat(all).anySatisfy((m) -> assertThat(m.status()).isEqualTo(MeetingStatus.PLANNED));
		assertThat(this.ledger.exchanges(owner, ExchangeFilter.all(), new PageRequest(0, 1)).total())
			.isGreaterThanOrEqualTo(15);
		assertThat(this.ledger.promises(owner, PromiseFilter.all(), new PageRequest(0, 1)).total())
			.isGreaterThanOrEqualTo(10);
		assertThat(this.people.dueToReconnect(owner, account.zone(), 10)).isNotEmpty();
		assertThat(this.meetings.thisWeek(owner, account.zone())).isNotEmpty();
		assertThat(this.search.search(owner, "climate data", 5)).isNotEmpty();
	}

	@Test
	void unknownTimeZoneFallsBackToUtc() {
		assertThat(SampleData.zoneOrUtc("Mars/Olympus")).isEqualTo(ZoneId.of("Z"));
		assertThat(SampleData.zoneOrUtc(null)).isEqualTo(ZoneId.of("Z"));
	}

}
