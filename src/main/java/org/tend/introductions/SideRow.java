package org.tend.introductions;

import java.util.UUID;

/** One side of an introduction as stored (0 is person a, 1 person b). */
record SideRow(UUID introductionId, int side, UUID personId, String email, String reason, Answer answer) {
}
