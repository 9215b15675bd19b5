package org.tend.introductions.internal;

import java.util.UUID;

import org.tend.introductions.Answer;

/** One side of an introduction as stored (0 is person a, 1 person b). */
public record SideRow(UUID introductionId, int side, UUID personId, String email, String reason, Answer answer) {
}
