package org.tend.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up one side owes ("send the article"): owed by the member or by the person,
 * perhaps by a date (due may be null). closedAt is set while it is kept or dropped.
 */
public record Promise(UUID id, UUID personId, PromiseOwner owner, String text, LocalDate due, PromiseStatus status,
		UUID meetingId, Instant createdAt, Instant closedAt) {

	/** Still open and its due date has passed. */
	public boolean overdueOn(LocalDate today) {
		return this.status == PromiseStatus.OPEN && this.due != null && this.due.isBefore(today);
	}

	/**
	 * This promise with the non-null changes (the text already checked). Moving to kept
	 * or dropped stamps closedAt with now; moving back to open clears it.
	 */
	Promise with(PromiseChanges changes, String checkedText, Instant now) {
		PromiseStatus newStatus = or(changes.status(), this.status);
		Instant newClosedAt = !newStatus.closed() ? null
				: (newStatus == this.status && this.closedAt != null) ? this.closedAt : now;
		LocalDate newDue = (changes.due() != null) ? changes.due().orElse(null) : this.due;
		return new Promise(this.id, or(changes.personId(), this.personId), or(changes.owner(), this.owner),
				or(checkedText, this.text), newDue, newStatus, this.meetingId, this.createdAt, newClosedAt);
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
