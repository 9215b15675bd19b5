package org.tend.ledger.web;

import org.tend.ledger.Promise;
import org.tend.ledger.PromiseOwner;

/** A promise as the pages show it: with the person's name and whether it is overdue. */
public record PromiseLine(Promise promise, String personName, boolean overdue) {

	public boolean mine() {
		return this.promise.owner() == PromiseOwner.ME;
	}

}
