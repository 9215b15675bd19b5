package org.tend.ledger.web;

import java.util.List;

/**
 * What the prep card of a meeting shows from the ledger: the open promises both ways with
 * the people met, and the last few exchanges with them.
 */
public record MeetingLedger(List<PromiseLine> iOwe, List<PromiseLine> theyOwe, List<ExchangeLine> recentExchanges) {

	public MeetingLedger {
		iOwe = List.copyOf(iOwe);
		theyOwe = List.copyOf(theyOwe);
		recentExchanges = List.copyOf(recentExchanges);
	}

	public boolean empty() {
		return this.iOwe.isEmpty() && this.theyOwe.isEmpty() && this.recentExchanges.isEmpty();
	}

}
