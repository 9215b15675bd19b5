package org.tend.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A script calling Tend's JSON API over the JDK's HttpClient (it speaks PATCH): no
 * cookies, and whatever {@code Authorization} header the caller holds (none, a real
 * token, a forged one).
 */
final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private ApiClient(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	static ApiClient anonymous(int port) {
		return new ApiClient("http://127.0.0.1:" + port, null);
	}

	/** The same server, called with this raw {@code Authorization} header. */
	ApiClient withAuthorization(String authorization) {
		return new ApiClient(this.base, authorization);
	}

	/** Signs up a new member and answers a client using their first token. */
	static ApiClient newMember(int port, String displayName) {
		return newMember(port, displayName, "m-" + UUID.randomUUID() + "@example.org");
	}

	static ApiClient newMember(int port, String displayName, String email) {
		ApiClient anonymous = anonymous(port);
		Reply created = anonymous.call("POST", "/api/v1/accounts",
				Map.of("email", email, "password", "a long enough password", "displayName", displayName));
		if (created.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + created);
		}
		return anonymous.withAuthorization("Bearer " + created.json().get("token").asString());
	}

	Reply get(String path) {
		return call("GET", path, null);
	}

	Reply post(String path, Object body) {
		return call("POST", path, body);
	}

	Reply patch(String path, Object body) {
		return call("PATCH", path, body);
	}

	Reply delete(String path) {
		return call("DELETE", path, null);
	}

	/**
	 * Calls the API; a String body is sent as it is (so tests can send broken JSON), any
	 * other body as JSON.
	 */
	Reply call(String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		if (body instanceof Upload upload) {
			request.method(method, HttpRequest.BodyPublishers.ofByteArray(upload.encoded()))
				.header("Content-Type", "multipart/form-data; boundary=" + Upload.BOUNDARY);
		}
		else {
			request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(json(body))
					: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
		}
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	/** A file sent as the multipart field {@code file}, as a browser uploads it. */
	record Upload(String filename, byte[] content) {

		static final String BOUNDARY = "----tend-test-boundary-7MA4YWxkTrZu0gW";

		static Upload text(String filename, String content) {
			return new Upload(filename, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		byte[] encoded() {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ this.filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.writeBytes(this.content);
			out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return out.toByteArray();
		}

	}

	record Reply(int status, String contentType, String location, String body) {

		JsonNode json() {
			return this.body.isBlank() ? JSON.missingNode() : JSON.readTree(this.body);
		}

		/** The id of what a POST created. */
		String id() {
			return json().get("id").asString();
		}

		boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		/** The fields a 400 problem names in its {@code errors}. */
		List<String> errorFields() {
			return json().path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
		}

		String detail() {
			return json().path("detail").asString("");
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
