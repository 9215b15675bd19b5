package org.tend.interchange.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tend.people.PersonInput;
import org.tend.support.LinearTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every regular expression the importer applies to a file's text runs in time linear in
 * the text: a file of 10 MB is made by somebody else.
 */
class LinearPatternsTests {

	private static final int LONG = 60_000;

	@Test
	void aGoogleCellOfSpacesSplitsInLinearTime() {
		String cell = "a" + " ".repeat(LONG) + "b";
		String file = "First Name,Labels\nAna,\"" + cell + "\"\n";

		LinearTime.assertLinear(file, (text) -> new GoogleCsvParser().parse(text));
		assertThat(new GoogleCsvParser().parse("First Name,Labels\nAna,\"  one :::two  :::  three \"\n")
			.rows()
			.get(0)
			.person()
			.tags()).containsExactly("one", "two", "three");
	}

	@Test
	void aLongLinkedInLookalikeIsReadInLinearTime() {
		String link = "https://linkedin.com/in/" + "a".repeat(LONG) + "/\u2028/";

		LinearTime.assertLinear(link, MatchKeys::linkedIn);
		assertThat(MatchKeys.linkedIn("https://www.linkedin.com/in/Zoe-Nunez/?trk=x"))
			.isEqualTo("linkedin.com/in/zoe-nunez");
	}

	@Test
	void longEmailsAndLinksOfAContactAreCheckedInLinearTime() {
		String email = "a@" + "b.".repeat(LONG / 2) + "@";
		String link = "https://" + "a".repeat(LONG) + "\u00a0\u2028 x";

		LinearTime.assertLinear(email, (text) -> draft(List.of(text), List.of()).toInput());
		LinearTime.assertLinear(link, (text) -> draft(List.of(), List.of(text)).toInput());
		PersonInput kept = draft(List.of("ana@acme.example", "no@dot", "a@.b.", "a@b..c"),
				List.of("https://acme.example/ana", "ftp://acme.example"))
			.toInput();
		assertThat(kept.emails()).containsExactly("ana@acme.example", "a@b..c");
		assertThat(kept.links()).containsExactly("https://acme.example/ana");
	}

	private static ContactDraft draft(List<String> emails, List<String> links) {
		ContactDraft draft = new ContactDraft();
		draft.name = "Ana";
		draft.emails.addAll(emails);
		draft.links.addAll(links);
		return draft;
	}

}
