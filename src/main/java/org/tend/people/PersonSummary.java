package org.tend.people;

import java.util.UUID;

/** The few facts other modules show next to a person's name. */
public record PersonSummary(UUID id, String name, String company, String role, Circle circle) {
}
