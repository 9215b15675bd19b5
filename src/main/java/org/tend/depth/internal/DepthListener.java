package org.tend.depth.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tend.depth.DepthService;
import org.tend.ledger.LedgerChanged;
import org.tend.meetings.MeetingsChanged;
import org.tend.people.PersonChanged;

/**
 * Recomputes the people a change names once the change is committed, in the caller's
 * thread: by the time a request returns, its scores are fresh (and a test can see them).
 * A listener that fails leaves its publication incomplete in the event registry and never
 * undoes the member's write; the daily recompute repairs any score left behind.
 */
@Component
class DepthListener {

	private final DepthService depth;

	DepthListener(DepthService depth) {
		this.depth = depth;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(MeetingsChanged event) {
		this.depth.recompute(event.ownerId(), event.personIds());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(LedgerChanged event) {
		this.depth.recompute(event.ownerId(), event.personIds());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PersonChanged event) {
		this.depth.recompute(event.ownerId(), event.personIds());
	}

}
