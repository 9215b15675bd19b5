package org.tend.api;

import java.util.List;
import java.util.Map;

import org.tend.api.AuthorizationTable.Outcome;
import org.tend.api.AuthorizationTable.Probe;
import org.tend.api.AuthorizationTable.Route;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;

/**
 * The small groups' rows of the authorization table: Bo, in no community of Ana's, gets
 * 404 for wishing, previewing and publishing there, for Ana's group, its calendar, agenda
 * and "keep going / close", and for proposing, seeing, joining, starting, withdrawing and
 * leaving proposed groups.
 */
final class GroupRoutes {

	private GroupRoutes() {
	}

	/** A published group of Ana's community: Ana and three more who wished the same. */
	record AnasGroup(String communityId, String id, String session, String agendaItem, String proposal) {

		static AnasGroup create(JsonApi api, Caller ana, String communityId) {
			String c = "/api/v1/communities/" + communityId;
			String code = ana.get(c).json().get("inviteCode").asString();
			Map<String, Object> wish = Map.of("topics", List.of("quokka"), "mode", "virtual", "sizeMin", 4, "sizeMax",
					4);
			ana.post(c + "/group-wishes", wish);
			for (String name : List.of("Dee", "Eve", "Fay")) {
				Caller member = api.newMember(name);
				member.post("/api/v1/communities/join", Map.of("inviteCode", code));
				member.post(c + "/group-wishes", wish);
			}
			var group = ana.post(c + "/groups", null).json().get("groups").get(0);
			String id = group.get("id").asString();
			String session = group.get("sessions").get(0).get("id").asString();
			ana.call("PUT", "/api/v1/groups/" + id + "/sessions/" + session + "/attendance", Map.of("attended", true));
			String item = ana.post("/api/v1/groups/" + id + "/agenda", Map.of("text", "quokka"))
				.json()
				.get("id")
				.asString();
			String proposal = ana.post(c + "/group-proposals", Map.of("topic", "quokka", "mode", "virtual", "size", 8))
				.json()
				.get("id")
				.asString();
			return new AnasGroup(communityId, id, session, item, proposal);
		}

	}

	static List<Route> routes(AnasGroup a) {
		String c = "/api/v1/communities/" + a.communityId();
		String g = "/api/v1/groups/" + a.id();
		Map<String, Object> wish = Map.of("topics", List.of("quokka"), "mode", "virtual", "sizeMin", 4, "sizeMax", 6);
		String s = g + "/sessions/" + a.session();
		Map<String, Object> attended = Map.of("attended", true);
		Map<String, Object> proposal = Map.of("topic", "quokka", "mode", "virtual", "size", 4);
		String p = c + "/group-proposals/" + a.proposal();
		return List.of(
				route("POST", "/api/v1/communities/{id}/group-wishes", c + "/group-wishes", wish,
						notFound(c + "/group-wishes", wish)),
				route("POST", "/api/v1/communities/{id}/groups/preview", c + "/groups/preview", null,
						notFound(c + "/groups/preview", null)),
				route("POST", "/api/v1/communities/{id}/groups", c + "/groups", null, notFound(c + "/groups", null)),
				route("GET", "/api/v1/groups/{id}", g, null, notFound(g, null)),
				route("GET", "/api/v1/groups/{id}/sessions.ics", g + "/sessions.ics", null,
						notFound(g + "/sessions.ics", null)),
				route("PUT", "/api/v1/groups/{id}/sessions/{sessionId}/attendance", s + "/attendance", attended,
						notFound(s + "/attendance", attended)),
				route("POST", "/api/v1/groups/{id}/sessions/{sessionId}/journal", s + "/journal", null,
						notFound(s + "/journal", null)),
				route("GET", "/api/v1/groups/{id}/continuation", g + "/continuation", null,
						notFound(g + "/continuation", null)),
				route("PUT", "/api/v1/groups/{id}/continuation", g + "/continuation", Map.of("choice", "close"),
						notFound(g + "/continuation", Map.of("choice", "close"))),
				route("GET", "/api/v1/groups/{id}/agenda", g + "/agenda", null, notFound(g + "/agenda", null)),
				route("POST", "/api/v1/groups/{id}/agenda", g + "/agenda", Map.of("text", "quokka"),
						notFound(g + "/agenda", Map.of("text", "quokka"))),
				route("DELETE", "/api/v1/groups/{id}/agenda/{itemId}", g + "/agenda/" + a.agendaItem(), null,
						notFound(g + "/agenda/" + a.agendaItem(), null)),
				route("POST", "/api/v1/communities/{id}/group-proposals", c + "/group-proposals", proposal,
						notFound(c + "/group-proposals", proposal)),
				route("GET", "/api/v1/communities/{id}/group-proposals", c + "/group-proposals", null,
						notFound(c + "/group-proposals", null)),
				route("POST", "/api/v1/communities/{id}/group-proposals/{proposalId}/join", p + "/join", null,
						notFound(p + "/join", null)),
				route("POST", "/api/v1/communities/{id}/group-proposals/{proposalId}/start", p + "/start", null,
						notFound(p + "/start", null)),
				route("POST", "/api/v1/communities/{id}/group-proposals/{proposalId}/withdraw", p + "/withdraw", null,
						notFound(p + "/withdraw", null)),
				route("POST", "/api/v1/communities/{id}/group-proposals/{proposalId}/leave", p + "/leave", null,
						notFound(p + "/leave", null)));
	}

	private static Route route(String method, String pattern, String samplePath, Object sampleBody, Probe... probes) {
		return new Route(method, pattern, samplePath, sampleBody, false, List.of(probes));
	}

	private static Probe notFound(String path, Object body) {
		return new Probe("with Ana's community and group ids", path, body, Outcome.NOT_FOUND, null);
	}

}
