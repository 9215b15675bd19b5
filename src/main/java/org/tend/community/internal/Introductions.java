package org.tend.community.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.Profile;
import org.tend.mail.OutgoingMail;
import org.tend.shared.BaseUrl;

/**
 * The mails of a round: each member of a group gets an introduction to the others (their
 * profiles, the reasons, a suggested time in everyone's zone, a link to the calendar
 * event); a member the rules left out is told why. One mail per member and round: the
 * dedupe key names both, and no round is published twice.
 */
@Component
public class Introductions {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

	private final String baseUrl;

	Introductions(@Value(BaseUrl.PROPERTY) String baseUrl) {
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	/** A member the group holds, with the address the mail goes to. */
	public record Recipient(CommunityMember member, String email) {
	}

	public OutgoingMail introduction(Community community, UUID roundId, int number, UUID groupId, Recipient to,
			List<Recipient> others, List<String> reasons, Instant suggestedAt) {
		String names = String.join(" and ", others.stream().map((o) -> o.member().displayName()).toList());
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(to.member().displayName()).append(",\n\n");
		text.append("Round ")
			.append(number)
			.append(" of ")
			.append(community.name())
			.append(" pairs you with ")
			.append(names)
			.append(" for a coffee.\n\n");
		for (Recipient other : others) {
			text.append(profile(other));
		}
		if (!reasons.isEmpty()) {
			text.append("Why you two:\n");
			reasons.forEach((reason) -> text.append("  - ").append(reason).append('\n'));
			text.append('\n');
		}
		text.append("A suggested time:\n");
		text.append("  ").append(when(suggestedAt, to.member().profile().zone())).append(" (you)\n");
		for (Recipient other : others) {
			text.append("  ")
				.append(when(suggestedAt, other.member().profile().zone()))
				.append(" (")
				.append(other.member().displayName())
				.append(")\n");
		}
		text.append("Add it to your calendar: ")
			.append(this.baseUrl)
			.append("/communities/pairings/")
			.append(groupId)
			.append("/invite.ics\n\n");
		text.append("Write to ")
			.append(names)
			.append(" to agree on a time and place; afterwards, tell us whether you met: ")
			.append(this.baseUrl)
			.append("/communities/pairings\n");
		return new OutgoingMail(to.member().memberId(), to.email(),
				"Coffee in " + oneLine(community.name()) + ": meet " + oneLine(names), text.toString(), null, Map.of(),
				"community-intro:" + roundId + ":" + to.member().memberId(), suggestedAt.plus(7, ChronoUnit.DAYS));
	}

	public OutgoingMail leftOut(Community community, UUID roundId, int number, Recipient to, String reason) {
		String text = "Hello " + to.member().displayName() + ",\n\nRound " + number + " of " + community.name()
				+ " has no partner for you this time: " + reason + "\n\nYou come first in the next round.\n\n"
				+ this.baseUrl + "/communities/" + community.id() + "\n";
		return new OutgoingMail(to.member().memberId(), to.email(),
				"Round " + number + " of " + oneLine(community.name()) + ": no partner this time", text, null, Map.of(),
				"community-intro:" + roundId + ":" + to.member().memberId(), null);
	}

	/** The "round on <date> — skip?" notice, a few days before a round opens. */
	public OutgoingMail skipNotice(Community community, Recipient to, Instant opensAt) {
		String date = opensAt.atZone(to.member().profile().zone())
			.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH));
		String text = "Hello " + to.member().displayName() + ",\n\nThe next round of " + community.name() + " opens on "
				+ date + ". You are in it. To skip this one round, open\n" + this.baseUrl + "/communities/"
				+ community.id() + "/profile\nand tick \"Skip the next round\".\n";
		return new OutgoingMail(to.member().memberId(), to.email(),
				"Round on " + date + " in " + oneLine(community.name()) + " — skip?", text, null, Map.of(),
				"community-skip:" + community.id() + ":" + opensAt.getEpochSecond() + ":" + to.member().memberId(),
				opensAt);
	}

	private static String profile(Recipient other) {
		Profile p = other.member().profile();
		StringBuilder text = new StringBuilder();
		text.append(other.member().displayName()).append(" <").append(other.email()).append(">\n");
		line(text, "Headline", p.headline());
		line(text, "Working on", p.project());
		line(text, "Topics", String.join(", ", p.topics()));
		line(text, "Asks", String.join("; ", p.asks()));
		line(text, "Offers", String.join("; ", p.offers()));
		line(text, "City", p.city());
		line(text, "Meets", Profile.code(p.mode()).replace('_', ' ') + ", time zone " + p.zone().getId());
		return text.append('\n').toString();
	}

	private static void line(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append("  ").append(label).append(": ").append(value).append('\n');
		}
	}

	static String when(Instant moment, ZoneId zone) {
		return moment.atZone(zone).format(WHEN) + " " + zone.getId();
	}

	private static String oneLine(String text) {
		return text.replace('\r', ' ').replace('\n', ' ');
	}

}
