package org.tend.community.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.MyProfile;
import org.tend.community.Profile;
import org.tend.community.Role;
import org.tend.community.RoundFigures;
import org.tend.community.RoundPlan;
import org.tend.community.matching.LeftOut;

/** The JSON shapes of the communities API. */
final class CommunityJson {

	private CommunityJson() {
	}

	/** A community; the invite code and link only for organizers. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record CommunityView(UUID id, String name, String description, String cadence, String openDay, String openTime,
			String timezone, int repeatWindow, int againLimit, boolean approvalRequired, String inviteCode,
			String inviteLink, String role, String status) {

		static CommunityView of(Community c, Role role, boolean pending, String baseUrl) {
			boolean organizer = role == Role.ORGANIZER && !pending;
			return new CommunityView(c.id(), c.name(), c.description(), c.cadence().code(),
					c.openDay().name().toLowerCase(Locale.ROOT), c.openTime().toString(), c.zone().getId(),
					c.repeatWindow(), c.againLimit(), c.approvalRequired(), organizer ? c.inviteCode() : null,
					organizer ? CommunityJson.inviteLink(baseUrl, c.inviteCode()) : null, role.code(),
					pending ? "pending" : "active");
		}

	}

	static String inviteLink(String baseUrl, String code) {
		return baseUrl + "/communities/join/" + code;
	}

	record CreateBody(String name, String description, String cadence, String openDay, String openTime, String timezone,
			Integer repeatWindow, Integer againLimit, Boolean approvalRequired) {
	}

	record JoinBody(String inviteCode) {
	}

	record RoleBody(String role) {
	}

	record InviteCode(String inviteCode, String inviteLink) {
	}

	record ProfileBody(String headline, List<String> topics, String project, List<String> asks, List<String> offers,
			String city, String timezone, String mode, Boolean optIn, Boolean skipNextRound, LocalDate pausedUntil,
			List<UUID> dontPairWith) {
	}

	record ProfileView(String headline, List<String> topics, String project, List<String> asks, List<String> offers,
			String city, String timezone, String mode, boolean optIn, boolean skipNextRound, LocalDate pausedUntil,
			List<UUID> dontPairWith) {

		static ProfileView of(MyProfile mine) {
			Profile p = mine.profile();
			return new ProfileView(p.headline(), p.topics(), p.project(), p.asks(), p.offers(), p.city(),
					p.zone().getId(), Profile.code(p.mode()), p.optIn(), p.skipNextRound(), p.pausedUntil(),
					mine.dontPairWith());
		}

	}

	/**
	 * What every member of the community sees of another: the profile, never the list.
	 */
	record MemberView(UUID memberId, String displayName, String role, String headline, List<String> topics,
			String project, List<String> asks, List<String> offers, String city, String timezone, String mode,
			boolean optIn) {

		static MemberView of(CommunityMember m) {
			Profile p = m.profile();
			return new MemberView(m.memberId(), m.displayName(), m.role().code(), p.headline(), p.topics(), p.project(),
					p.asks(), p.offers(), p.city(), p.zone().getId(), Profile.code(p.mode()),
					p.optIn() && !p.skipNextRound());
		}

	}

	/** {@code again}: it holds a pair who both asked to meet again. */
	record Pair(List<UUID> memberIds, int score, List<String> reasons, boolean again) {
	}

	record RoundView(UUID id, Integer number, LocalDate periodStart, Instant opensAt, List<Pair> pairs,
			List<LeftOut> leftOut, long totalScore) {

		static RoundView of(UUID id, Integer number, RoundPlan plan) {
			return new RoundView(id, number, plan.periodStart(), plan.opensAt(),
					plan.groups()
						.stream()
						.map((g) -> new Pair(g.memberIds(), g.score(), g.reasons(), g.again()))
						.toList(),
					plan.leftOut(), plan.totalScore());
		}

	}

	record FiguresView(int round, LocalDate periodStart, int members, int paired, int participationPercent, int groups,
			int meetRatePercent, int repeatRatePercent, int newTies, int again, int secondMeetings, int thirdMeetings) {

		static FiguresView of(RoundFigures f) {
			return new FiguresView(f.round(), f.periodStart(), f.members(), f.paired(), f.participationPercent(),
					f.groups(), f.meetRatePercent(), f.repeatRatePercent(), f.newTies(), f.again(), f.secondMeetings(),
					f.thirdMeetings());
		}

	}

	record Items<T>(List<T> items) {
	}

}
