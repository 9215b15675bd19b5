package org.tend.interchange.importing;

import java.util.List;
import java.util.Locale;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.UnsupportedImportFormat;

/**
 * Tells the format from the content, never from the file name (browsers and phones name
 * files anything): a JSON object is a Tend export, BEGIN:VCARD a vCard file, and a CSV is
 * LinkedIn's or Google's by its header row.
 */
public final class FormatDetector {

	/** Rows looked at for a header: LinkedIn's preamble takes three or four. */
	private static final int HEADER_SEARCH_LINES = 20;

	private FormatDetector() {
	}

	public static ImportFormat detect(String text) {
		String start = text.stripLeading();
		if (start.startsWith("{")) {
			return ImportFormat.TEND;
		}
		String head = start.substring(0, Math.min(start.length(), 4096)).toUpperCase(Locale.ROOT);
		if (head.startsWith("BEGIN:VCARD") || head.contains("\nBEGIN:VCARD")) {
			return ImportFormat.VCARD;
		}
		if (start.startsWith("Notes:")) {
			return ImportFormat.LINKEDIN;
		}
		for (String line : start.lines().limit(HEADER_SEARCH_LINES).toList()) {
			List<String> cells = List.of(line.replace("\"", "").split(","));
			if (LinkedInParser.isHeader(cells)) {
				return ImportFormat.LINKEDIN;
			}
			if (GoogleCsvParser.isHeader(cells)) {
				return ImportFormat.GOOGLE;
			}
		}
		throw UnsupportedImportFormat.undetected();
	}

	public static ContactParser parser(ImportFormat format) {
		return switch (format) {
			case LINKEDIN -> new LinkedInParser();
			case VCARD -> new VCardParser();
			case GOOGLE -> new GoogleCsvParser();
			case TEND -> new TendJsonParser();
		};
	}

}
