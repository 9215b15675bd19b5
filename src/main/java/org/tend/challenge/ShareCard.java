package org.tend.challenge;

import java.util.UUID;

/**
 * A meeting's optional share card: the text to post (with #slownetworking), naming the
 * other people only when the member ticked that they agreed, and whether a photo is kept.
 */
public record ShareCard(UUID meetingId, String text, boolean nameAgreed, boolean hasPhoto) {
}
