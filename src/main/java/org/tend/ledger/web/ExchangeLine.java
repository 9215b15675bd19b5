package org.tend.ledger.web;

import org.tend.ledger.Exchange;

/** An exchange as the pages show it, with the person's name. */
public record ExchangeLine(Exchange exchange, String personName) {
}
