package org.tend.challenge.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.tend.challenge.Photo;
import org.tend.shared.web.InvalidInput;

/**
 * Accepts a JPEG or PNG of at most {@value #MAX_BYTES} bytes and draws it again into a
 * fresh image: what is stored holds the pixels only, never the EXIF (location, camera,
 * time) or text chunks the upload carried.
 */
final class PhotoCleaner {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Refuses images that would take too much memory once decoded. */
	static final long MAX_PIXELS = 40_000_000L;

	private PhotoCleaner() {
	}

	static Photo clean(byte[] upload) {
		if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
			throw refused();
		}
		String format = isJpeg(upload) ? "jpeg" : isPng(upload) ? "png" : null;
		if (format == null) {
			throw refused();
		}
		BufferedImage image = read(upload, format);
		// JPEG has no alpha: draw onto plain RGB; PNG keeps its transparency
		int type = "jpeg".equals(format) || !image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_RGB
				: BufferedImage.TYPE_INT_ARGB;
		BufferedImage clean = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D graphics = clean.createGraphics();
		graphics.drawImage(image, 0, 0, null);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(clean, format, out)) {
				throw refused();
			}
		}
		catch (IOException ex) {
			throw refused();
		}
		return new Photo("image/" + format, out.toByteArray());
	}

	private static BufferedImage read(byte[] upload, String format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (input == null || !readers.hasNext()) {
				throw refused();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw refused();
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw refused();
		}
	}

	private static boolean isJpeg(byte[] bytes) {
		return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
	}

	private static boolean isPng(byte[] bytes) {
		return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
	}

	private static InvalidInput refused() {
		return InvalidInput.of("photo", "The photo must be a JPEG or PNG image of at most 5 MB.");
	}

}
