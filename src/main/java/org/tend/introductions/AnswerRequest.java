package org.tend.introductions;

import java.time.LocalDate;

/**
 * What the page behind a request's link shows its reader: who asks, whom they would meet
 * and why, and where the request stands for them. Never the other side's answer.
 */
public record AnswerRequest(String memberName, String personName, String otherName, String reason, String message,
		LocalDate answerUntil, State state) {

	/** Where a request stands for the person who follows its link. */
	public enum State {

		/** Waiting for this person's answer. */
		OPEN,
		/** This person answered already; a link answers once. */
		ANSWERED,
		/** The time to answer is over. */
		EXPIRED

	}

}
