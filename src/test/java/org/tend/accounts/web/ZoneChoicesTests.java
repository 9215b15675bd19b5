package org.tend.accounts.web;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.tend.accounts.web.ZoneChoices.Option;

import static org.assertj.core.api.Assertions.assertThat;

class ZoneChoicesTests {

	private final Instant winter = Instant.parse("2026-01-15T12:00:00Z");

	@Test
	void offersCommonZonesFirstThenEveryCityZoneInOrder() {
		ZoneChoices choices = ZoneChoices.at(this.winter, ZoneId.of("UTC"));

		assertThat(choices.common().getFirst()).isEqualTo(new Option("UTC", "UTC"));
		assertThat(choices.common()).contains(new Option("Europe/Madrid", "Europe/Madrid (UTC+01:00)"),
				new Option("America/New_York", "America/New York (UTC-05:00)"));
		assertThat(choices.others()).extracting(Option::id)
			.isSorted()
			.contains("Africa/Abidjan", "Pacific/Chatham")
			.doesNotContain("Europe/Madrid", "US/Eastern", "Etc/GMT+5", "SystemV/EST5");
	}

	@Test
	void showsTheOffsetOfTheDay() {
		Instant summer = Instant.parse("2026-07-15T12:00:00Z");

		assertThat(ZoneChoices.at(summer, ZoneId.of("UTC")).common())
			.contains(new Option("Europe/Madrid", "Europe/Madrid (UTC+02:00)"));
	}

	@Test
	void keepsAMembersLegacyZoneSelectable() {
		ZoneChoices choices = ZoneChoices.at(this.winter, ZoneId.of("US/Eastern"));

		assertThat(choices.common().getFirst().id()).isEqualTo("US/Eastern");
	}

	@Test
	void acceptsOnlyZonesJavaKnows() {
		assertThat(ZoneChoices.parse("Asia/Kolkata")).contains(ZoneId.of("Asia/Kolkata"));
		assertThat(ZoneChoices.parse("US/Eastern")).contains(ZoneId.of("US/Eastern"));
		assertThat(ZoneChoices.parse("Mars/Olympus_Mons")).isEmpty();
		assertThat(ZoneChoices.parse("+02:00")).isEmpty();
		assertThat(ZoneChoices.parse(null)).isEmpty();
	}

}
