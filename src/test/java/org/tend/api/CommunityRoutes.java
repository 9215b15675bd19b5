package org.tend.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tend.api.AuthorizationTable.Outcome;
import org.tend.api.AuthorizationTable.Probe;
import org.tend.api.AuthorizationTable.Route;
import org.tend.support.JsonApi.Caller;

/**
 * The communities' rows of the authorization table: Bo, in no community of Ana's, gets
 * 404 for everything of her community and of her pairing, creates only his own, and an
 * unknown invite code lets nobody in.
 */
final class CommunityRoutes {

	private CommunityRoutes() {
	}

	/**
	 * Ana's community (with Cy, so that a round could be published) and her pairing in
	 * it.
	 */
	record AnasCommunity(String id, String anasId, String round, String pairing) {

		static AnasCommunity create(Caller ana, Caller cy, String anasId) {
			String id = ana
				.post("/api/v1/communities",
						Map.of("name", "Quokka makers", "cadence", "weekly", "description", "Ana's quokka circle"))
				.json()
				.get("id")
				.asString();
			String code = ana.get("/api/v1/communities/" + id).json().get("inviteCode").asString();
			cy.post("/api/v1/communities/join", Map.of("inviteCode", code));
			String round = ana.post("/api/v1/communities/" + id + "/rounds", null).json().get("id").asString();
			String pairing = ana.get("/api/v1/pairings").json().get("items").get(0).get("id").asString();
			return new AnasCommunity(id, anasId, round, pairing);
		}

	}

	static List<Route> routes(AnasCommunity a) {
		String c = "/api/v1/communities/" + a.id();
		String p = "/api/v1/pairings/" + a.pairing();
		Map<String, Object> settings = Map.of("name", "Intruders", "cadence", "weekly");
		Map<String, Object> profile = Map.of("headline", "Intruder", "topics", List.of("quokka"));
		Map<String, Object> role = Map.of("role", "organizer");
		Map<String, Object> answer = Map.of("outcome", "met", "note", "Intruder");
		String member = c + "/members/" + a.anasId();
		String again = "/api/v1/rounds/" + a.round() + "/pairs/" + a.pairing() + "/again";
		return List.of(
				route("GET", "/api/v1/communities", "/api/v1/communities", null,
						new Probe("Bo's own only", "/api/v1/communities", null, Outcome.OWN_ONLY, null)),
				route("POST", "/api/v1/communities", "/api/v1/communities", settings,
						new Probe("with Ana's community id in the body", "/api/v1/communities",
								Map.of("id", a.id(), "name", "Bo's walkers", "cadence", "monthly"), Outcome.CREATES_OWN,
								null)),
				route("POST", "/api/v1/communities/join", "/api/v1/communities/join",
						Map.of("inviteCode", "unknowncode2"),
						new Probe("with a code nobody holds", "/api/v1/communities/join",
								Map.of("inviteCode", "unknowncode2"), Outcome.NOT_FOUND, null),
						new Probe("with Ana's community id as the code", "/api/v1/communities/join",
								Map.of("inviteCode", a.id()), Outcome.NOT_FOUND, null)),
				route("GET", "/api/v1/communities/{id}", c, null, notFound(c, null)),
				route("PUT", "/api/v1/communities/{id}", c, settings, notFound(c, settings)),
				route("DELETE", "/api/v1/communities/{id}", c, null, notFound(c, null)),
				route("POST", "/api/v1/communities/{id}/invite-code", c + "/invite-code", null,
						notFound(c + "/invite-code", null)),
				route("DELETE", "/api/v1/communities/{id}/membership", c + "/membership", null,
						notFound(c + "/membership", null)),
				route("GET", "/api/v1/communities/{id}/profile", c + "/profile", null, notFound(c + "/profile", null)),
				route("PUT", "/api/v1/communities/{id}/profile", c + "/profile", profile,
						notFound(c + "/profile", profile)),
				route("GET", "/api/v1/communities/{id}/members", c + "/members", null,
						notFound(c + "/members?size=200", null)),
				route("DELETE", "/api/v1/communities/{id}/members/{memberId}", member, null, notFound(member, null)),
				route("POST", "/api/v1/communities/{id}/members/{memberId}/approve", member + "/approve", null,
						notFound(member + "/approve", null)),
				route("PUT", "/api/v1/communities/{id}/members/{memberId}/role", member + "/role", role,
						notFound(member + "/role", role)),
				route("GET", "/api/v1/communities/{id}/fit", c + "/fit?a=" + a.anasId() + "&b=" + a.anasId(), null,
						notFound(c + "/fit?a=" + a.anasId() + "&b=" + UUID.randomUUID(), null)),
				route("POST", "/api/v1/communities/{id}/rounds/preview", c + "/rounds/preview", null,
						notFound(c + "/rounds/preview", null)),
				route("POST", "/api/v1/communities/{id}/rounds", c + "/rounds", null, notFound(c + "/rounds", null)),
				route("GET", "/api/v1/communities/{id}/rounds/figures", c + "/rounds/figures", null,
						notFound(c + "/rounds/figures", null)),
				route("GET", "/api/v1/pairings", "/api/v1/pairings", null,
						new Probe("Bo's own only", "/api/v1/pairings", null, Outcome.OWN_ONLY, null)),
				route("PUT", "/api/v1/pairings/{id}/answer", p + "/answer", answer, notFound(p + "/answer", answer)),
				route("POST", "/api/v1/pairings/{id}/journal", p + "/journal", null, notFound(p + "/journal", null)),
				route("POST", "/api/v1/rounds/{roundId}/pairs/{pairId}/again", again, null, notFound(again, null),
						new Probe("with Ana's pair under another round",
								"/api/v1/rounds/" + UUID.randomUUID() + "/pairs/" + a.pairing() + "/again", null,
								Outcome.NOT_FOUND, null)));
	}

	private static Route route(String method, String pattern, String samplePath, Object sampleBody, Probe... probes) {
		return new Route(method, pattern, samplePath, sampleBody, false, List.of(probes));
	}

	private static Probe notFound(String path, Object body) {
		return new Probe("with Ana's community ids", path, body, Outcome.NOT_FOUND, null);
	}

}
