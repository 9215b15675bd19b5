package org.tend.api;

import java.util.List;

/**
 * The page-route authorization table: every route that is not {@code /api/v1} (pages,
 * forms, downloads, links from mails), how a signed-out visitor reaches it, and what Bo
 * tries on it with Ana's ids. {@link PageAuthorizationTests} checks it names every route
 * the application serves. A new page adds one line: {@link #member} with a probe per id
 * in its path, or {@link #open} for what needs no sign-in.
 */
final class PageAuthorizationTable {

	private PageAuthorizationTable() {
	}

	/** Ana's ids, as the rows below use them. */
	record Ids(Journal ana, Journal bo, String anasImport, String anasToken, CommunityRoutes.AnasCommunity community) {
	}

	static List<Route> routes(Ids ids) {
		Journal a = ids.ana();
		Journal b = ids.bo();
		String person = "/people/" + a.person();
		String meeting = "/meetings/" + a.meeting();
		String challenge = "/challenge/meetings/" + a.meeting();
		String forged = "/mail/unsubscribe/tend_forged0123456789abcdef";
		String community = "/communities/" + ids.community().id();
		String pairing = "/communities/pairings/" + ids.community().pairing();
		String answer = "/introductions/answer/tend_forged0123456789abcdef/tend_forged0123456789abcdef";
		String optOut = "/introductions/unsubscribe/tend_forged0123456789abcdef";
		return List.of(
				// open to anybody
				open("GET", "/"), open("GET", "/login"), open("ANY", "/login/throttled", "/login/throttled"),
				open("GET", "/signup"), open("POST", "/signup"), open("POST", "/demo"),
				open("GET", "/mail/unsubscribe/{token}", forged), open("POST", "/mail/unsubscribe/{token}", forged),
				open("GET", "/calendar/{token}.ics", "/calendar/tend_forged0123456789abcdef.ics"),
				open("ANY", "/error", "/error"), open("GET", "/v3/api-docs", "/v3/api-docs"),
				member("GET", "/v3/api-docs.yaml", own("/v3/api-docs.yaml")),
				// a member's own pages: nothing of Ana's on them
				member("GET", "/today", own("/today")), member("GET", "/insights", own("/insights")),
				member("GET", "/circles", own("/circles")), member("GET", "/challenge", own("/challenge")),
				member("POST", "/challenge/settings", own("/challenge/settings", "goal", "2", "pace", "steady")),
				member("GET", "/people", own("/people"), own("/people?q=" + a.marker()),
						own("/people?tag=" + a.marker())),
				member("GET", "/people/new", own("/people/new")),
				member("POST", "/people", own("/people", "name", "Bo's friend")),
				member("GET", "/search", own("/search?q=" + a.marker())),
				member("GET", "/meetings", own("/meetings"), hiddenOrNotFound("/meetings?personId=" + a.person())),
				member("GET", "/meetings/new", own("/meetings/new"),
						hiddenOrNotFound("/meetings/new?personId=" + a.person())),
				member("POST", "/meetings", own("/meetings", "kind", "coffee")),
				member("GET", "/promises", own("/promises")), member("GET", "/import", own("/import")),
				member("POST", "/import", own("/import")), member("GET", "/export", own("/export")),
				member("GET", "/export/download", own("/export/download"), own("/export/download?format=csv"),
						own("/export/download?format=vcard")),
				member("POST", "/export/calendar-feed", own("/export/calendar-feed")),
				member("POST", "/export/calendar-feed/revoke", own("/export/calendar-feed/revoke")),
				member("GET", "/settings", own("/settings")),
				member("POST", "/settings/profile", own("/settings/profile", "displayName", "Bo", "timeZone", "UTC")),
				member("POST", "/settings/password",
						own("/settings/password", "currentPassword", "not Bo's password", "newPassword",
								"another long password", "confirmation", "another long password")),
				member("POST", "/settings/delete", own("/settings/delete", "password", "not Bo's password")),
				member("POST", "/settings/tokens", own("/settings/tokens", "name", "Bo's script")),
				member("POST", "/settings/invitations", hiddenOrNotFound("/settings/invitations")),
				member("GET", "/settings/email", own("/settings/email")),
				member("POST", "/settings/email", own("/settings/email", "weeklyNudge", "false")),
				// Ana's ids in the path: not found, nothing changed
				member("POST", "/settings/tokens/{id}/revoke",
						notFound("/settings/tokens/" + ids.anasToken() + "/revoke")),
				member("GET", "/people/{id}", notFound(person)),
				member("POST", "/people/{id}", notFound(person, "name", "Intruder")),
				member("GET", "/people/{id}/edit", notFound(person + "/edit")),
				member("GET", "/people/{id}/depth", notFound(person + "/depth")),
				member("GET", "/people/{id}/delete", notFound(person + "/delete")),
				member("POST", "/people/{id}/delete", notFound(person + "/delete")),
				member("POST", "/people/{id}/notes", notFound(person + "/notes", "kind", "other", "text", "Intruder")),
				member("POST", "/people/{id}/notes/{noteId}/delete",
						notFound(person + "/notes/" + a.note() + "/delete"),
						notFound("/people/" + b.person() + "/notes/" + a.note() + "/delete"),
						notFound(person + "/notes/" + b.note() + "/delete")),
				member("GET", "/people/{personId}/ledger", notFound(person + "/ledger")),
				member("POST", "/people/{personId}/exchanges",
						notFound(person + "/exchanges", "direction", "given", "kind", "advice", "description",
								"Intruder")),
				member("POST", "/people/{personId}/promises",
						notFound(person + "/promises", "owner", "me", "text", "Intruder")),
				member("POST", "/people/{personId}/promises/{promiseId}/status",
						notFound(person + "/promises/" + a.promise() + "/status", "status", "dropped"),
						notFound("/people/" + b.person() + "/promises/" + a.promise() + "/status", "status",
								"dropped")),
				member("POST", "/people/{personId}/exchanges/{exchangeId}/delete",
						notFound(person + "/exchanges/" + a.exchange() + "/delete"),
						notFound("/people/" + b.person() + "/exchanges/" + a.exchange() + "/delete")),
				member("POST", "/promises/{id}/status",
						notFound("/promises/" + a.promise() + "/status", "status", "dropped")),
				member("POST", "/circles/{personId}", notFound("/circles/" + a.person(), "circle", "wider")),
				member("GET", "/meetings/{id}", notFound(meeting)),
				member("GET", "/meetings/{id}/edit", notFound(meeting + "/edit")),
				member("POST", "/meetings/{id}", notFound(meeting, "kind", "walk", "place", "Intruder")),
				member("POST", "/meetings/{id}/delete", notFound(meeting + "/delete")),
				member("POST", "/meetings/{id}/status", notFound(meeting + "/status", "status", "cancelled")),
				member("POST", "/meetings/{id}/reflection", notFound(meeting + "/reflection", "learned", "Intruder")),
				member("POST", "/challenge/suggestions/{personId}/plan",
						notFound("/challenge/suggestions/" + a.person() + "/plan")),
				member("POST", "/challenge/suggestions/{personId}/dismiss",
						notFound("/challenge/suggestions/" + a.person() + "/dismiss")),
				member("GET", "/challenge/meetings/{id}/reflect", notFound(challenge + "/reflect")),
				member("POST", "/challenge/meetings/{id}/reflect", notFound(challenge + "/reflect", "learned", "x")),
				member("GET", "/challenge/meetings/{id}/share", notFound(challenge + "/share")),
				member("POST", "/challenge/meetings/{id}/share", notFound(challenge + "/share", "nameAgreed", "true")),
				member("GET", "/challenge/meetings/{id}/share/photo", notFound(challenge + "/share/photo")),
				member("GET", "/challenge/meetings/{id}/invite", notFound(challenge + "/invite")),
				member("GET", "/challenge/meetings/{id}/invite.ics", notFound(challenge + "/invite.ics")),
				member("GET", "/import/{id}", notFound("/import/" + ids.anasImport())),
				member("POST", "/import/{id}/apply", notFound("/import/" + ids.anasImport() + "/apply")),
				// communities: Bo belongs to none of Ana's, so her community and pairing
				// are 404
				member("GET", "/communities", own("/communities")),
				member("POST", "/communities", own("/communities", "name", "")),
				member("POST", "/communities/join", own("/communities/join", "code", "forgedcode12")),
				// a join link names only the community its code opens: an unknown code
				// says so
				member("GET", "/communities/join/{code}", own("/communities/join/forgedcode12")),
				member("GET", "/communities/pairings", own("/communities/pairings")),
				member("GET", "/communities/{id}", notFound(community)),
				member("GET", "/communities/{id}/profile", notFound(community + "/profile")),
				member("POST", "/communities/{id}/profile", notFound(community + "/profile", "headline", "x")),
				member("GET", "/communities/{id}/rounds", notFound(community + "/rounds")),
				member("POST", "/communities/{id}/rounds", notFound(community + "/rounds")),
				member("POST", "/communities/{id}/invite-code", notFound(community + "/invite-code")),
				member("POST", "/communities/{id}/leave", notFound(community + "/leave")),
				member("POST", "/communities/{id}/members/{memberId}/{action}",
						notFound(community + "/members/" + ids.community().anasId() + "/remove")),
				member("POST", "/communities/pairings/{id}/answer", notFound(pairing + "/answer", "answer", "met")),
				member("POST", "/communities/pairings/{id}/journal", notFound(pairing + "/journal")),
				member("POST", "/communities/pairings/{id}/again", notFound(pairing + "/again")),
				member("GET", "/communities/pairings/{id}/invite.ics", notFound(pairing + "/invite.ics")),
				// introductions: the member's own form; the links in a request mail need
				// no sign-in
				member("GET", "/introductions/new", own("/introductions/new"),
						hiddenOrNotFound("/introductions/new?personId=" + a.person())),
				member("POST", "/introductions", own("/introductions")),
				open("GET", "/introductions/answer/{secret}/{link}", answer),
				open("POST", "/introductions/answer/{secret}/{link}", answer),
				open("GET", "/introductions/unsubscribe/{secret}", optOut),
				open("POST", "/introductions/unsubscribe/{secret}", optOut));
	}

