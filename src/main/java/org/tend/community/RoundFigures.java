package org.tend.community;

import java.time.LocalDate;

/**
 * An organizer's figures for one round: counts only, never anyone's answer text, list or
 * journal. Participation is the share of members who took part, the meet rate the share
 * of groups where someone said they met, the repeat rate the share of groups holding a
 * pair that had met in an earlier round, and new ties the groups where everybody met
 * somebody new. The depth a community creates: {@code again} counts the groups holding a
 * pair who both asked to meet again, {@code secondMeetings} the groups where two members
 * have their second coffee, {@code thirdMeetings} their third or later.
 */
public record RoundFigures(int round, LocalDate periodStart, int members, int eligible, int paired, int groups, int met,
		int answered, int repeated, int again, int secondMeetings, int thirdMeetings) {

	public int participationPercent() {
		return percent(this.paired, this.members);
	}

	public int meetRatePercent() {
		return percent(this.met, this.groups);
	}

	public int repeatRatePercent() {
		return percent(this.repeated, this.groups);
	}

	public int againRatePercent() {
		return percent(this.again, this.groups);
	}

	public int newTies() {
		return this.groups - this.repeated;
	}

	private static int percent(int part, int whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

}
