package org.tend.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A member calling the API over the JDK's HttpClient: JSON, and file uploads. */
final class Member {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String BOUNDARY = "----tend-interchange-boundary";

	private final String base;

	private final String token;

	private Member(String base, String token) {
		this.base = base;
		this.token = token;
	}

	static Member signUp(int port, String displayName) {
		Member anonymous = new Member("http://127.0.0.1:" + port, null);
		Reply created = anonymous.call("POST", "/api/v1/accounts",
				Map.of("email", "m-" + UUID.randomUUID() + "@example.org", "password", "a long enough password",
						"displayName", displayName));
		if (created.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + created);
		}
		return new Member(anonymous.base, created.json().get("token").asString());
	}

	String id(Reply created) {
		if (created.status() != 201 && created.status() != 200) {
			throw new IllegalStateException("not created: " + created);
		}
		return created.json().get("id").asString();
	}

	Reply get(String path) {
		return call("GET", path, null);
	}

	Reply post(String path, Object body) {
		return call("POST", path, body);
	}

	Reply upload(String path, String filename, byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	Reply call(String method, String path, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request);
	}

	private Reply send(HttpRequest.Builder request) {
		request.header("Accept", "application/json, */*");
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Reply(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
