package org.tend.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client for the full-app tests: every call answers status, headers and
 * body.
 */
public final class JsonApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public JsonApi(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs a new member up; answers their id, email and token. */
	public Member signUp(String displayName) {
		String email = UUID.randomUUID() + "@example.org";
		Reply reply = call("POST", "/api/v1/accounts", null,
				Map.of("email", email, "password", "correct horse battery", "displayName", displayName));
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + reply);
		}
		return new Member(UUID.fromString(reply.json().get("id").asString()), email,
				reply.json().get("token").asString());
	}

	public Reply call(String method, String path, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			String json = (body instanceof String text) ? text : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	/** A form post as a mail client makes it: no cookie, no CSRF token. */
	public Reply postForm(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A plain GET without a token, as a browser following a link in a mail. */
	public Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Location").orElse(null),
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

	public record Member(UUID id, String email, String token) {
	}

	public record Reply(int status, String location, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** The fields the problem details name as bad. */
		public java.util.List<String> badFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.get("field").asString()));
			return fields;
		}

	}

}
