package org.tend.depth;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the model knows about one relationship on one day. Plain values, so the
 * model stays a pure function (and a benchmark can feed it a million of them).
 *
 * @param today the day the score is for
 * @param metOn when the member says they first met, null if not given
 * @param contacts the meetings that happened (any order; those after today are ignored)
 * @param noteKindsKnown how many of projects, challenges and aspirations have a note
 * (0-3)
 * @param given help the member gave
 * @param received help the member received
 * @param promisesKeptOnTime promises kept by their due day (or undated)
 * @param promisesKeptLate promises kept after their due day
 * @param promisesBroken promises dropped, or still open past their due day
 * @param peopleInCommon other people met together with this person
 * @param introductions introductions made either way
 */
public record DepthInputs(LocalDate today, LocalDate metOn, List<Contact> contacts, int noteKindsKnown, int given,
		int received, int promisesKeptOnTime, int promisesKeptLate, int promisesBroken, int peopleInCommon,
		int introductions) {

	public DepthInputs {
		Objects.requireNonNull(today, "today");
		contacts = List.copyOf(contacts);
		if (noteKindsKnown < 0 || noteKindsKnown > 3) {
			throw new IllegalArgumentException("noteKindsKnown is 0 to 3");
		}
		if (given < 0 || received < 0 || promisesKeptOnTime < 0 || promisesKeptLate < 0 || promisesBroken < 0
				|| peopleInCommon < 0 || introductions < 0) {
			throw new IllegalArgumentException("counts must not be negative");
		}
	}

	/** Someone just added: nothing known yet. */
	public static DepthInputs nothingYet(LocalDate today) {
		return new DepthInputs(today, null, List.of(), 0, 0, 0, 0, 0, 0, 0, 0);
	}

	public DepthInputs withContacts(List<Contact> contacts) {
		return new DepthInputs(this.today, this.metOn, contacts, this.noteKindsKnown, this.given, this.received,
				this.promisesKeptOnTime, this.promisesKeptLate, this.promisesBroken, this.peopleInCommon,
				this.introductions);
	}

	public DepthInputs on(LocalDate day) {
		return new DepthInputs(day, this.metOn, this.contacts, this.noteKindsKnown, this.given, this.received,
				this.promisesKeptOnTime, this.promisesKeptLate, this.promisesBroken, this.peopleInCommon,
				this.introductions);
	}

	public DepthInputs withExchanges(int given, int received) {
		return new DepthInputs(this.today, this.metOn, this.contacts, this.noteKindsKnown, given, received,
				this.promisesKeptOnTime, this.promisesKeptLate, this.promisesBroken, this.peopleInCommon,
				this.introductions);
	}

}
