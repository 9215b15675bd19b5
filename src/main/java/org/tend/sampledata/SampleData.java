package org.tend.sampledata;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.stereotype.Service;
import org.tend.accounts.Account;

/** The sample-data module's facade: a new demo account with a lived-in journal. */
@Service
public class SampleData {

	private final SampleJournal journal;

	SampleData(SampleJournal journal) {
		this.journal = journal;
	}

	/**
	 * Creates the account and its journal; the zone is the browser's when it told us,
	 * else UTC.
	 */
	public Account createDemoAccount(String zone) {
		return this.journal.createDemoAccount(zoneOrUtc(zone));
	}

	static ZoneId zoneOrUtc(String zone) {
		if (zone == null || zone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			return ZoneOffset.UTC;
		}
	}

}
