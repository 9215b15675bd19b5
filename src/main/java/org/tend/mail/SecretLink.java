package org.tend.mail;

/**
 * A link in a mail whose secret is minted only when the mail is sent, so the outbox never
 * holds a working one (a leaked database or backup opens nothing). The mail's text and
 * headers carry the {@link #placeholder()} where the secret goes; at sending time the
 * {@link SecretLinkIssuer} named {@code issuer} mints a fresh secret for {@code subject}
 * (what the link stands for, in that issuer's words) and the sender puts it in place of
 * the placeholder.
 */
public record SecretLink(String issuer, String subject) {

	public SecretLink {
		if (issuer == null || !issuer.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("an issuer is a short lower-case name");
		}
		if (subject == null || !subject.matches("[A-Za-z0-9:_-]{1,120}")) {
			throw new IllegalArgumentException("a subject is a short word of letters, digits, ':', '_' and '-'");
		}
	}

	/** What the mail carries where the secret goes, until it is sent. */
	public String placeholder() {
		return "{secret:" + this.issuer + ":" + this.subject + "}";
	}

}
