package org.tend.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client for the full-app tests, calling the running application as a script
 * would: no cookies, JSON in and out.
 */
public final class JsonApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// one client for all: each of them holds a selector thread
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String BOUNDARY = "----tend-test-boundary-7MA4YWxkTrZu0gW";

	private final URI base;

	public JsonApi(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	/** A unique, real-shaped email: the tests of a context share its database. */
	public static String uniqueEmail(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/** Signs a new member up; answers their id, email and token. */
	public Member signUp(String displayName) {
		return signUp(UUID.randomUUID() + "@example.org", "correct horse battery", displayName);
	}

	/** Signs a member up with this email and password; answers them as saved. */
	public Member signUp(String email, String password, String displayName) {
		Reply reply = call("POST", "/api/v1/accounts", null,
				Map.of("email", email, "password", password, "displayName", displayName));
		if (reply.status() != 201) {
			throw new IllegalStateException("sign-up failed: " + reply);
		}
		JsonNode json = reply.json();
		return new Member(UUID.fromString(json.get("id").asString()), json.get("email").asString(),
				json.get("token").asString());
	}

	/** Signs a new member up; answers a caller with their token. */
	public Caller newMember(String displayName) {
		return as(signUp(displayName));
	}

	/** Calls as this member: their bearer token on every call. */
	public Caller as(Member member) {
		return new Caller("Bearer " + member.token());
	}

	/** Calls with this raw {@code Authorization} header, or none for null. */
	public Caller withAuthorization(String authorization) {
		return new Caller(authorization);
	}

	/** Calls the API with a member's token, or none for null; see {@link Caller#call}. */
	public Reply call(String method, String path, String token, Object body) {
		return send(method, path, (token != null) ? "Bearer " + token : null, body);
	}

	private Reply send(String method, String path, String authorization, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body instanceof Upload upload) {
			request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(upload.encoded()));
		}
		else if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return send(request.build());
	}

	/** The JSON a call sends for a body: a String as it is, anything else written out. */
	public static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	/** A form post as a mail client makes it: no cookie, no CSRF token. */
	public Reply postForm(String path, String form) {
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** A plain GET without a token, as a browser follows a link (path or URL). */
	public Reply get(String path) {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET().build());
	}

	private Reply send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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

	/** The calls of one caller, each with the same {@code Authorization} header. */
	public final class Caller {

		private final String authorization;

		private Caller(String authorization) {
			this.authorization = authorization;
		}

		/** GETs a path. */
		public Reply get(String path) {
			return call("GET", path, null);
		}

		/** POSTs a body to a path. */
		public Reply post(String path, Object body) {
			return call("POST", path, body);
		}

		/** PATCHes a path with a body. */
		public Reply patch(String path, Object body) {
			return call("PATCH", path, body);
		}

		/** DELETEs a path. */
		public Reply delete(String path) {
			return call("DELETE", path, null);
		}

		/** Calls the API: a String body as it is, an Upload as a file, others as JSON. */
		public Reply call(String method, String path, Object body) {
			return send(method, path, this.authorization, body);
		}

		/** Creates a row (person, meeting...) and answers its id; fails unless 201. */
		public UUID create(String path, Object body) {
			Reply reply = post(path, body);
			if (reply.status() != 201) {
				throw new IllegalStateException("could not create " + path + ": " + reply);
			}
			return UUID.fromString(reply.json().get("id").asString());
		}

	}

	/** A member as sign-up answered: their id, email as saved and first token. */
	public record Member(UUID id, String email, String token) {
	}

	/** A file sent as the multipart field {@code file}, as a browser uploads it. */
	public record Upload(String filename, byte[] content) {

		private byte[] encoded() {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ this.filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
			out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(this.content);
			out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return out.toByteArray();
		}

	}

	/** What a call answered: status, headers and body. */
	public record Reply(int status, HttpHeaders headers, String body) {

		/** The body as JSON; a missing node when it is empty. */
		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		/** A header's first value, or null without one. */
		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		/** Where the answer points (a created row, a redirect), or null. */
		public String location() {
			return header("Location");
		}

		/** The media type of the body, or "" without one. */
		public String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		/** The fields the problem details name as bad. */
		public java.util.List<String> badFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach((error) -> fields.add(error.get("field").asString()));
			return fields;
		}

		@Override
		public String toString() {
			return this.status + " " + contentType() + " " + this.body;
		}

	}

}
