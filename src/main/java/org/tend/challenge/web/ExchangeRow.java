package org.tend.challenge.web;

import jakarta.validation.constraints.Size;

import org.tend.ledger.NewExchange;

/** A line of help given or received: its description (at most 2000 characters). */
public class ExchangeRow {

	@Size(max = NewExchange.MAX_DESCRIPTION)
	private String description;

	private String direction = "given";

	private String kind = "advice";

	private String personId;

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDirection() {
		return this.direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getPersonId() {
		return this.personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

}
