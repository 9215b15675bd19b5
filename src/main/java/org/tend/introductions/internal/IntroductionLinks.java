package org.tend.introductions.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tend.mail.SecretLink;
import org.tend.mail.SecretLinkIssuer;
import org.tend.shared.Secrets;

/**
 * Mints the secrets of a request mail's links (answer, unsubscribe) when the mail is
 * sent, so the outbox holds only placeholders. Each attempt to send gets fresh secrets;
 * the hashes of all of them are kept with the side (a copy delivered by an attempt that
 * crashed before it was marked sent must still work), and go with the introduction.
 */
@Component
class IntroductionLinks implements SecretLinkIssuer {

	static final String ISSUER = "introductions";

	private final IntroductionRepository introductions;

	IntroductionLinks(IntroductionRepository introductions) {
		this.introductions = introductions;
	}

	static SecretLink link(LinkPurpose purpose, UUID introductionId, int side) {
		return new SecretLink(ISSUER, purpose.code() + ":" + introductionId + ":" + side);
	}

	@Override
	public String name() {
		return ISSUER;
	}

	@Override
	public String issue(String subject, Instant now) {
		String[] parts = subject.split(":");
		if (parts.length != 3) {
			throw new IllegalArgumentException("not an introduction link: " + subject);
		}
		String secret = Secrets.newSecret("");
		if (!this.introductions.insertLink(UUID.fromString(parts[1]), Integer.parseInt(parts[2]),
				LinkPurpose.fromCode(parts[0]), Secrets.hash(secret), now)) {
			throw new IllegalStateException("the introduction of this link is gone");
		}
		return secret;
	}

}
