package org.tend.mail;

import org.tend.shared.NotFound;

/** An unsubscribe link this server never issued (or one mistyped). */
public class UnsubscribeLinkNotFound extends NotFound {

	private UnsubscribeLinkNotFound() {
		super("No such unsubscribe link");
	}

	public static UnsubscribeLinkNotFound unknown() {
		return new UnsubscribeLinkNotFound();
	}

}
