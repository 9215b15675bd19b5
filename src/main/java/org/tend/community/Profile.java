package org.tend.community;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.tend.community.internal.Texts;
import org.tend.community.matching.MeetingMode;
import org.tend.community.matching.MemberProfile;
import org.tend.shared.web.InvalidInput;

/**
 * What a member wrote for one community, and whether they take part in the next round.
 * Nothing here comes from the journal. Built from what a form or the API sends by
 * {@link #parse}, which names the field of the first value over its limits.
 */
public record Profile(String headline, List<String> topics, String project, List<String> asks, List<String> offers,
		String city, ZoneId zone, MeetingMode mode, boolean optIn, boolean skipNextRound, LocalDate pausedUntil) {

	public static final int MAX_HEADLINE = 200;

	public static final int MAX_TOPICS = 20;

	public static final int MAX_TOPIC = 50;

	public static final int MAX_PROJECT = 500;

	public static final int MAX_LINES = 10;

	public static final int MAX_LINE = 150;

	public static final int MAX_CITY = 100;

	public Profile {
		topics = List.copyOf(topics);
		asks = List.copyOf(asks);
		offers = List.copyOf(offers);
	}

	/** A new member's profile: empty, in their zone, either mode, opted in. */
	public static Profile empty(ZoneId zone) {
		return new Profile(null, List.of(), null, List.of(), List.of(), null, zone, MeetingMode.EITHER, true, false,
				null);
	}

	public static Profile parse(String headline, List<String> topics, String project, List<String> asks,
			List<String> offers, String city, String timezone, String mode, Boolean optIn, Boolean skipNextRound,
			LocalDate pausedUntil, ZoneId defaultZone) {
		return new Profile(Texts.limit("headline", Texts.clean(headline), MAX_HEADLINE),
				Texts.list("topics", topics, MAX_TOPICS, MAX_TOPIC),
				Texts.limit("project", Texts.clean(project), MAX_PROJECT),
				Texts.list("asks", asks, MAX_LINES, MAX_LINE), Texts.list("offers", offers, MAX_LINES, MAX_LINE),
				Texts.limit("city", Texts.clean(city), MAX_CITY), Texts.zone("timezone", timezone, defaultZone),
				mode(mode), optIn == null || optIn, Boolean.TRUE.equals(skipNextRound), pausedUntil);
	}

	public static MeetingMode mode(String code) {
		if (code == null || code.isBlank()) {
			return MeetingMode.EITHER;
		}
		try {
			return MeetingMode.valueOf(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("mode", "mode must be in_person, virtual or either");
		}
	}

	public static String code(MeetingMode mode) {
		return mode.name().toLowerCase(Locale.ROOT);
	}

	/** The mode as the API and forms write it ({@code in_person}). */
	public String modeCode() {
		return code(this.mode);
	}

	/** Whether the member takes part in a round opening on that day. */
	public boolean takesPart(LocalDate roundDay) {
		return this.optIn && !this.skipNextRound && (this.pausedUntil == null || this.pausedUntil.isBefore(roundDay));
	}

	/** What the fit score reads: topics folded to lower case, so "Rust" meets "rust". */
	public MemberProfile forFit(UUID memberId) {
		Set<String> folded = new LinkedHashSet<>();
		this.topics.forEach((topic) -> folded.add(topic.toLowerCase(Locale.ROOT)));
		return new MemberProfile(memberId, folded, this.asks, this.offers, this.city, this.zone, this.mode);
	}

}
