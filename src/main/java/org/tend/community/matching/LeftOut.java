package org.tend.community.matching;

import java.util.UUID;

/**
 * A member the hard rules left out of a round, and why (shown to them).
 */
public record LeftOut(UUID memberId, String reason) {

}
