package org.tend.challenge.web;

import jakarta.validation.constraints.Size;

import org.tend.ledger.NewPromise;

/**
 * A promise line: its text (at most 1000 characters), who owes it, an optional due date.
 */
public class PromiseRow {

	@Size(max = NewPromise.MAX_TEXT)
	private String text;

	private String owner = "me";

	private String due;

	private String personId;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public String getDue() {
		return this.due;
	}

	public void setDue(String due) {
		this.due = due;
	}

	public String getPersonId() {
		return this.personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

}
