package org.tend.groups;

import java.util.UUID;

/**
 * A member's own answer for one session: attended, and whether it is in their journal.
 */
public record Attendance(UUID sessionId, boolean attended, boolean recorded) {
}
