package org.tend.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;
import org.tend.support.JsonApi.Upload;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export a journal, import the file into an empty account: every person, note, meeting,
 * exchange and promise comes back, field by field (only ids and timestamps are new).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportRoundTripTests {

	/** What the journal gives anew on import; everything else must be equal. */
	private static final List<String> NEW_ON_IMPORT = List.of("id", "personId", "personIds", "meetingId", "createdAt",
			"updatedAt", "closedAt", "exportedAt");

	@LocalServerPort
	int port;

	@Test
	void importingAnExportIntoAnEmptyAccountReproducesTheWholeJournal() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		JournalWriter.write(zoe);
		Reply exported = zoe.get("/api/v1/export");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/json");
		assertThat(exported.json().get("schemaVersion").asInt()).isEqualTo(1);

		Caller twin = new JsonApi(this.port).newMember("Zoë again");
		Reply preview = twin.post("/api/v1/imports",
				new Upload("tend-export.json", exported.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.json().get("format").asString()).isEqualTo("tend");
		assertThat(preview.json().get("counts").get("new").asInt()).isEqualTo(3);
		Reply applied = twin.post("/api/v1/imports/" + preview.json().get("id").asString() + "/apply", null);
		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);

		JsonNode original = exported.json();
		JsonNode copy = twin.get("/api/v1/export").json();
		assertThat(comparable(copy.get("people"))).isEqualTo(comparable(original.get("people")));
		assertThat(comparable(copy.get("meetings"))).isEqualTo(comparable(original.get("meetings")));
		assertThat(comparable(copy.get("exchanges"))).isEqualTo(comparable(original.get("exchanges")));
		assertThat(comparable(copy.get("promises"))).isEqualTo(comparable(original.get("promises")));
		assertThat(original.get("people").size()).isEqualTo(3);
		assertThat(original.get("meetings").size()).isEqualTo(3);
		assertThat(original.get("exchanges").size()).isEqualTo(2);
		assertThat(original.get("promises").size()).isEqualTo(3);
		assertThat(original.get("people").toString()).contains("\"notes\"");
		// and the links between them survive: the meeting of the exchange is the same
		// meeting
		assertThat(names(copy, "exchanges")).isEqualTo(names(original, "exchanges"));
	}

	/** Each entry without what import gives anew, as text, in a stable order. */
	private static List<String> comparable(JsonNode entries) {
		List<String> all = new ArrayList<>();
		for (JsonNode entry : entries) {
			all.add(without((ObjectNode) entry.deepCopy()).toString());
		}
		all.sort(Comparator.naturalOrder());
		return all;
	}

	private static JsonNode without(ObjectNode entry) {
		NEW_ON_IMPORT.forEach(entry::remove);
		for (Map.Entry<String, JsonNode> field : entry.properties()) {
			if (field.getValue().isArray()) {
				for (JsonNode child : field.getValue()) {
					if (child.isObject()) {
						without((ObjectNode) child);
					}
				}
			}
		}
		return entry;
	}

	/** Each exchange as "person name / meeting place": the ids resolved. */
	private static List<String> names(JsonNode export, String list) {
		List<String> resolved = new ArrayList<>();
		for (JsonNode entry : export.get(list)) {
			String person = find(export.get("people"), entry.get("personId").asString()).get("name").asString();
			String meeting = entry.has("meetingId")
					? find(export.get("meetings"), entry.get("meetingId").asString()).path("place").asString("") : "-";
			resolved.add(person + " / " + meeting);
		}
		resolved.sort(Comparator.naturalOrder());
		return resolved;
	}

	private static JsonNode find(JsonNode entries, String id) {
		for (JsonNode entry : entries) {
			if (entry.get("id").asString().equals(id)) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + id);
	}

}
