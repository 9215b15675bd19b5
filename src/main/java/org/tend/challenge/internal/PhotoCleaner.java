package org.tend.challenge.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import org.tend.challenge.Photo;
import org.tend.challenge.PhotoRefused;
import org.tend.shared.web.InvalidInput;

/**
 * Accepts a JPEG or PNG of at most {@value #MAX_BYTES} bytes and draws it again into a
 * fresh image: what is stored holds the pixels only, never the EXIF (location, camera,
 * time) or text chunks the upload carried.
 * <p>
 * A small file can decode into a huge raster (a 300 KB 16-bit PNG of 6300 × 6300 pixels
 * is 240 MB decoded, plus the copy drawn from it), so the cost is read from the header
 * before any pixel is decoded and bounded in bytes, bit depth included; and only a few
 * photos are decoded at a time, so a handful of such uploads at once cannot exhaust the
 * heap.
 */
final class PhotoCleaner {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * The decoded raster plus the 4-byte-a-pixel copy drawn from it: a 24-megapixel 8-bit
	 * photo (168 MB) passes, a 16-bit one of the same size does not.
	 */
	static final long MAX_DECODED_BYTES = 192L * 1024 * 1024;

	/** Bytes a pixel takes in the cleaned copy (TYPE_INT_RGB or TYPE_INT_ARGB). */
	private static final int COPY_BYTES_PER_PIXEL = 4;

	private final Semaphore decodes;

	private final Duration wait;

	/**
	 * @param decodes how many photos may be decoded at once
	 * @param wait how long an upload waits for its turn before it is refused as busy
	 */
	PhotoCleaner(Semaphore decodes, Duration wait) {
		this.decodes = decodes;
		this.wait = wait;
	}

	Photo clean(byte[] upload) {
		if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
			throw refused();
		}
		String format = isJpeg(upload) ? "jpeg" : isPng(upload) ? "png" : null;
		if (format == null) {
			throw refused();
		}
		try {
			if (!this.decodes.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw PhotoRefused.tooBusy();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw PhotoRefused.tooBusy();
		}
		try {
			return redraw(read(upload, format), format);
		}
		finally {
			this.decodes.release();
		}
	}

	private static Photo redraw(BufferedImage image, String format) {
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
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				long decoded = (long) width * height * (bytesPerPixel(reader) + COPY_BYTES_PER_PIXEL);
				if (decoded > MAX_DECODED_BYTES) {
					throw PhotoRefused.tooLargeDecoded(width, height, decoded, MAX_DECODED_BYTES);
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInput || ex instanceof PhotoRefused) {
				throw (RuntimeException) ex;
			}
			throw refused();
		}
	}

	/**
	 * What one decoded pixel takes, from the header only: the bands times the bytes of
	 * each sample (2 for a 16-bit PNG), or one packed element where bands share one.
	 */
	private static long bytesPerPixel(ImageReader reader) throws IOException {
		long most = 0;
		ImageTypeSpecifier raw = reader.getRawImageType(0);
		if (raw != null) {
			most = bytesPerPixel(raw.getSampleModel(1, 1));
		}
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		if (types.hasNext()) {
			most = Math.max(most, bytesPerPixel(types.next().getSampleModel(1, 1)));
		}
		if (most == 0) {
			throw refused();
		}
		return most;
	}

	private static long bytesPerPixel(SampleModel model) {
		int bytesPerElement = Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8);
		return (long) model.getNumDataElements() * bytesPerElement;
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
