package org.tend.interchange.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tend.interchange.Fixtures;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.ImportService;
import org.tend.interchange.UnsupportedImportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The parsers, fed the real fixtures mutated thousands of times (bit flips, cuts,
 * inserted quotes, line breaks, BOMs and random bytes), throw nothing but
 * {@link ImportRejected} (or {@link UnsupportedImportFormat} when detection gives up).
 * Plain loops over a seeded Random: a failure names the seed and iteration to replay.
 */
class ParserFuzzTests {

	private static final long SEED = 20261123L;

	private static final int ITERATIONS = 2000;

	private static final byte[][] INSERTS = { "\"".getBytes(StandardCharsets.UTF_8),
			"\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
			"\uFEFF".getBytes(StandardCharsets.UTF_8), ",".getBytes(StandardCharsets.UTF_8),
			"BEGIN:VCARD\n".getBytes(StandardCharsets.UTF_8), "END:VCARD\n".getBytes(StandardCharsets.UTF_8),
			" ::: ".getBytes(StandardCharsets.UTF_8), "=C3=".getBytes(StandardCharsets.UTF_8),
			"{".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8),
			"null".getBytes(StandardCharsets.UTF_8), "🌱".getBytes(StandardCharsets.UTF_8) };

	@Test
	void linkedInParserThrowsOnlyImportRejected() {
		fuzz("Connections.csv", "linkedin");
	}

	@Test
	void vCardParserThrowsOnlyImportRejected() {
		fuzz("android-2.1.vcf", "vcard");
		fuzz("apple-3.0.vcf", "vcard");
		fuzz("contacts-4.0.vcf", "vcard");
	}

	@Test
	void googleParserThrowsOnlyImportRejected() {
		fuzz("google-current.csv", "google");
		fuzz("google-legacy.csv", "google");
	}

	@Test
	void tendJsonParserThrowsOnlyImportRejected() {
		fuzz("tend-export.json", "tend");
	}

	@Test
	void detectionThrowsOnlyImportRejectedOrUnsupported() {
		for (String fixture : Fixtures.ALL) {
			fuzz(fixture, null);
		}
	}

	@Test
	void everyFixtureReadsUnmutated() {
		for (String fixture : Fixtures.ALL) {
			assertThat(ImportService.read(Fixtures.bytes(fixture), null).rows()).as(fixture).isNotEmpty();
		}
	}

	private static void fuzz(String fixture, String format) {
		byte[] original = Fixtures.bytes(fixture);
		Random random = new Random(SEED ^ fixture.hashCode());
		for (int i = 0; i < ITERATIONS; i++) {
			byte[] mutated = mutate(original, random);
			try {
				ImportService.read(mutated, format);
			}
			catch (ImportRejected | UnsupportedImportFormat expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
			catch (RuntimeException | StackOverflowError ex) {
				fail("seed " + SEED + ", " + fixture + " as " + format + ", iteration " + i + ": " + ex + "\n"
						+ new String(mutated, StandardCharsets.UTF_8), ex);
			}
		}
	}

	/** One to four mutations of the file. */
	static byte[] mutate(byte[] original, Random random) {
		byte[] bytes = original;
		int mutations = 1 + random.nextInt(4);
		for (int m = 0; m < mutations; m++) {
			bytes = switch (random.nextInt(6)) {
				case 0 -> flipBit(bytes, random);
				case 1 -> Arrays.copyOf(bytes, (bytes.length == 0) ? 0 : random.nextInt(bytes.length));
				case 2 -> insert(bytes, INSERTS[random.nextInt(INSERTS.length)], random);
				case 3 -> insert(bytes, randomBytes(random), random);
				case 4 -> delete(bytes, random);
				default -> duplicate(bytes, random);
			};
		}
		return bytes;
	}

	private static byte[] flipBit(byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		byte[] copy = bytes.clone();
		int at = random.nextInt(copy.length);
		copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
		return copy;
	}

	private static byte[] insert(byte[] bytes, byte[] inserted, Random random) {
		int at = random.nextInt(bytes.length + 1);
		byte[] result = new byte[bytes.length + inserted.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(inserted, 0, result, at, inserted.length);
		System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
		return result;
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[1 + random.nextInt(16)];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] delete(byte[] bytes, Random random) {
		if (bytes.length < 2) {
			return bytes;
		}
		int from = random.nextInt(bytes.length);
		int to = Math.min(bytes.length, from + 1 + random.nextInt(32));
		byte[] result = new byte[bytes.length - (to - from)];
		System.arraycopy(bytes, 0, result, 0, from);
		System.arraycopy(bytes, to, result, from, bytes.length - to);
		return result;
	}

	private static byte[] duplicate(byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		int from = random.nextInt(bytes.length);
		int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
		return insert(bytes, Arrays.copyOfRange(bytes, from, to), random);
	}

}
