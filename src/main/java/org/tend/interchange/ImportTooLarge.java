package org.tend.interchange;

/** The upload is over {@link ImportService#MAX_BYTES}. */
public class ImportTooLarge extends RuntimeException {

	private ImportTooLarge(String message) {
		super(message);
	}

	public static ImportTooLarge of(long bytes) {
		return new ImportTooLarge("The file holds " + bytes + " bytes; imports take at most "
				+ ImportService.MAX_BYTES / (1024 * 1024) + " MB");
	}

}
