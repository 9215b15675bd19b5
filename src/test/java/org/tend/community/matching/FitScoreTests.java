package org.tend.community.matching;

import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FitScoreTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static MemberProfile profile(Set<String> topics, List<String> asks, List<String> offers, String city,
			ZoneId zone, MeetingMode mode) {
		return new MemberProfile(UUID.randomUUID(), topics, asks, offers, city, zone, mode);
	}

	@Test
	void everyPartCountsWithItsSentence() {
		MemberProfile ana = profile(Set.of("Climate", "Music"), List.of("Help with fundraising"),
				List.of("Public speaking"), "Berlin", BERLIN, MeetingMode.IN_PERSON);
		MemberProfile ben = profile(Set.of("climaté", "Cycling"), List.of("public speaking basics"),
				List.of("Fundraising for nonprofits"), " berlin ", BERLIN, MeetingMode.EITHER);

		Fit fit = FitScore.of(ana, ben, false);

		// 12 + 12 (an ask met each way) + 4 (one topic) + 10 (same city) + 5 (first time)
		assertThat(fit.score()).isEqualTo(43);
		assertThat(fit.reasons()).containsExactly(new FitReason("ask-met", 12,
				"One of you asked for “Help with fundraising”, which the other offers (“Fundraising for nonprofits”)."),
				new FitReason("ask-met", 12,
						"One of you asked for “public speaking basics”, which the other offers (“Public speaking”)."),
				new FitReason("shared-topics", 4, "You both like to talk about “Climate”."),
				new FitReason("same-city", 10, "You can meet in person: you are both in Berlin."),
				new FitReason("first-time", 5, "You have not been paired in this community before."));
	}

	@Test
	void tokyoMorningsMeetCaliforniaEveningsForFiveHours() {
		MemberProfile tokyo = profile(Set.of(), List.of(), List.of(), null, ZoneId.of("Asia/Tokyo"),
				MeetingMode.VIRTUAL);
		MemberProfile losAngeles = profile(Set.of(), List.of(), List.of(), "Los Angeles",
				ZoneId.of("America/Los_Angeles"), MeetingMode.VIRTUAL);

		// Tokyo 08:00–20:00 is 23:00–11:00 UTC, Los Angeles 08:00–20:00 the day before
		// is 16:00–04:00 UTC: they share 23:00–04:00
		assertThat(FitScore.of(tokyo, losAngeles, true)).isEqualTo(new Fit(5, List.of(new FitReason("daytime-overlap",
				5, "Daytime hours in America/Los_Angeles and Asia/Tokyo overlap by 5 hours for a video call."))));
	}

	@Test
	void aWholeSharedDayCountsSixHoursAndDifferentCitiesMeetByVideo() {
		MemberProfile berlin = profile(Set.of(), List.of(), List.of(), "Berlin", BERLIN, MeetingMode.EITHER);
		MemberProfile paris = profile(Set.of(), List.of(), List.of(), "Paris", ZoneId.of("Europe/Paris"),
				MeetingMode.EITHER);

		Fit fit = FitScore.of(berlin, paris, false);

		assertThat(fit.score()).isEqualTo(6 + 5);
		assertThat(fit.reasons().get(0).sentence())
			.isEqualTo("Daytime hours in Europe/Berlin and Europe/Paris overlap by 12 hours for a video call.");
	}

	@Test
	void membersWhoCannotMeetTheSameWayGetNothingForIt() {
		MemberProfile inPerson = profile(Set.of(), List.of(), List.of(), "Berlin", BERLIN, MeetingMode.IN_PERSON);
		MemberProfile virtual = profile(Set.of(), List.of(), List.of(), "Berlin", BERLIN, MeetingMode.VIRTUAL);

		assertThat(FitScore.of(inPerson, virtual, true)).isEqualTo(new Fit(0, List.of()));
	}

	@Test
	void asksAndTopicsCountUpToTheirCaps() {
		List<String> skills = List.of("hiring", "pricing", "coding", "sales", "tax");
		Set<String> topics = Set.of("a1", "b2", "c3", "d4", "e5", "f6", "g7");
		MemberProfile asking = profile(topics, skills, List.of(), null, BERLIN, MeetingMode.IN_PERSON);
		MemberProfile offering = profile(topics, List.of(), skills, null, BERLIN, MeetingMode.IN_PERSON);

		Fit fit = FitScore.of(asking, offering, true);

		// three asks of five, five topics of seven
		assertThat(fit.score()).isEqualTo(3 * 12 + 5 * 4);
		assertThat(fit.reasons()).filteredOn(reason -> reason.code().equals("ask-met")).hasSize(3);
		assertThat(fit.reasons().get(3).sentence())
			.isEqualTo("You both like to talk about “a1”, “b2”, “c3”, “d4”, “e5”.");
	}

	@Test
	void asksMeetOffersWhateverTheirCaseAndAccentsButNotOnLittleWordsAlone() {
		MemberProfile asking = profile(Set.of(), List.of("ÉDUCATION", "help", "Advice on grant"), List.of(), null,
				BERLIN, MeetingMode.IN_PERSON);
		MemberProfile offering = profile(Set.of(), List.of(), List.of("education", "Help", "grants and writing"), null,
				BERLIN, MeetingMode.IN_PERSON);

		Fit fit = FitScore.of(asking, offering, true);

		// "help" is a little word; "grant" meets "grants" (a plural's s) inside the offer
		assertThat(fit.reasons()).extracting(FitReason::sentence)
			.containsExactly("One of you asked for “Advice on grant”, which the other offers (“grants and writing”).",
					"One of you asked for “ÉDUCATION”, which the other offers.");
		assertThat(fit.score()).isEqualTo(24);
	}

	@Test
	void aRepeatedAskCountsOnce() {
		MemberProfile asking = profile(Set.of(), List.of("Hiring", "hiring ", "help with hiring"), List.of(), null,
				BERLIN, MeetingMode.IN_PERSON);
		MemberProfile offering = profile(Set.of(), List.of(), List.of("hiring"), null, BERLIN, MeetingMode.IN_PERSON);

		assertThat(FitScore.of(asking, offering, true).score()).isEqualTo(12);
	}

	@Test
	void fitIsSymmetricNonNegativeAndTheSumOfItsParts() {
		Random random = new Random(7);
		for (int i = 0; i < 1_000; i++) {
			MemberProfile a = (i % 2 == 0) ? GeneratedProfiles.small(random) : GeneratedProfiles.realistic(random);
			MemberProfile b = (i % 3 == 0) ? GeneratedProfiles.small(random) : GeneratedProfiles.realistic(random);
			boolean before = random.nextBoolean();
			int again = (before && random.nextBoolean()) ? 2 + random.nextInt(3) : 0;

			Fit ab = FitScore.of(a, b, before, again);

			assertThat(FitScore.of(b, a, before, again)).isEqualTo(ab);
			assertThat(ab.score()).isBetween(0, FitScore.MAX)
				.isEqualTo(ab.reasons().stream().mapToInt(FitReason::points).sum())
				.isEqualTo(FitScore.score(FoldedProfile.of(a), FoldedProfile.of(b), before, again));
			assertThat(ab.reasons()).allSatisfy(reason -> {
				assertThat(reason.points()).isPositive();
				assertThat(reason.sentence()).doesNotContain(a.memberId().toString(), b.memberId().toString());
			});
		}
	}

	@Test
	void aPairWhoBothAskedToMeetAgainScoresAsMuchAsAFirstMeeting() {
		MemberProfile a = GeneratedProfiles.realistic(new Random(3));
		MemberProfile b = GeneratedProfiles.realistic(new Random(4));

		Fit again = FitScore.of(a, b, true, 2);

		assertThat(again.score()).isEqualTo(FitScore.of(a, b, false).score());
		assertThat(again.reasons()).last()
			.isEqualTo(new FitReason("again", 5, "Your second coffee: you both asked for it."));
		assertThat(FitScore.of(a, b, true, 3).reasons()).last()
			.extracting(FitReason::sentence)
			.isEqualTo("Your third coffee: you both asked for it.");
		assertThat(FitScore.of(a, b, true, 0).score()).isEqualTo(again.score() - 5);
	}

	@Test
	void theSameProfilesAlwaysGiveTheSameFit() {
		MemberProfile a = GeneratedProfiles.realistic(new Random(3));
		MemberProfile b = GeneratedProfiles.realistic(new Random(4));

		assertThat(FitScore.of(a, b, false)).isEqualTo(FitScore.of(a, b, false));
	}

}
