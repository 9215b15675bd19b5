package org.tend.challenge.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.tend.challenge.Photo;
import org.tend.shared.web.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

public class PhotoCleanerTests {

	@Test
	void aJpegLosesItsExifAndCommentButKeepsItsPixels() throws IOException {
		byte[] upload = fixture("photo-with-exif.jpg");
		assertThat(latin1(upload)).contains("Exif", "GPS 41.3874N", "Camera owner");

		Photo photo = PhotoCleaner.clean(upload);

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

		Photo photo = PhotoCleaner.clean(upload);

		assertThat(photo.mediaType()).isEqualTo("image/png");
		assertThat(latin1(photo.bytes())).doesNotContain("tEXt", "eXIf", "iTXt", "zTXt", "Secret", "GPS");
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(24);
	}

	@Test
	void refusesWhatIsNotAJpegOrPng() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		for (byte[] upload : new byte[][] { gif, "<svg/>".getBytes(StandardCharsets.UTF_8), new byte[0] }) {
			assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> PhotoCleaner.clean(upload))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("photo"));
		}
	}

	@Test
	void refusesMoreThanFiveMegabytes() throws IOException {
		byte[] big = Arrays.copyOf(fixture("photo-with-exif.jpg"), PhotoCleaner.MAX_BYTES + 1);

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> PhotoCleaner.clean(big));
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
				Photo photo = PhotoCleaner.clean(broken);
				assertThat(latin1(photo.bytes())).as("seed " + seed + ", case " + i).doesNotContain("Secret");
			}
			catch (InvalidInput refused) {
				assertThat(refused.field()).as("seed " + seed + ", case " + i).isEqualTo("photo");
			}
		}
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
