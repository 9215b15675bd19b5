package org.tend.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Reply;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document integrations are written against: public, complete (checked
 * against the routes the application serves), bearer tokens declared, enums as the
 * lowercase values the API really takes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void isPublicJson() {
		Reply reply = new JsonApi(this.port).call("GET", "/v3/api-docs", null, null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.contentType()).startsWith("application/json");
		assertThat(reply.json().get("openapi").asString()).startsWith("3.");
	}

	@TestFactory
	Stream<DynamicTest> documentsEveryRouteTheApplicationServes() {
		JsonNode paths = document().get("paths");
		return ApiRoutes.served(this.context).stream().map((route) -> DynamicTest.dynamicTest(route, () -> {
			String[] methodAndPattern = route.split(" ", 2);
			assertThat(paths.has(methodAndPattern[1])).as(route).isTrue();
			assertThat(paths.get(methodAndPattern[1]).has(methodAndPattern[0].toLowerCase(Locale.ROOT))).as(route)
				.isTrue();
		}));
	}

	@Test
	void documentsNoRouteTheApplicationDoesNotServe() {
		Set<String> documented = new TreeSet<>();
		document().get("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.propertyNames()
				.forEach((method) -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

		assertThat(documented).isEqualTo(ApiRoutes.served(this.context));
	}

	@Test
	void declaresBearerTokensOnEveryCallButSignUp() {
		JsonNode document = document();
		Map.Entry<String, JsonNode> scheme = document.get("components")
			.get("securitySchemes")
			.properties()
			.iterator()
			.next();

		assertThat(scheme.getValue().get("type").asString()).isEqualTo("http");
		assertThat(scheme.getValue().get("scheme").asString()).isEqualTo("bearer");
		assertThat(document.get("security").get(0).has(scheme.getKey())).isTrue();
		assertThat(document.get("paths").get("/api/v1/accounts").get("post").get("security").isEmpty()).isTrue();
	}

	@Test
	void showsEnumsAsTheirLowercaseValues() {
		List<String> values = new ArrayList<>();
		enumValues(document(), values);

		assertThat(values).isNotEmpty().allSatisfy((value) -> assertThat(value).isLowerCase());
		assertThat(values).contains("coffee", "in_person", "virtual", "happened", "given", "received", "introduction",
				"me", "them", "kept", "inner", "wider", "project", "aspiration");
	}

	@Test
	void listFiltersTakingAnEnumShowTheirValues() {
		JsonNode paths = document().get("paths");

		assertThat(queryValues(paths, "/api/v1/people", "circle")).containsExactly("inner", "close", "active", "wider");
		assertThat(queryValues(paths, "/api/v1/people", "sort")).containsExactly("name", "last_met", "due", "depth");
		assertThat(queryValues(paths, "/api/v1/meetings", "status")).containsExactly("planned", "happened",
				"cancelled");
		assertThat(queryValues(paths, "/api/v1/exchanges", "direction")).containsExactly("given", "received");
		assertThat(queryValues(paths, "/api/v1/exchanges", "kind")).contains("advice", "opportunity");
		assertThat(queryValues(paths, "/api/v1/promises", "status")).containsExactly("open", "kept", "dropped");
		assertThat(queryValues(paths, "/api/v1/promises", "owner")).containsExactly("me", "them");
	}

	private JsonNode document() {
		return new JsonApi(this.port).call("GET", "/v3/api-docs", null, null).json();
	}

	private static List<String> queryValues(JsonNode paths, String path, String parameter) {
		return paths.get(path)
			.get("get")
			.get("parameters")
			.valueStream()
			.filter((candidate) -> parameter.equals(candidate.get("name").asString()))
			.findFirst()
			.map((found) -> found.get("schema").path("enum").valueStream().map(JsonNode::asString).toList())
			.orElseThrow(() -> new AssertionError("no parameter " + parameter + " on GET " + path));
	}

	private static void enumValues(JsonNode node, List<String> values) {
		if (node.isObject() && node.has("enum")) {
			node.get("enum").forEach((value) -> values.add(value.asString()));
		}
		node.forEach((child) -> enumValues(child, values));
	}

}
