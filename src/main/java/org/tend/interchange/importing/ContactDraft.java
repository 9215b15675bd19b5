package org.tend.interchange.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tend.people.PersonInput;

/**
 * A contact as a parser gathers it, made to fit Tend's limits when it becomes a
 * {@link PersonInput}: texts are cut to their column, details that would be refused (an
 * address without an @, a link without http) are dropped, lists are capped. An import row
 * should never fail on apply for a detail the member cannot see in the file.
 */
public final class ContactDraft {

	private static final Pattern EMAIL = Pattern.compile(PersonInput.EMAIL);

	private static final Pattern LINK = Pattern.compile(PersonInput.LINK);

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cntrl}]+");

	String name;

	String company;

	String role;

	String city;

	String howWeMet;

	LocalDate metOn;

	final List<String> emails = new ArrayList<>();

	final List<String> phones = new ArrayList<>();

	final List<String> links = new ArrayList<>();

	final List<String> tags = new ArrayList<>();

	/** The person, or null when the contact has no name to show. */
	PersonInput toInput() {
		String fittedName = fit(this.name, 200);
		if (fittedName == null) {
			return null;
		}
		return new PersonInput(fittedName, fit(this.company, 200), fit(this.role, 200), fit(this.city, 100),
				valid(this.emails, EMAIL, 254), valid(this.phones, null, 40), valid(this.links, LINK, 500), tags(),
				null, null, fitLong(this.howWeMet, 2000), this.metOn);
	}

	/** Whitespace (tabs, line breaks, runs of spaces) folded to one space, then cut. */
	static String fit(String text, int max) {
		if (text == null) {
			return null;
		}
		String folded = alreadyFolded(text) ? text : SPACES.matcher(text).replaceAll(" ").strip();
		return folded.isEmpty() ? null : cut(folded, max);
	}

	/**
	 * True for text the folding would leave as it is: no control character, no run of
	 * spaces, nothing to strip at either end. Most cells of an address book are like
	 * that, the check is far cheaper than the regular expression, and an import fits each
	 * cell a few times.
	 */
	static boolean alreadyFolded(String text) {
		int length = text.length();
		if (length == 0 || Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1))) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == 0x7f || (c == ' ' && text.charAt(i - 1) == ' ')) {
				return false;
			}
		}
		return true;
	}

	/** Like {@link #fit} but keeping line breaks, for longer texts. */
	static String fitLong(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return cut(text.strip(), max);
	}

	/** Cut at a character boundary, never in the middle of an emoji's surrogate pair. */
	public static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end).strip();
	}

	private List<String> tags() {
		List<String> kept = new ArrayList<>();
		for (String tag : this.tags) {
			String fitted = fit(tag, 50);
			if (fitted != null && kept.size() < 30) {
				kept.add(fitted);
			}
		}
		return kept;
	}

	private static List<String> valid(List<String> values, Pattern pattern, int max) {
		List<String> kept = new ArrayList<>();
		for (String value : values) {
			String fitted = fit(value, Integer.MAX_VALUE);
			if (fitted != null && fitted.length() <= max && (pattern == null || pattern.matcher(fitted).matches())
					&& kept.stream().noneMatch(fitted::equalsIgnoreCase) && kept.size() < 10) {
				kept.add(fitted);
			}
		}
		return kept;
	}

}
