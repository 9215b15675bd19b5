package org.tend.search;

/** The kind of journal entry a piece of indexed text comes from. */
public enum SearchSource {

	PERSON, NOTE, MEETING, EXCHANGE, PROMISE

}