	/**
	 * Requests for introductions between community members: Bo's own page, form and
	 * limits; Ana's community and the request Cy sent her are 404.
	 */
	static List<Route> introductionRequests(Ids ids, String anasRequest) {
		String community = "/communities/" + ids.community().id();
		String request = "/introductions/requests/" + anasRequest;
		return List.of(member("GET", "/introductions/requests", own("/introductions/requests")),
				member("POST", "/introductions/requests/limits",
						own("/introductions/requests/limits", "paused", "true", "monthlyCap", "3")),
				member("POST", "/introductions/requests/{id}/decline", notFound(request + "/decline")),
				member("GET", "/introductions/requests/{id}/introduce", notFound(request + "/introduce")),
				member("POST", "/introductions/requests/{id}/introduce",
						notFound(request + "/introduce", "personId", ids.bo().person(), "askerReason", "x",
								"personReason", "y")),
				member("GET", "/communities/{id}/introduction-requests/new",
						notFound(community + "/introduction-requests/new")),
				member("POST", "/communities/{id}/introduction-requests", notFound(community + "/introduction-requests",
						"toMemberId", ids.community().anasId(), "text", "Intruder")));
	}

	/**
	 * Small groups: Bo's own list of groups; Ana's community (wish, season) and Ana's
	 * group (page, calendar, attendance, journal, agenda, keep going or close) and Ana's
	 * proposal (propose, join, start, withdraw, leave) are 404.
	 */
	static List<Route> groups(Ids ids, GroupRoutes.AnasGroup group) {
		String community = "/communities/" + ids.community().id() + "/groups";
		String g = "/groups/" + group.id();
		String session = g + "/sessions/" + group.session();
		String proposal = community + "/proposals/" + group.proposal();
		return List.of(member("GET", "/groups", own("/groups")),
				member("GET", "/communities/{id}/groups", notFound(community)),
				member("POST", "/communities/{id}/groups/wish",
						notFound(community + "/wish", "topics", "quokka", "mode", "virtual", "sizeMin", "4", "sizeMax",
								"4")),
				member("POST", "/communities/{id}/groups/wish/withdraw", notFound(community + "/wish/withdraw")),
				member("GET", "/communities/{id}/groups/season", notFound(community + "/season")),
				member("POST", "/communities/{id}/groups/season", notFound(community + "/season")),
				member("GET", "/groups/{id}", notFound(g)),
				member("GET", "/groups/{id}/sessions.ics", notFound(g + "/sessions.ics")),
				member("POST", "/groups/{id}/sessions/{sessionId}/attendance",
						notFound(session + "/attendance", "attended", "true")),
				member("POST", "/groups/{id}/sessions/{sessionId}/journal", notFound(session + "/journal")),
				member("POST", "/groups/{id}/agenda", notFound(g + "/agenda", "text", "quokka")),
				member("POST", "/groups/{id}/agenda/{itemId}/remove",
						notFound(g + "/agenda/" + group.agendaItem() + "/remove")),
				member("POST", "/groups/{id}/continuation", notFound(g + "/continuation", "choice", "close")),
				member("POST", "/communities/{id}/groups/proposals",
						notFound(community + "/proposals", "topic", "quokka", "mode", "virtual", "size", "4")),
				member("POST", "/communities/{id}/groups/proposals/{proposalId}/join", notFound(proposal + "/join")),
				member("POST", "/communities/{id}/groups/proposals/{proposalId}/start", notFound(proposal + "/start")),
				member("POST", "/communities/{id}/groups/proposals/{proposalId}/withdraw",
						notFound(proposal + "/withdraw")),
				member("POST", "/communities/{id}/groups/proposals/{proposalId}/leave", notFound(proposal + "/leave")));
	}

