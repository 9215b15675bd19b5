package org.tend.challenge;

/**
 * A share-card photo that is a valid image but is refused for what decoding it would
 * cost: too many bytes once decoded (answered 413), or every decoding slot busy for too
 * long (answered 503, try again).
 */
public final class PhotoRefused extends RuntimeException {

	private final boolean busy;

	private PhotoRefused(String message, boolean busy) {
		super(message);
		this.busy = busy;
	}

	public static PhotoRefused tooLargeDecoded(int width, int height, long decodedBytes, long maxBytes) {
		return new PhotoRefused("The photo is " + width + " × " + height + " pixels, " + (decodedBytes >> 20)
				+ " MB once decoded; at most " + (maxBytes >> 20) + " MB are accepted.", false);
	}

	public static PhotoRefused tooBusy() {
		return new PhotoRefused("Other photos are being processed; try again in a moment.", true);
	}

	/** True when only the moment was wrong: the same photo may be sent again later. */
	public boolean busy() {
		return this.busy;
	}

}
