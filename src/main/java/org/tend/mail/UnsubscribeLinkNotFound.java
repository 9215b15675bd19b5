package org.tend.mail;

import org.tend.shared.NotFound;

/**
 * An unsubscribe link this server does not know: never issued, mistyped, or expired (its
 * token deleted after {@code tend.mail.keep-unsubscribe-links}).
 */
public class UnsubscribeLinkNotFound extends NotFound {

	private UnsubscribeLinkNotFound() {
		super("No such unsubscribe link");
	}

	public static UnsubscribeLinkNotFound unknown() {
		return new UnsubscribeLinkNotFound();
	}

}
