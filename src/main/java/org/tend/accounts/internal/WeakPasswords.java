package org.tend.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords long enough yet guessed at once: one of the most common leaked passwords of
 * twelve characters or more (a small list bundled in
 * {@code accounts/common-passwords.txt}, not a breach database), a short unit repeated
 * ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}), or mostly a run up or down the alphabet
 * or the digits ({@code 123456789012}, {@code abcdefghijkl}).
 */
public final class WeakPasswords {

	public static final String PROBLEM = "is too easy to guess: no repeated characters or sequences like 1234 or qwerty, "
			+ "and none of the most common passwords";

	private static final Set<String> COMMON = load();

	private WeakPasswords() {
	}

	public static boolean isWeak(String password) {
		int[] points = password.toLowerCase(Locale.ROOT).codePoints().filter((c) -> c != ' ').toArray();
		return COMMON.contains(new String(points, 0, points.length)) || repeatsAUnit(points) || mostlyARun(points);
	}

	/** The whole password is a unit of at most a third of it, written again and again. */
	private static boolean repeatsAUnit(int[] points) {
		for (int unit = 1; unit <= points.length / 3; unit++) {
			if (points.length % unit != 0) {
				continue;
			}
			boolean repeats = true;
			for (int i = unit; i < points.length && repeats; i++) {
				repeats = points[i] == points[i - unit];
			}
			if (repeats) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Three steps in four or more go to the same, the next or the previous character (9
	 * to 0 counts as next).
	 */
	private static boolean mostlyARun(int[] points) {
		int steps = 0;
		for (int i = 1; i < points.length; i++) {
			int step = Math.abs(points[i] - points[i - 1]);
			if (step <= 1 || (step == 9 && Character.isDigit(points[i]) && Character.isDigit(points[i - 1]))) {
				steps++;
			}
		}
		return points.length > 1 && steps * 4 >= (points.length - 1) * 3;
	}

	private static Set<String> load() {
		try (InputStream in = WeakPasswords.class.getResourceAsStream("/accounts/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("accounts/common-passwords.txt is missing");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.strip().toLowerCase(Locale.ROOT).replace(" ", ""))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
