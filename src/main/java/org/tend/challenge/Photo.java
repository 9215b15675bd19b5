package org.tend.challenge;

/** A share-card photo as stored: re-encoded, with no metadata left. */
public record Photo(String mediaType, byte[] bytes) {
}
