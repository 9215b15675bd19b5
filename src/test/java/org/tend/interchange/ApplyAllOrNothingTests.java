package org.tend.interchange;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewPromise;
import org.tend.support.JsonApi;
import org.tend.support.JsonApi.Caller;
import org.tend.support.JsonApi.Reply;
import org.tend.support.JsonApi.Upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/** A row failing in the middle of an apply leaves the journal as it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplyAllOrNothingTests {

	@LocalServerPort
	int port;

	@MockitoSpyBean
	LedgerService ledger;

	@Test
	void aFailureMidApplyLeavesNothingAndThePreviewCanBeAppliedAgain() {
		Caller zoe = new JsonApi(this.port).newMember("Zoë");
		JournalWriter.write(zoe);
		String export = zoe.get("/api/v1/export").body();
		Caller twin = new JsonApi(this.port).newMember("Twin");
		String id = twin.post("/api/v1/imports", new Upload("tend.json", export.getBytes(StandardCharsets.UTF_8)))
			.json()
			.get("id")
			.asString();
		// the second promise fails: people, notes, meetings, exchanges and a promise are
		// already written by then
		AtomicInteger promises = new AtomicInteger();
		doAnswer((call) -> {
			if (promises.incrementAndGet() == 2) {
				throw new IllegalStateException("the disk is full");
			}
			return call.callRealMethod();
		}).when(this.ledger).makePromise(any(), any(NewPromise.class));

		Reply failed = twin.post("/api/v1/imports/" + id + "/apply", null);

		assertThat(failed.status()).isEqualTo(500);
		assertThat(promises.get()).isEqualTo(2);
		assertThat(twin.get("/api/v1/people").json().get("total").asInt()).isZero();
		assertThat(twin.get("/api/v1/meetings").json().get("total").asInt()).isZero();
		assertThat(twin.get("/api/v1/exchanges").json().get("total").asInt()).isZero();
		assertThat(twin.get("/api/v1/promises").json().get("total").asInt()).isZero();
		assertThat(twin.get("/api/v1/search?q=grant").json().get("items").isEmpty()).isTrue();

		Reply retried = twin.post("/api/v1/imports/" + id + "/apply", null);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(twin.get("/api/v1/people").json().get("total").asInt()).isEqualTo(3);
		assertThat(twin.get("/api/v1/promises").json().get("total").asInt()).isEqualTo(3);
	}

}
