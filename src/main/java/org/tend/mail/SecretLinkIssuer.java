package org.tend.mail;

import java.time.Instant;

/**
 * Mints the secrets of the links a mail carries, at the moment the mail is sent;
 * implemented (as a bean) by the module that owns what the link opens. Each call mints a
 * fresh secret and stores only its hash: a mail retried after a failed or interrupted
 * attempt carries a new secret, and the one an earlier attempt may have delivered stays
 * valid until it is used or its owner forgets it (decision 0025).
 */
public interface SecretLinkIssuer {

	/** The name {@link SecretLink#issuer()} uses for this issuer. */
	String name();

	/**
	 * A fresh secret for the subject; returned once, never stored. Throws when the
	 * subject no longer exists: the attempt then fails and is retried like any other.
	 */
	String issue(String subject, Instant now);

}
