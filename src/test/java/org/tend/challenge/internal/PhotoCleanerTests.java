package org.tend.challenge.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tend.challenge.Photo;
import org.tend.challenge.PhotoRefused;
import org.tend.shared.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

public class PhotoCleanerTests {

	private final PhotoCleaner cleaner = new PhotoCleaner(new Semaphore(2), Duration.ofSeconds(5));

	@Test
	void aJpegLosesItsExifAndCommentButKeepsItsPixels() throws IOException {
		byte[] upload = fixture("photo-with-exif.jpg");
		assertThat(latin1(upload)).contains("Exif", "GPS 41.3874N", "Camera owner");

		Photo photo = this.cleaner.clean(upload);

		assertThat(photo.mediaType()).isEqualTo("image/jpeg");
		assertThat(latin1(photo.bytes())).doesNotContain("Exif", "GPS", "Secret", "Camera owner");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
		assertThat(image.getWidth()).isEqualTo(24);
		assertThat(image.getHeight()).isEqualTo(16);
	}

	@Test
	void aPngLosesItsTextAndExifChunks() throws IOException {
		byte[] upload = fixture("photo-with-text.png");
		assertThat(latin1(upload)).contains("tEXt", "eXIf", "Secret Cafe");

		Photo photo = this.cleaner.clean(upload);

		assertThat(photo.mediaType()).isEqualTo("image/png");
		assertThat(latin1(photo.bytes())).doesNotContain("tEXt", "eXIf", "iTXt", "zTXt", "Secret", "GPS");
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(24);
	}

	@Test
	void refusesWhatIsNotAJpegOrPng() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		for (byte[] upload : new byte[][] { gif, "<svg/>".getBytes(StandardCharsets.UTF_8), new byte[0] }) {
			assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.cleaner.clean(upload))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("photo"));
		}
	}

	@Test
	void refusesMoreThanFiveMegabytes() throws IOException {
		byte[] big = Arrays.copyOf(fixture("photo-with-exif.jpg"), PhotoCleaner.MAX_BYTES + 1);

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.cleaner.clean(big));
	}

	@Test
	void brokenImagesAreRefusedNeverThrownThrough() throws IOException {
		long seed = 20261123L;
		Random random = new Random(seed);
		byte[][] originals = { fixture("photo-with-exif.jpg"), fixture("photo-with-text.png") };
		for (int i = 0; i < 300; i++) {
			byte[] original = originals[i % 2];
			byte[] broken = Arrays.copyOf(original, 4 + random.nextInt(original.length));
			for (int flips = random.nextInt(8); flips > 0; flips--) {
				int at = 8 + random.nextInt(Math.max(1, broken.length - 8));
				if (at < broken.length) {
					broken[at] = (byte) random.nextInt(256);
				}
			}
			try {
				Photo photo = this.cleaner.clean(broken);
				assertThat(latin1(photo.bytes())).as("seed " + seed + ", case " + i).doesNotContain("Secret");
			}
			catch (InvalidInput refused) {
				assertThat(refused.field()).as("seed " + seed + ", case " + i).isEqualTo("photo");
			}
			catch (PhotoRefused tooLarge) {
				// a flipped header byte can claim a huge size: refused before decoding
				assertThat(tooLarge.busy()).as("seed " + seed + ", case " + i).isFalse();
			}
		}
	}

	@Test
	void aSmallSixteenBitPngThatWouldDecodeTooLargeIsRefusedFromItsHeader() throws IOException {
		// 25 million pixels (under a pixel count limit of 40 million), but 8 bytes each
		// at
		// 16 bits per channel with alpha: 200 MB decoded, in a file of a few hundred KB
		byte[] bomb = sixteenBitPng(5000, 5000);
		assertThat(bomb.length).isLessThan(PhotoCleaner.MAX_BYTES);

		assertThatExceptionOfType(PhotoRefused.class).isThrownBy(() -> this.cleaner.clean(bomb))
			.satisfies((ex) -> assertThat(ex.busy()).isFalse())
			.withMessageContaining("5000 × 5000")
			.withMessageContaining("once decoded");
	}

	@Test
	void aPhotoWaitsForAFreeDecodingSlotAndIsRefusedAsBusyIfNoneFrees() throws IOException {
		Semaphore slots = new Semaphore(1);
		PhotoCleaner cleaner = new PhotoCleaner(slots, Duration.ofMillis(200));
		byte[] upload = fixture("photo-with-text.png");
		slots.acquireUninterruptibly();

		assertThatExceptionOfType(PhotoRefused.class).isThrownBy(() -> cleaner.clean(upload))
			.satisfies((ex) -> assertThat(ex.busy()).isTrue());

		slots.release();
		assertThat(cleaner.clean(upload).mediaType()).isEqualTo("image/png");
		assertThat(slots.availablePermits()).as("the slot is given back").isEqualTo(1);
	}

	/**
	 * A valid RGBA PNG of 16 bits per channel, all pixels zero: deflate packs its rows
	 * about a thousand to one.
	 */
	public static byte[] sixteenBitPng(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 16).put((byte) 6);
		chunk(png, "IHDR", header.array());
		ByteArrayOutputStream pixels = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels, new Deflater(9))) {
			byte[] row = new byte[1 + width * 8];
			for (int y = 0; y < height; y++) {
				deflate.write(row);
			}
		}
		chunk(png, "IDAT", pixels.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.write(ByteBuffer.allocate(4).putInt(data.length).array());
		png.write(name);
		png.write(data);
		png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static byte[] fixture(String name) throws IOException {
		try (InputStream in = PhotoCleanerTests.class.getResourceAsStream("/challenge/" + name)) {
			return in.readAllBytes();
		}
	}

	private static String latin1(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
