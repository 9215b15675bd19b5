package org.tend.community.matching;

/**
 * How a member wants to meet: in person, by video, or either.
 */
public enum MeetingMode {

	IN_PERSON, VIRTUAL, EITHER;

	/** Whether a member in this mode can meet in person. */
	public boolean allowsInPerson() {
		return this != VIRTUAL;
	}

	/** Whether a member in this mode can meet by video. */
	public boolean allowsVirtual() {
		return this != IN_PERSON;
	}

}
