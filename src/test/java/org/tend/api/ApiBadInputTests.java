package org.tend.api;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tend.api.BadInputs.BadInput;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every writing route and list filter: each answers 400
 * {@code application/problem+json} naming the bad field, and nothing is saved. The
 * documented text limits are checked from both sides: one character over is refused
 * (here), exactly at the limit is accepted ({@link ApiTextLimitsTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputTests {

	@LocalServerPort
	int port;

	private Journal zoe;

	private String othersPerson;

	@BeforeAll
	void journals() {
		JsonApi api = new JsonApi(this.port);
		this.zoe = Journal.write(api.newMember("Zoë Ñúñez 🌱"), "Ana Lúcia Ferreira", "ceramics");
		this.othersPerson = Journal.write(api.newMember("Sam"), "李小龍", "kites").person();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "org.tend.api.BadInputs#people", "org.tend.api.BadInputs#notes", "org.tend.api.BadInputs#meetings",
			"org.tend.api.BadInputs#exchanges", "org.tend.api.BadInputs#promises",
			"org.tend.api.BadInputs#listFilters" })
	void answers400NamingTheBadFieldAndSavesNothing(BadInput input) {
		Map<String, Long> counts = this.zoe.counts();
		Map<String, String> before = this.zoe.snapshot();

		Reply reply = this.zoe.api().call(input.method(), fill(input.path()), fill(input.body()));
		// the report names parameterized tests by number: every message says which call
		String call = input + " answered " + reply;

		assertThat(reply.status()).as(call).isEqualTo(400);
		assertThat(reply.contentType()).as(call).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(400);
		if (input.field() != null) {
			assertThat(reply.badFields()).as(call).contains(input.field());
		}
		else {
			assertThat(reply.json().path("detail").asString("")).as(call).containsIgnoringCase("JSON");
		}
		assertThat(this.zoe.counts()).as("counts after " + call).isEqualTo(counts);
		assertThat(this.zoe.snapshot()).as("journal after " + call).isEqualTo(before);
	}

	private String fill(String path) {
		return path.replace("{person}", this.zoe.person())
			.replace("{meeting}", this.zoe.meeting())
			.replace("{promise}", this.zoe.promise())
			.replace("{other}", this.othersPerson);
	}

	private Object fill(Object body) {
		return (body != null) ? fill(JsonApi.json(body)) : null;
	}

}