	/** A route anybody may call: signed out, it answers without sending to sign-in. */
	private static Route open(String method, String pattern) {
		return open(method, pattern, pattern);
	}

	private static Route open(String method, String pattern, String samplePath) {
		return new Route(method, pattern, true, List.of(new Probe("signed out", samplePath, List.of(), Outcome.OPEN)));
	}

	/**
	 * A member's route: signed out, it sends to sign-in (called as the first probe does);
	 * signed in as Bo, each probe comes to its outcome.
	 */
	private static Route member(String method, String pattern, Probe... probes) {
		return new Route(method, pattern, false, List.of(probes));
	}

	private static Probe own(String path, String... form) {
		return new Probe("Bo's own", path, List.of(form), Outcome.OWN);
	}

	private static Probe hiddenOrNotFound(String path, String... form) {
		return new Probe("with Ana's ids as a filter", path, List.of(form), Outcome.HIDDEN_OR_NOT_FOUND);
	}

	private static Probe notFound(String path, String... form) {
		return new Probe("with Ana's ids", path, List.of(form), Outcome.NOT_FOUND);
	}

	/** A route as the handler mapping names it, and the calls made on it. */
	record Route(String method, String pattern, boolean isOpen, List<Probe> probes) {

		String key() {
			return this.method + " " + this.pattern;
		}

		/** The method to call it with: a route for any method is called with GET. */
		String callMethod() {
			return "ANY".equals(this.method) ? "GET" : this.method;
		}

	}

	/** One call as Bo (or signed out, for an open route): a path and its form fields. */
	record Probe(String what, String path, List<String> form, Outcome outcome) {
	}

	enum Outcome {

		/** Anybody may call it: no sign-in asked, nothing of Ana's. */
		OPEN,
		/**
		 * Bo's own page or form: answered (a page, a redirect, a refused form), nothing
		 * of Ana's.
		 */
		OWN,
		/** Filtered by Ana's ids: nothing of Ana's shown, or 404. */
		HIDDEN_OR_NOT_FOUND,
		/** Ana's ids in the path: 404, nothing of Ana's, nothing changed. */
		NOT_FOUND

	}

}
