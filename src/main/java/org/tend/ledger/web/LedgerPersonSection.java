package org.tend.ledger.web;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.people.PersonPageSection;

/** The give-and-take of a relationship, on the person page, below the meetings. */
@Component
class LedgerPersonSection implements PersonPageSection {

	static final String TEMPLATE = "ledger/person-section";

	private final LedgerViews views;

	LedgerPersonSection(LedgerViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return TEMPLATE;
	}

	@Override
	public PersonLedger data(UUID ownerId, UUID personId) {
		return this.views.person(ownerId, personId);
	}

}
