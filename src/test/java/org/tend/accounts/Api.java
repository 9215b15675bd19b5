package org.tend.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script calling Tend's JSON API: no cookies, a bearer token when it has one. */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final URI base;

	private final HttpClient http = HttpClient.newHttpClient();

	Api(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	Reply get(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	Reply getWithAuthorization(String path, String authorization) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).header("Authorization", authorization).GET());
	}

	Reply post(String path, Object body) {
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(body instanceof String text ? text : JSON.writeValueAsString(body))));
	}

	/** Signs up a member, answering the created member with its first token. */
	Member signUp(String email, String password, String displayName) {
		Reply reply = post("/api/v1/accounts",
				Map.of("email", email, "password", password, "displayName", displayName));
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up answered " + reply.status() + ": " + reply.body());
		}
		JsonNode json = reply.json();
		return new Member(UUID.fromString(json.get("id").asString()), json.get("email").asString(), password,
				json.get("token").asString());
	}

	/**
	 * A unique, real-shaped email, since the full-app tests of a context share its
	 * database.
	 */
	static String uniqueEmail(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Reply(int status, HttpHeaders headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

	}

	record Member(UUID id, String email, String password, String token) {
	}

}
