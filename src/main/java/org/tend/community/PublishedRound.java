package org.tend.community;

import java.util.UUID;

/** A round once published: its id and number, and the plan that was published. */
public record PublishedRound(UUID id, int number, RoundPlan plan) {

}
