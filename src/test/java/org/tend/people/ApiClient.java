package org.tend.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client over the JDK's HttpClient (it speaks PATCH), signing each call with
 * a member's token.
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String token;

	private ApiClient(String base, String token) {
		this.base = base;
		this.token = token;
	}

	static ApiClient anonymous(int port) {
		return new ApiClient("http://127.0.0.1:" + port, null);
	}

	/** Signs up a new member and answers a client using their token. */
	static ApiClient newMember(int port, String displayName) {
		ApiClient anonymous = anonymous(port);
		Response created = anonymous.post("/api/v1/accounts", Map.of("email", "m-" + UUID.randomUUID() + "@example.org",
				"password", "a long enough password", "displayName", displayName));
		if (created.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + created);
		}
		return new ApiClient(anonymous.base, created.body().get("token").asString());
	}

	Response get(String path) {
		return send("GET", path, null);
	}

	Response post(String path, Object body) {
		return send("POST", path, body);
	}

	Response patch(String path, Object body) {
		return send("PATCH", path, body);
	}

	Response delete(String path) {
		return send("DELETE", path, null);
	}

	private Response send(String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(json(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode parsed = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
			return new Response(response.statusCode(), parsed, response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	record Response(int status, JsonNode body, String location) {

		/** The field names of a 400 problem's errors. */
		java.util.List<String> errorFields() {
			return body().path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
		}

	}

}
