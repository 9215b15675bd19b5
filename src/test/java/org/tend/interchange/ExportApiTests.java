package org.tend.interchange;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.interchange.importing.ParsedFile;
import org.tend.interchange.importing.ParsedRow;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTests {

	@LocalServerPort
	int port;

	@Test
	void peopleAsVCard40() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		JournalWriter.write(zoe);

		Reply reply = zoe.get("/api/v1/export?format=vcard");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/vcard");
		List<VCard> cards = Ezvcard.parse(reply.body()).all();
		assertThat(cards).hasSize(3);
		assertThat(cards).allSatisfy((card) -> assertThat(card.getVersion()).isEqualTo(VCardVersion.V4_0));
		VCard zoeCard = cards.stream()
			.filter((card) -> card.getFormattedName().getValue().equals("Zoë Ñúñez 🌱"))
			.findFirst()
			.orElseThrow();
		assertThat(zoeCard.getOrganization().getValues()).containsExactly("Verdant Labs, Inc.");
		assertThat(zoeCard.getEmails()).extracting((email) -> email.getValue())
			.containsExactly("zoe@example.org", "zoe@verdant.example");
		assertThat(zoeCard.getAddresses().get(0).getLocality()).isEqualTo("València");
	}

	@Test
	void peopleAsCsvThatTendReadsBack() throws IOException {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		JournalWriter.write(zoe);

		Reply reply = zoe.get("/api/v1/export?format=csv");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("text/csv");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(reply.body()))
			.getRecords();
		assertThat(records).extracting((record) -> record.get("Name"))
			.containsExactlyInAnyOrder("Zoë Ñúñez 🌱", "李小龍", "Sam O'Brien");
		ParsedFile read = ImportService.read(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(read.format()).isEqualTo(ImportFormat.GOOGLE);
		assertThat(read.rows()).filteredOn((row) -> "Zoë Ñúñez 🌱".equals(row.name()))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.person().emails()).containsExactly("zoe@example.org", "zoe@verdant.example");
				assertThat(row.person().tags()).containsExactly("climate", "data");
				assertThat(row.person().howWeMet()).isEqualTo("At the climate data meetup\nin València");
			});
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralisedAndReadBackExactly() throws IOException {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "+cmd|' /C calc'!A0",
				"@SUM(A1:A9)", "-2+3", "'quoted already", "'=both");
		for (String name : names) {
			assertThat(zoe
				.post("/api/v1/people",
						java.util.Map.of("name", name, "company", "=1+1", "phones", List.of("+56 9 1234 5678"),
								"howWeMet", "\tIndented\r\nnote"))
				.status()).isEqualTo(201);
		}

		Reply reply = zoe.get("/api/v1/export?format=csv");

		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(reply.body()))
			.getRecords();
		for (CSVRecord record : records) {
			for (String cell : record.values()) {
				assertThat(cell).as(cell)
					.doesNotStartWith("=")
					.doesNotStartWith("+")
					.doesNotStartWith("-")
					.doesNotStartWith("@")
					.doesNotStartWith("\t")
					.doesNotStartWith("\r");
			}
		}
		ParsedFile read = ImportService.read(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(read.rows()).extracting(ParsedRow::name).containsExactlyInAnyOrderElementsOf(names);
		assertThat(read.rows()).allSatisfy((row) -> {
			assertThat(row.person().company()).isEqualTo("=1+1");
			assertThat(row.person().phones()).containsExactly("+56 9 1234 5678");
		});
	}

	@Test
	void anUnknownExportFormatIsA400NamingIt() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");

		Reply reply = zoe.get("/api/v1/export?format=xlsx");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.body()).contains("format");
	}

}
