package org.tend.interchange.importing;

import org.tend.people.PersonInput;

/**
 * One contact read from a file: its line, the person as Tend would store them (null when
 * the row has nobody in it, with the reason) and, for Tend's own export, the id the
 * person had there, so notes and meetings can follow them.
 */
public record ParsedRow(int line, PersonInput person, String skipReason, String sourceId) {

	static ParsedRow of(int line, PersonInput person) {
		return new ParsedRow(line, person, null, null);
	}

	static ParsedRow skipped(int line, String name, String reason) {
		return new ParsedRow(line, (name != null) ? PersonInput.named(name) : null, reason, null);
	}

	boolean isSkipped() {
		return this.skipReason != null;
	}

	public String name() {
		return (this.person != null) ? this.person.name() : null;
	}

}
