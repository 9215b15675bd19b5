package org.tend.interchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.interchange.importing.RecentlyParsed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;
import org.tend.support.JsonApi.Upload;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberKeepsOnlyTheirLatestFewPreviews() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		Caller kai = new JsonApi(this.port).newMember("Kai");
		String kaisPreview = kai
			.post("/api/v1/imports", new Upload("Connections.csv", Fixtures.bytes("Connections.csv")))
			.json()
			.get("id")
			.asString();
		List<String> ids = new java.util.ArrayList<>();

		for (int i = 0; i < ImportService.PREVIEWS_KEPT + 2; i++) {
			ids.add(zoe.post("/api/v1/imports", new Upload("Connections.csv", Fixtures.bytes("Connections.csv")))
				.json()
				.get("id")
				.asString());
		}

		assertThat(this.jdbc.sql("select count(*) from import_preview where id in (:ids)")
			.param("ids", ids.stream().map(java.util.UUID::fromString).toList())
			.query(Integer.class)
			.single()).isEqualTo(ImportService.PREVIEWS_KEPT);
		assertThat(zoe.post("/api/v1/imports/" + ids.get(0) + "/apply", null).status()).isEqualTo(404);
		assertThat(zoe.post("/api/v1/imports/" + ids.get(ids.size() - 1) + "/apply", null).status()).isEqualTo(200);
		assertThat(kai.post("/api/v1/imports/" + kaisPreview + "/apply", null).status()).isEqualTo(200);
	}

	@Test
	void linkedInPreviewMergesWithTheJournalAndWithinTheFileThenApplyWritesIt() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		zoe.post("/api/v1/people", Map.of("name", "Amara Okafor", "links",
				List.of("https://www.linkedin.com/in/amaraokafor"), "city", "Lagos"));
		zoe.post("/api/v1/people", Map.of("name", "jose  GARCIA", "company", "\"quoted\" co", "role", "CTO", "emails",
				List.of("jose@example.com")));

		Reply preview = zoe.post("/api/v1/imports", new Upload("Connections.csv", Fixtures.bytes("Connections.csv")));

		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		JsonNode json = preview.json();
		assertThat(json.get("format").asString()).isEqualTo("linkedin");
		assertThat(json.get("counts").get("new").asInt()).isEqualTo(4);
		assertThat(json.get("counts").get("merged").asInt()).isEqualTo(2);
		assertThat(json.get("counts").get("skipped").asInt()).isEqualTo(1);
		assertThat(json.get("rows").get(1).get("action").asString()).isEqualTo("merged");
		assertThat(json.get("rows").get(1).get("reason").asString()).contains("LinkedIn profile");
		assertThat(json.get("rows").get(5).get("line").asInt()).isEqualTo(11);
		assertThat(json.get("rows").get(5).get("action").asString()).isEqualTo("skipped");
		assertThat(json.get("rows").get(5).get("reason").asString()).contains("already in your journal");
		assertThat(json.get("rows").get(6).get("action").asString()).isEqualTo("merged");
		assertThat(json.get("rows").get(6).get("reason").asString()).contains("email");

		Reply applied = zoe.post("/api/v1/imports/" + json.get("id").asString() + "/apply", null);

		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.json().get("counts").get("new").asInt()).isEqualTo(4);
		JsonNode people = zoe.get("/api/v1/people?size=50").json();
		assertThat(people.get("total").asInt()).isEqualTo(6);
		JsonNode amara = zoe.get("/api/v1/search?q=amara").json();
		assertThat(amara.toString()).contains("Amara");
		String amaraId = zoe.get("/api/v1/people?q=Okafor").json().get("items").get(0).get("id").asString();
		JsonNode merged = zoe.get("/api/v1/people/" + amaraId).json();
		assertThat(merged.get("city").asString()).isEqualTo("Lagos");
		assertThat(merged.get("company").asString()).isEqualTo("Lagos Fintech Hub");
		assertThat(merged.get("emails").toString()).contains("amara.okafor@example.org");
		assertThat(zoe.get("/api/v1/search?q=verdant").json().toString()).contains("Zoë Ñúñez 🌱");
	}

	@Test
	void aPreviewReadOnceMoreOnApplyGivesTheSameImportAsOneRememberedFromThePreview() {
		Caller kept = new JsonApi(this.port).newMember("Kept");
		Caller readAgain = new JsonApi(this.port).newMember("Read again");
		String readAgainId = readAgain
			.post("/api/v1/imports", new Upload("Connections.csv", Fixtures.bytes("Connections.csv")))
			.json()
			.get("id")
			.asString();
		Caller others = new JsonApi(this.port).newMember("Others");
		for (int i = 0; i < RecentlyParsed.KEPT; i++) {
			// later previews (another member's: a member keeps only a few previews) push
			// that file out of those remembered
			others.post("/api/v1/imports", new Upload("contacts.vcf", Fixtures.bytes("contacts-4.0.vcf")));
		}
		String keptId = kept.post("/api/v1/imports", new Upload("Connections.csv", Fixtures.bytes("Connections.csv")))
			.json()
			.get("id")
			.asString();

		JsonNode keptCounts = kept.post("/api/v1/imports/" + keptId + "/apply", null).json().get("counts");
		JsonNode readAgainCounts = readAgain.post("/api/v1/imports/" + readAgainId + "/apply", null)
			.json()
			.get("counts");

		assertThat(readAgainCounts).isEqualTo(keptCounts);
		assertThat(peopleWithoutIdsAndTimes(readAgain)).isEqualTo(peopleWithoutIdsAndTimes(kept)).contains("Amara");
	}

	/** What the member's export says of their people, but for ids and timestamps. */
	private static String peopleWithoutIdsAndTimes(Caller member) {
		return member.get("/api/v1/export")
			.json()
			.get("people")
			.toString()
			.replaceAll("\"(id|createdAt|updatedAt)\":\"[^\"]*\",?", "");
	}

	@Test
	void anAppliedImportCannotBeAppliedAgain() {
		Caller sam = new JsonApi(this.port).newMember("Sam");
		String id = sam.post("/api/v1/imports", new Upload("contacts.vcf", Fixtures.bytes("contacts-4.0.vcf")))
			.json()
			.get("id")
			.asString();

		assertThat(sam.post("/api/v1/imports/" + id + "/apply", null).status()).isEqualTo(200);
		Reply again = sam.post("/api/v1/imports/" + id + "/apply", null);

		assertThat(again.status()).isEqualTo(404);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(sam.get("/api/v1/people").json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void aMalformedFileIsA400NamingLineAndColumnAndNothingIsStored() {
		Caller sam = new JsonApi(this.port).newMember("Sam");
		byte[] broken = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,someday\n"
			.getBytes(StandardCharsets.UTF_8);

		Reply reply = sam.post("/api/v1/imports", new Upload("Connections.csv", broken));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.json().get("line").asInt()).isEqualTo(2);
		assertThat(reply.json().get("column").asInt()).isEqualTo(7);
		assertThat(reply.json().get("reason").asString()).contains("someday");
		assertThat(sam.get("/api/v1/people").json().get("total").asInt()).isZero();
	}

	@Test
	void anUnknownFormatIs415() {
		Caller sam = new JsonApi(this.port).newMember("Sam");

		Reply undetected = sam.post("/api/v1/imports",
				new Upload("notes.txt", "Dear diary\n".getBytes(StandardCharsets.UTF_8)));
		Reply unknown = sam.post("/api/v1/imports?format=excel",
				new Upload("people.xlsx", "PK".getBytes(StandardCharsets.UTF_8)));

		assertThat(undetected.status()).isEqualTo(415);
		assertThat(undetected.contentType()).startsWith("application/problem+json");
		assertThat(unknown.status()).isEqualTo(415);
	}

	@Test
	void aFileOverTenMegabytesIs413() {
		Caller sam = new JsonApi(this.port).newMember("Sam");
		byte[] large = new byte[ImportService.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');

		Reply reply = sam.post("/api/v1/imports", new Upload("big.csv", large));

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aFileOverTheContainersLimitIsStill413() {
		Caller sam = new JsonApi(this.port).newMember("Sam");
		byte[] larger = new byte[16 * 1024 * 1024];
		java.util.Arrays.fill(larger, (byte) 'a');

		Reply reply = sam.post("/api/v1/imports", new Upload("bigger.csv", larger));

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aForcedFormatIsUsed() {
		Caller sam = new JsonApi(this.port).newMember("Sam");

		Reply reply = sam.post("/api/v1/imports?format=vcard",
				new Upload("Connections.csv", Fixtures.bytes("Connections.csv")));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("reason").asString()).contains("BEGIN:VCARD");
	}

}
