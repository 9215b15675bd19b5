package org.tend.challenge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the challenge's full-app tests. */
final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs a new member up; answers their id, email and token. */
	Member signUp(String displayName) {
		String email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Reply reply = call("POST", "/api/v1/accounts", null,
				Map.of("email", email, "password", "correct horse battery", "displayName", displayName));
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + reply);
		}
		return new Member(UUID.fromString(reply.json().get("id").asString()), email,
				reply.json().get("token").asString());
	}

	/** Creates a row (person, meeting...) and answers its id. */
	UUID create(Member member, String path, Object body) {
		Reply reply = call("POST", path, member.token(), body);
		if (reply.status() != 201) {
			throw new IllegalStateException("could not create " + path + ": " + reply);
		}
		return UUID.fromString(reply.json().get("id").asString());
	}

	Reply get(Member member, String path) {
		return call("GET", path, member.token(), null);
	}

	Reply call(String method, String path, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<byte[]> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
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

	record Reply(int status, String contentType, String disposition, byte[] bytes) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(body());
		}

		@Override
		public String toString() {
			return this.status + " " + body();
		}

	}

}
