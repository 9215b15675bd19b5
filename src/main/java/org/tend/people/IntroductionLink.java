package org.tend.people;

import java.util.UUID;

/**
 * The member named {@code introducedBy} as the person who introduced them to the person.
 */
public record IntroductionLink(UUID personId, UUID introducedBy) {
}
