package org.tend.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The real-shaped files under src/test/resources/interchange. */
public final class Fixtures {

	public static final List<String> ALL = List.of("Connections.csv", "android-2.1.vcf", "apple-3.0.vcf",
			"contacts-4.0.vcf", "google-current.csv", "google-legacy.csv", "tend-export.json");

	private Fixtures() {
	}

	public static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/interchange/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
