package org.tend.meetings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application's JSON API as a script would: a bearer token, JSON in and
 * out.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	ApiClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs up a new member; returns their id and token. */
	Member signUp(String name) {
		String email = "member-" + UUID.randomUUID() + "@example.org";
		Answer answer = call("POST", "/api/v1/accounts", null, "{\"email\":\"" + email
				+ "\",\"password\":\"correct horse battery\",\"displayName\":\"" + name + "\"}");
		if (answer.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + answer);
		}
		return new Member(UUID.fromString(answer.json().get("id").asString()), answer.json().get("token").asString());
	}

	Answer call(String method, String path, Member member, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (member != null) {
			request.header("Authorization", "Bearer " + member.token());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Member(UUID id, String token) {
	}

	record Answer(int status, String location, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}
