package org.tend.community.matching;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a member wrote in one community's profile: nothing from the journal.
 *
 * @param memberId the member
 * @param topics what they like to talk about
 * @param asks what they would like help with
 * @param offers what they can help others with
 * @param city where they can meet in person, or {@code null}
 * @param zone their time zone
 * @param mode how they want to meet
 */
public record MemberProfile(UUID memberId, Set<String> topics, List<String> asks, List<String> offers, String city,
		ZoneId zone, MeetingMode mode) {

	public MemberProfile {
		Objects.requireNonNull(memberId, "memberId");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(mode, "mode");
		topics = (topics != null) ? Set.copyOf(topics) : Set.of();
		asks = (asks != null) ? List.copyOf(asks) : List.of();
		offers = (offers != null) ? List.copyOf(offers) : List.of();
	}

}
