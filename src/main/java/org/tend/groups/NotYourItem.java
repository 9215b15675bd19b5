package org.tend.groups;

/** A member removing another member's agenda item: answered 403, nothing removed. */
public class NotYourItem extends RuntimeException {

	public NotYourItem() {
		super("Only the member who added an agenda item removes it");
	}

}
