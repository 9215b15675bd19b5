package org.tend.community.internal;

import java.security.SecureRandom;

/**
 * Invite codes: twelve characters from an alphabet without look-alikes (no 0/O, 1/I/l),
 * about 58 bits, short enough to read out at a meetup and far too many to guess. Typed
 * codes are compared without case, spaces or dashes.
 */
public final class InviteCodes {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private InviteCodes() {
	}

	public static String newCode() {
		StringBuilder code = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** A code as typed or pasted (a whole link works too) in the stored form, or null. */
	public static String normalize(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		int slash = text.lastIndexOf('/');
		if (slash >= 0) {
			text = text.substring(slash + 1);
		}
		String code = text.replace("-", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
		return (code.isEmpty() || code.length() > 40) ? null : code;
	}

}
