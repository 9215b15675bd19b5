package org.tend.introductions.internal;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tend.introductions.RequestLimits;
import org.tend.support.SmallJournal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lock that makes the request limits hold under concurrency, on each database: a
 * second transaction locking the same member waits until the first ends. Each step here
 * commits, as two requests would.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class MemberLocksContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberLocks locks;

	@Autowired
	IntroductionRequestRepository requests;

	@Autowired
	PlatformTransactionManager transactions;

	UUID bo;

	UUID cy;

	@BeforeEach
	void members() {
		SmallJournal rows = new SmallJournal(this.jdbc);
		this.bo = rows.account("Bo");
		this.cy = rows.account("Cy");
	}

	@Test
	void aSecondTransactionLockingTheSameMemberWaitsUntilTheFirstEnds() throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult((status) -> {
			this.locks.lock(this.bo, this.cy);
			locked.countDown();
			await(release);
		}));
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

		// the other order: sorted inside, so it waits rather than deadlocks
		CompletableFuture<Void> second = CompletableFuture
			.runAsync(() -> tx.executeWithoutResult((status) -> this.locks.lock(this.cy, this.bo)));
		Thread.sleep(300);
		assertThat(second).as("waits while the first holds the lock").isNotDone();

		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		second.get(10, TimeUnit.SECONDS);
		assertThat(second).isCompleted();
	}

	@Test
	void aLockedMemberStillTakesRequestsWithoutACap() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.locks.lock(this.bo));
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.locks.lock(this.bo));
		assertThat(this.requests.limits(this.bo)).isEqualTo(RequestLimits.OPEN);
	}

	@Test
	void aLockOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.locks.lock(this.bo)).isInstanceOf(IllegalTransactionStateException.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
