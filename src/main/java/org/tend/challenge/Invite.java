package org.tend.challenge;

import java.util.UUID;

/**
 * A ready invitation to a meeting: whom it greets, the email's subject and body, the
 * {@code mailto:} link that opens it (to the person's first address when the journal
 * holds one) and the text to copy into a message.
 */
public record Invite(UUID meetingId, String names, String subject, String body, String mailto) {
}
