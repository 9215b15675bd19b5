package org.tend.mail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the mail tests: JSON calls with a token, and plain posts. */
final class MailApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	MailApi(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs a new member up; answers their id, email and token. */
	Member signUp(String displayName) {
		String email = "m." + UUID.randomUUID() + "@example.org";
		Reply reply = call("POST", "/api/v1/accounts", null,
				Map.of("email", email, "password", "correct horse battery", "displayName", displayName));
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + reply);
		}
		return new Member(UUID.fromString(reply.json().get("id").asString()), email,
				reply.json().get("token").asString());
	}

	Reply call(String method, String path, String token, Object body) {
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
	Reply postForm(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	Reply get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Member(UUID id, String email, String token) {
	}

	record Reply(int status, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		java.util.List<String> badFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.get("field").asString()));
			return fields;
		}

	}

}
