package org.tend.api;

import java.util.List;
import java.util.Map;

import org.tend.api.AuthorizationTable.Outcome;
import org.tend.api.AuthorizationTable.Probe;
import org.tend.api.AuthorizationTable.Route;
import org.tend.support.JsonApi.Caller;

/**
 * The rows of the authorization table for requests between community members: Bo, in no
 * community of Ana's, cannot ask anyone in hers, sees only his own requests and limits,
 * and gets 404 for answering the request Cy sent Ana.
 */
final class IntroductionRequestRoutes {

	private IntroductionRequestRoutes() {
	}

	/** Cy, a member of Ana's community, asks Ana for an introduction; answers its id. */
	static String anasRequest(Caller cy, String communityId, String anasId) {
		return cy
			.post("/api/v1/communities/" + communityId + "/introduction-requests",
					Map.of("toMemberId", anasId, "text", "Someone who keeps quokkas?"))
			.json()
			.get("id")
			.asString();
	}

	static List<Route> routes(CommunityRoutes.AnasCommunity community, String anasRequest, String bosPerson) {
		String ask = "/api/v1/communities/" + community.id() + "/introduction-requests";
		String request = "/api/v1/introduction-requests/" + anasRequest;
		Map<String, Object> question = Map.of("toMemberId", community.anasId(), "text", "Intruder");
		Map<String, Object> introduce = Map.of("personId", bosPerson, "askerReason", "Intruder", "personReason",
				"Intruder");
		Map<String, Object> limits = Map.of("paused", false, "monthlyCap", 5);
		return List.of(
				route("POST", "/api/v1/communities/{id}/introduction-requests", ask, question,
						new Probe("asking Ana in her community", ask, question, Outcome.NOT_FOUND, null)),
				route("GET", "/api/v1/introduction-requests", "/api/v1/introduction-requests", null,
						new Probe("Bo's own only", "/api/v1/introduction-requests", null, Outcome.OWN_ONLY, null)),
				route("POST", "/api/v1/introduction-requests/{id}/decline", request + "/decline", null,
						new Probe("Ana's request", request + "/decline", null, Outcome.NOT_FOUND, null)),
				route("POST", "/api/v1/introduction-requests/{id}/introduce", request + "/introduce", introduce,
						new Probe("Ana's request, Bo's person", request + "/introduce", introduce, Outcome.NOT_FOUND,
								null)),
				route("GET", "/api/v1/me/introduction-limits", "/api/v1/me/introduction-limits", null,
						new Probe("Bo's own only", "/api/v1/me/introduction-limits", null, Outcome.OWN_ONLY, null)),
				route("PUT", "/api/v1/me/introduction-limits", "/api/v1/me/introduction-limits", limits, new Probe(
						"changes Bo's own only", "/api/v1/me/introduction-limits", limits, Outcome.OWN_ONLY, null)));
	}

	private static Route route(String method, String pattern, String samplePath, Object sampleBody, Probe... probes) {
		return new Route(method, pattern, samplePath, sampleBody, false, List.of(probes));
	}

}
