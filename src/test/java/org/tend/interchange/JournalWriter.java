package org.tend.interchange;

import java.util.List;
import java.util.Map;

import org.tend.support.JsonApi.Caller;

/** A small but complete journal written through the API, every field used somewhere. */
final class JournalWriter {

	private JournalWriter() {
	}

	static void write(Caller member) {
		String zoe = member.create("/api/v1/people",
				Map.ofEntries(Map.entry("name", "Zoë Ñúñez 🌱"), Map.entry("company", "Verdant Labs, Inc."),
						Map.entry("role", "Head of Research"), Map.entry("city", "València"),
						Map.entry("emails", List.of("zoe@example.org", "zoe@verdant.example")),
						Map.entry("phones", List.of("+34 600 123 456")),
						Map.entry("links", List.of("https://www.linkedin.com/in/zo%C3%AB-n%C3%BA%C3%B1ez")),
						Map.entry("tags", List.of("climate", "data")), Map.entry("circle", "close"),
						Map.entry("cadenceDays", 21), Map.entry("howWeMet", "At the climate data meetup\nin València"),
						Map.entry("metOn", "2024-03-14")))
			.toString();
		String li = member
			.create("/api/v1/people",
					Map.of("name", "李小龍", "company", "騰訊", "circle", "inner", "emails", List.of("li@example.hk")))
			.toString();
		member.create("/api/v1/people", Map.of("name", "Sam O'Brien"));
		member.post("/api/v1/people/" + zoe + "/notes",
				Map.of("kind", "project", "text", "Building a sensor network", "notedOn", "2025-01-10"));
		member.post("/api/v1/people/" + zoe + "/notes",
				Map.of("kind", "aspiration", "text", "Wants to teach 🌱", "notedOn", "2025-02-01"));
		member.post("/api/v1/people/" + li + "/notes", Map.of("kind", "challenge", "text", "Hiring is hard"));
		String coffee = member
			.create("/api/v1/meetings", Map.of("personIds", List.of(zoe), "kind", "coffee", "mode", "in_person",
					"startsAt", "2025-11-20T09:30:00+01:00", "durationMinutes", 45, "place", "Café Central", "status",
					"happened", "prep", "Ask about the pilot", "reflection",
					Map.of("learned", "The pilot needs funding", "shared", "My grant story", "adviceOffered",
							"Try the EU call", "helpAsked", "An intro to Li", "nextStep", "Send the grant call")))
			.toString();
		member.create("/api/v1/meetings", Map.of("personIds", List.of(zoe, li), "kind", "video", "startsAt",
				"2027-02-01T16:00:00Z", "place", "Jitsi", "prep", "Agenda: the intro"));
		member.create("/api/v1/meetings", Map.of("personIds", List.of(li), "kind", "lunch", "startsAt",
				"2025-06-01T12:00:00Z", "status", "cancelled"));
		member.post("/api/v1/exchanges", Map.of("personId", zoe, "direction", "given", "kind", "introduction",
				"description", "Introduced her to Li", "on", "2025-11-20", "meetingId", coffee));
		member.post("/api/v1/exchanges", Map.of("personId", li, "direction", "received", "kind", "advice",
				"description", "Advice on hiring", "on", "2025-05-02"));
		member.post("/api/v1/promises", Map.of("personId", zoe, "owner", "me", "text", "Send the grant call", "due",
				"2025-12-01", "meetingId", coffee));
		member.post("/api/v1/promises", Map.of("personId", li, "owner", "them", "text", "Share the hiring doc"));
		String kept = member
			.create("/api/v1/promises",
					Map.of("personId", zoe, "owner", "them", "text", "Send the paper", "status", "kept"))
			.toString();
		if (kept == null) {
			throw new IllegalStateException("no promise");
		}
	}

}
