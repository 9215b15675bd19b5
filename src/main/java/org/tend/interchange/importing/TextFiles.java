package org.tend.interchange.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns an upload into text, and character positions into line numbers. */
public final class TextFiles {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextFiles() {
	}

	/**
	 * UTF-8 (with or without a BOM) as exported today; bytes that are not UTF-8 are read
	 * as Windows-1252, which older Outlook and Google exports used. Any BOM is dropped.
	 */
	public static String decode(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(bytes, WINDOWS_1252);
		}
		return withoutBom(text);
	}

	static String withoutBom(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '\uFEFF') {
			start++;
		}
		return text.substring(start);
	}

	/** Where each line starts, to find the line of a character position. */
	static final class Lines {

		private final int[] starts;

		private final int count;

		Lines(String text) {
			int[] found = new int[64];
			int n = 0;
			found[n++] = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean breaks = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
				if (breaks) {
					if (n == found.length) {
						found = Arrays.copyOf(found, n * 2);
					}
					found[n++] = i + 1;
				}
			}
			this.starts = found;
			this.count = n;
		}

		/** The 1-based line holding the character at that position. */
		int lineOf(long position) {
			int at = Arrays.binarySearch(this.starts, 0, this.count, (int) Math.min(position, Integer.MAX_VALUE));
			return (at >= 0) ? at + 1 : -at - 1;
		}

	}

}
