package org.tend.ledger.web;

import java.util.List;
import java.util.UUID;

import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.Reciprocity;

/**
 * What the ledger section of a person page shows: the balance, the latest exchanges, the
 * promises (open ones first) and the two inline forms with their errors.
 */
public record PersonLedger(UUID personId, String personName, Reciprocity balance, List<ExchangeLine> exchanges,
		List<PromiseLine> promises, ExchangeForm exchangeForm, FormErrors exchangeErrors, PromiseForm promiseForm,
		FormErrors promiseErrors) {

	public PersonLedger {
		exchanges = List.copyOf(exchanges);
		promises = List.copyOf(promises);
	}

	/** The choices of the exchange form, in the order shown. */
	public List<Direction> directions() {
		return List.of(Direction.values());
	}

	public List<ExchangeKind> kinds() {
		return List.of(ExchangeKind.values());
	}

	public List<PromiseOwner> owners() {
		return List.of(PromiseOwner.values());
	}

	/** More exchanges happened than the section lists. */
	public boolean moreExchanges() {
		return this.balance.total() > this.exchanges.size();
	}

}
