package org.tend.groups;

import java.time.Instant;

/**
 * A request a group's state refuses (answered 409, nothing changed): choosing before the
 * last session, answering a closed group, joining a full proposal.
 */
public class GroupConflict extends RuntimeException {

	private final String title;

	private GroupConflict(String title, String message) {
		super(message);
		this.title = title;
	}

	public static GroupConflict notYet(Instant lastSession) {
		return new GroupConflict("Not yet",
				"Keep going or close is chosen once the last session has started (" + lastSession + ")");
	}

	public static GroupConflict closed() {
		return new GroupConflict("Group closed", "This group is closed");
	}

	public static GroupConflict agendaFull() {
		return new GroupConflict("Agenda full",
				"The agenda holds at most " + AgendaItem.MAX_ITEMS + " items; remove what is done first");
	}

	public static GroupConflict full() {
		return new GroupConflict("Group full", "Every seat of this group is taken");
	}

	public static GroupConflict alreadyIn() {
		return new GroupConflict("Already in", "You are in this group already");
	}

	public static GroupConflict started() {
		return new GroupConflict("Already a group", "This proposal has become a group; it takes no changes");
	}

	public static GroupConflict openProposal() {
		return new GroupConflict("Proposal open",
				"You have an open proposal in this community already; once it is a group, propose another");
	}

	public static GroupConflict notIn() {
		return new GroupConflict("Not in", "You have not joined this proposal");
	}

	public static GroupConflict proposerLeaves() {
		return new GroupConflict("Your proposal",
				"You proposed this group: withdraw the proposal rather than leave it");
	}

	public static GroupConflict tooFew(int smallest) {
		return new GroupConflict("Too few", "A group starts with at least " + smallest + " members");
	}

	public String title() {
		return this.title;
	}

}
