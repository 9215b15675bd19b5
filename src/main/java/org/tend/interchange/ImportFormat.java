package org.tend.interchange;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The files Tend imports, by their lowercase API code. */
public enum ImportFormat {

	LINKEDIN, VCARD, GOOGLE, TEND;

	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format with that code, whatever its case.
	 * @throws UnsupportedImportFormat for anything else
	 */
	public static ImportFormat fromCode(String code) {
		for (ImportFormat format : values()) {
			if (format.code().equalsIgnoreCase((code != null) ? code.strip() : null)) {
				return format;
			}
		}
		throw UnsupportedImportFormat.unknown(code);
	}

}
