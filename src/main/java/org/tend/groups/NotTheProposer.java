package org.tend.groups;

/** A member starting another member's proposal early: answered 403, nothing changed. */
public class NotTheProposer extends RuntimeException {

	public NotTheProposer() {
		super("Only the member who proposed the group starts it before every seat is taken");
	}

}
