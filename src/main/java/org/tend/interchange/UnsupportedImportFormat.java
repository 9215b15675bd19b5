package org.tend.interchange;

/** The file is none of the formats Tend reads, or a {@code format} Tend does not know. */
public class UnsupportedImportFormat extends RuntimeException {

	private UnsupportedImportFormat(String message) {
		super(message);
	}

	public static UnsupportedImportFormat unknown(String format) {
		return new UnsupportedImportFormat(
				"Unknown format '" + format + "': linkedin, vcard, google or tend (or none, to detect it)");
	}

	public static UnsupportedImportFormat undetected() {
		return new UnsupportedImportFormat(
				"This file is not a LinkedIn Connections.csv, a vCard file, a Google Contacts CSV or a Tend export");
	}

}
