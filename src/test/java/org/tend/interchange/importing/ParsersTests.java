package org.tend.interchange.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tend.interchange.Fixtures;
import org.tend.interchange.ImportFormat;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.ImportService;
import org.tend.interchange.UnsupportedImportFormat;
import org.tend.people.PersonInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParsersTests {

	@Test
	void linkedInFindsTheHeaderAfterTheNotesPreambleAndReadsEveryConnection() {
		ParsedFile file = ImportService.read(Fixtures.bytes("Connections.csv"), null);

		assertThat(file.format()).isEqualTo(ImportFormat.LINKEDIN);
		List<PersonInput> people = people(file);
		assertThat(people).extracting(PersonInput::name)
			.containsExactly("Zoë Ñúñez 🌱", "Amara Okafor", "李小龍", "Дмитрий Иванов", "Sam O'Brien", "Amara Okafor",
					"José García");
		PersonInput zoe = people.get(0);
		assertThat(zoe.company()).isEqualTo("Verdant Labs, Inc.");
		assertThat(zoe.role()).isEqualTo("Head of Research, Climate & Data");
		assertThat(zoe.emails()).isEmpty();
		assertThat(zoe.links()).containsExactly("https://www.linkedin.com/in/zo%C3%AB-n%C3%BA%C3%B1ez-4a1b2c3");
		assertThat(zoe.metOn()).isEqualTo(LocalDate.of(2025, 12, 22));
		assertThat(zoe.howWeMet()).isEqualTo("Connected on LinkedIn");
		assertThat(people.get(1).emails()).containsExactly("amara.okafor@example.org");
		assertThat(people.get(6).company()).isEqualTo("\"Quoted\" Co");
		assertThat(file.rows().get(0).line()).isEqualTo(5);
	}

	@Test
	void linkedInWithoutAHeaderIsRejectedNamingTheLine() {
		byte[] file = "Notes:\n\"hello\"\n\nJust,some,cells\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportService.read(file, "linkedin")).isInstanceOf(ImportRejected.class)
			.hasMessageContaining("Line 1");
	}

	@Test
	void anUnclosedQuoteIsRejectedWithItsLine() {
		byte[] file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,\"Lima,x,,,,1 Jan 2024\n"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportService.read(file, null)).isInstanceOfSatisfying(ImportRejected.class,
				(rejected) -> assertThat(rejected.line()).isEqualTo(2));
	}

	@Test
	void aBadConnectedOnDateNamesLineAndColumn() {
		byte[] file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,someday\n"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportService.read(file, null)).isInstanceOfSatisfying(ImportRejected.class,
				(rejected) -> {
					assertThat(rejected.line()).isEqualTo(2);
					assertThat(rejected.column()).isEqualTo(7);
				});
	}

	@Test
	void vCard21DecodesQuotedPrintable() {
		ParsedFile file = ImportService.read(Fixtures.bytes("android-2.1.vcf"), null);

		assertThat(file.format()).isEqualTo(ImportFormat.VCARD);
		List<PersonInput> people = people(file);
		assertThat(people).extracting(PersonInput::name).containsExactly("Zoë Ñúñez", "Amara Okafor");
		assertThat(people.get(0).company()).isEqualTo("Verdant Labs");
		assertThat(people.get(0).phones()).containsExactly("+34 600 123 456", "+34 91 555 0100");
		assertThat(people.get(0).emails()).containsExactly("zoe@example.org");
		assertThat(file.rows()).extracting(ParsedRow::line).containsExactly(1, 11);
	}

	@Test
	void vCard30ReadsAppleGroupsAndFoldedLines() {
		List<PersonInput> people = people(ImportService.read(Fixtures.bytes("apple-3.0.vcf"), null));

		assertThat(people).extracting(PersonInput::name).containsExactly("Zoë Núñez", "李小龍");
		PersonInput zoe = people.get(0);
		assertThat(zoe.role()).isEqualTo("Head of Research");
		assertThat(zoe.city()).isEqualTo("Barcelona");
		assertThat(zoe.emails()).containsExactly("zoe.nunez@example.org", "zoe@verdant.example");
		assertThat(zoe.links()).contains("https://www.linkedin.com/in/zo%C3%AB-n%C3%BA%C3%B1ez-4a1b2c3");
		assertThat(zoe.tags()).containsExactly("climate", "friends");
	}

	@Test
	void vCard40ReadsTelUrisAndSkipsCardsWithoutAName() {
		ParsedFile file = ImportService.read(Fixtures.bytes("contacts-4.0.vcf"), null);

		assertThat(file.rows()).extracting(ParsedRow::name).containsExactly("Amara Okafor", "Sam O'Brien 🌱", null);
		assertThat(file.rows().get(2).skipReason()).isEqualTo("no name");
		assertThat(file.rows().get(0).person().phones()).containsExactly("+234-803-000-1111");
		assertThat(file.rows().get(1).person().emails()).containsExactly("sam@example.net");
	}

	@Test
	void aVCardNeverClosedIsRejectedAtItsBegin() {
		byte[] file = "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportService.read(file, null)).isInstanceOfSatisfying(ImportRejected.class,
				(rejected) -> assertThat(rejected.line()).isEqualTo(5));
	}

	@Test
	void googleCurrentHeadersSplitMultiValuesAndDropSystemLabels() {
		ParsedFile file = ImportService.read(Fixtures.bytes("google-current.csv"), null);

		assertThat(file.format()).isEqualTo(ImportFormat.GOOGLE);
		List<PersonInput> people = people(file);
		assertThat(people).extracting(PersonInput::name).containsExactly("Zoë Ñúñez", "Amara Okafor", "Dee");
		PersonInput zoe = people.get(0);
		assertThat(zoe.emails()).containsExactly("zoe@example.org", "zoe.work@verdant.example");
		assertThat(zoe.tags()).containsExactly("climate");
		assertThat(zoe.city()).isEqualTo("Barcelona");
		assertThat(zoe.role()).isEqualTo("Head of Research");
		assertThat(people.get(2).phones()).containsExactly("+1 555 0100");
	}

	@Test
	void googleLegacyHeadersToo() {
		List<PersonInput> people = people(ImportService.read(Fixtures.bytes("google-legacy.csv"), null));

		assertThat(people).extracting(PersonInput::name).containsExactly("李小龍", "Amara Okafor");
		assertThat(people.get(0).tags()).containsExactly("martial arts");
		assertThat(people.get(0).company()).isEqualTo("Golden Harvest");
		assertThat(people.get(0).phones()).containsExactly("+852 2345 6789", "+852 9876 5432");
		assertThat(people.get(1).emails()).containsExactly("amara.okafor@example.org", "amara@fintech.example");
		assertThat(people.get(1).links()).containsExactly("https://www.linkedin.com/in/amaraokafor");
	}

	@Test
	void anUnknownFileIsUnsupported() {
		assertThatThrownBy(() -> ImportService.read("just some notes\n".getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(UnsupportedImportFormat.class);
		assertThatThrownBy(() -> ImportService.read(new byte[] { 1 }, "excel"))
			.isInstanceOf(UnsupportedImportFormat.class);
	}

	@Test
	void brokenJsonNamesLineAndColumn() {
		byte[] file = "{\n  \"schemaVersion\": 1,\n  \"people\": [ {\"id\": 12 ]\n}".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> ImportService.read(file, null)).isInstanceOfSatisfying(ImportRejected.class,
				(rejected) -> {
					assertThat(rejected.line()).isEqualTo(3);
					assertThat(rejected.column()).isNotNull();
				});
	}

	private static List<PersonInput> people(ParsedFile file) {
		return file.rows().stream().filter((row) -> !row.isSkipped()).map(ParsedRow::person).toList();
	}

}
