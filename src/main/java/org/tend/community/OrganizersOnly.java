package org.tend.community;

/** A member asked for what only the community's organizers may do: answered 403. */
public class OrganizersOnly extends RuntimeException {

	public OrganizersOnly() {
		super("Only the community's organizers may do this");
	}

}
