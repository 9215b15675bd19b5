package org.tend.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body over the cap (1 MB) is refused with 413 and a problem, whether its length
 * is declared or it comes in chunks; nothing is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBodyLimitTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aJsonBodyOverTheCapIsRefusedWith413() throws Exception {
		Member member = new JsonApi(this.port).signUp("Zoë");
		String huge = "{\"name\":\"Ana\",\"howWeMet\":\"" + "a".repeat(2_000_000) + "\"}";

		HttpResponse<String> declared = post(member, HttpRequest.BodyPublishers.ofString(huge));
		HttpResponse<String> chunked = post(member,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(huge))));

		for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("larger than 1024 KB");
		}
		assertThat(new JsonApi(this.port).as(member).get("/api/v1/people").body()).doesNotContain("Ana");
	}

	@Test
	void aSmallBodyInChunksIsReadWhole() throws Exception {
		Member member = new JsonApi(this.port).signUp("Zoë");
		String body = "{\"name\":\"Ana Lúcia\"" + " ".repeat(500_000) + "}";

		HttpResponse<String> response = post(member,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(body))));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("Ana Lúcia");
	}

	private HttpResponse<String> post(Member member, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/people"))
			.header("Authorization", "Bearer " + member.token())
			.header("Content-Type", "application/json")
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
