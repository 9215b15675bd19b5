package org.tend.introductions;

import java.util.UUID;

/**
 * The member asked answers a request with a double opt-in introduction: the asker and a
 * person of the member's own journal ({@code personId}), a reason for each side and a
 * note to both, as in {@link NewIntroduction}.
 */
public record IntroduceFromRequest(UUID personId, String askerReason, String personReason, String message) {
}
