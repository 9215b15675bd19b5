package org.tend.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.tend.people.internal.PeopleListing;
import org.tend.people.internal.PersonRepository;
import org.tend.shared.TextFolding;
import org.tend.support.LinearTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonInputTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aLongLinkOrEmailIsCheckedInLinearTime() {
		String link = "http://" + "a".repeat(64_000) + " x";
		String email = "a@" + "b.".repeat(32_000) + "@";

		LinearTime.assertLinear(link, (text) -> VALIDATOR.validate(withLink(text)));
		LinearTime.assertLinear(email, (text) -> VALIDATOR.validate(withEmail(text)));
		assertThat(VALIDATOR.validate(withLink(link))).extracting((violation) -> violation.getMessage())
			.containsExactlyInAnyOrder("{people.error.tooLong}", "{people.error.link}");
		assertThat(VALIDATOR.validate(withLink("https://acme.example/ana"))).isEmpty();
		assertThat(VALIDATOR.validate(withLink("https:// acme"))).extracting((violation) -> violation.getMessage())
			.containsExactly("{people.error.link}");
		assertThat(VALIDATOR.validate(withEmail("ana@acme.example"))).isEmpty();
		assertThat(VALIDATOR.validate(withEmail("ana@acme"))).isNotEmpty();
	}

	private static PersonInput withLink(String link) {
		return new PersonInput("Ana", null, null, null, null, null, List.of(link), null, null, null, null, null);
	}

	private static PersonInput withEmail(String email) {
		return new PersonInput("Ana", null, null, null, List.of(email), null, null, null, null, null, null, null);
	}

	@Test
	void tidiesTagsToLowerCaseSingleSpacedAndDistinct() {
		PersonInput person = withTags(" Climate  Data ", "climate data", "HIRING", "", null, "Ñandú");

		assertThat(person.tags()).containsExactly("climate data", "hiring", "ñandú");
	}

	@Test
	void trimsTextAndDropsBlanks() {
		PersonInput person = new PersonInput("  Zoë Ñúñez 🌱 ", " ", "\tFounder ", null,
				Arrays.asList(" zoe@example.org ", "ZOE@example.org", " "), List.of("+56 9 1234"), null, null, null,
				null, "  ", null);

		assertThat(person.name()).isEqualTo("Zoë Ñúñez 🌱");
		assertThat(person.company()).isNull();
		assertThat(person.role()).isEqualTo("Founder");
		assertThat(person.emails()).containsExactly("zoe@example.org");
		assertThat(person.links()).isEmpty();
		assertThat(person.howWeMet()).isNull();
	}

	@Test
	void searchTextHoldsWhoTheyAreAndHowWeMet() {
		PersonInput person = new PersonInput("Ana", "Acme", "CTO", "Lisboa", List.of("ana@acme.example"), null, null,
				List.of("climate"), null, null, "Open data meetup", null);

		assertThat(person.searchText()).contains("Ana", "Acme", "CTO", "Lisboa", "climate", "Open data meetup")
			.doesNotContain("ana@acme.example");
	}

	@Test
	void changesOnlyTheNamedFields() {
		PersonInput current = new PersonInput("Ana", "Acme", "CTO", "Lisboa", List.of("ana@acme.example"), null, null,
				List.of("climate"), Circle.CLOSE, 10, "Meetup", LocalDate.parse("2025-05-01"));
		PersonInput sent = new PersonInput(null, "Beta", null, null, null, null, null, null, null, null, null, null);

		PersonInput changed = new PersonChanges(EnumSet.of(PersonField.COMPANY, PersonField.CITY), sent)
			.applyTo(current);

		assertThat(changed.company()).isEqualTo("Beta");
		assertThat(changed.city()).isNull();
		assertThat(changed.name()).isEqualTo("Ana");
		assertThat(changed.tags()).containsExactly("climate");
		assertThat(changed.cadenceDays()).isEqualTo(10);
		assertThat(PersonChanges.all(sent).applyTo(current)).isEqualTo(sent);
		assertThat(new PersonChanges(Set.of(), sent).applyTo(current)).isEqualTo(current);
	}

	@Test
	void readsCodesWhateverTheirCase() {
		assertThat(Circle.fromCode(" Inner ")).isEqualTo(Circle.INNER);
		assertThat(NoteKind.fromCode("ASPIRATION")).isEqualTo(NoteKind.ASPIRATION);
		assertThat(PeopleSort.fromCode("last_met")).isEqualTo(PeopleSort.LAST_MET);
		assertThatIllegalArgumentException().isThrownBy(() -> Circle.fromCode("galaxy"));
		assertThatIllegalArgumentException().isThrownBy(() -> NoteKind.fromCode(null));
	}

	@Test
	void queryTidiesItsFilters() {
		PeopleQuery query = new PeopleQuery("  ", null, " Climate  Data ", null);

		assertThat(query.q()).isNull();
		assertThat(query.tag()).isEqualTo("climate data");
		assertThat(query.sort()).isEqualTo(PeopleSort.NAME);
		assertThat(new PeopleQuery("x".repeat(500), null, null, null).q()).hasSize(PeopleQuery.MAX_QUERY_LENGTH);
	}

	@Test
	void foldsAccentsForSortingAndFinding() {
		assertThat(TextFolding.fold("Zoë Ñúñez")).isEqualTo("zoe nunez");
		assertThat(PersonRepository.sortName("Émile " + "x".repeat(300))).hasSize(200).startsWith("emile");
		assertThat(PeopleListing.contains("50%_\\")).isEqualTo("%50\\%\\_\\\\%");
	}

	private static PersonInput withTags(String... tags) {
		return new PersonInput("Ana", null, null, null, null, null, null, Arrays.asList(tags), null, null, null, null);
	}

}
