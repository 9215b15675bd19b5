package org.tend.interchange.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.tend.people.PersonInput;
import org.tend.shared.TextFolding;

/**
 * The keys two entries for the same person share, strongest first: their LinkedIn
 * profile, an email address, then their name and company with accents, case and spacing
 * folded ("Zoë Ñúñez" at "ACME" is "zoe nunez" at "acme").
 */
final class MatchKeys {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	// the profile's possessive ++: giving characters back to ".*" cannot help it match,
	// and
	// trying so on a long link was quadratic
	private static final Pattern LINKEDIN = Pattern
		.compile("(?i)^(?:https?://)?(?:[a-z]{2,3}\\.)?(?:www\\.)?linkedin\\.com/(in|pub)/([^/?#]++).*$");

	private MatchKeys() {
	}

	/** The keys in the order they are tried. */
	static List<Key> of(PersonInput person) {
		List<Key> keys = new ArrayList<>();
		for (String link : person.links()) {
			String profile = linkedIn(link);
			if (profile != null) {
				keys.add(new Key(Kind.LINKEDIN, profile));
			}
		}
		for (String email : person.emails()) {
			keys.add(new Key(Kind.EMAIL, email.strip().toLowerCase(Locale.ROOT)));
		}
		keys.add(new Key(Kind.NAME, fold(person.name()) + "\u0000" + fold(person.company())));
		return keys;
	}

	/**
	 * "linkedin.com/in/zoë-núñez" for any spelling of that profile's address, or null.
	 */
	static String linkedIn(String link) {
		String decoded = link;
		if (link.indexOf('%') >= 0) {
			try {
				decoded = URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				decoded = link;
			}
		}
		var matcher = LINKEDIN.matcher(decoded.strip());
		if (!matcher.matches()) {
			return null;
		}
		return "linkedin.com/" + matcher.group(1).toLowerCase(Locale.ROOT) + "/"
				+ Normalizer.normalize(matcher.group(2), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		return SPACES.matcher(TextFolding.fold(text)).replaceAll(" ").strip();
	}

	enum Kind {

		LINKEDIN("LinkedIn profile"), EMAIL("email"), NAME("name and company");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	record Key(Kind kind, String value) {
	}

}
