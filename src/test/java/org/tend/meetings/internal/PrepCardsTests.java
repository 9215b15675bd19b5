package org.tend.meetings.internal;

import org.junit.jupiter.api.Test;
import org.tend.meetings.internal.PrepCards;

import static org.assertj.core.api.Assertions.assertThat;

class PrepCardsTests {

	@Test
	void questionsQuoteTheFirstLineOfANoteCutAtAWord() {
		String note = "Building an open dataset of urban heat islands for every city in southern Europe and beyond\n"
				+ "second line";

		String subject = PrepCards.shorten(note);

		assertThat(subject).isEqualTo("Building an open dataset of urban heat islands for every city in southern…");
		assertThat(subject.length()).isLessThanOrEqualTo(PrepCards.SUBJECT_LENGTH);
		assertThat(PrepCards.shorten("  Hiring 🌱  ")).isEqualTo("Hiring 🌱");
	}

}
