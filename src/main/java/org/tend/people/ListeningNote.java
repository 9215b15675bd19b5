package org.tend.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the member learned by listening to a person, dated so its evolution is visible.
 */
public record ListeningNote(UUID id, UUID personId, NoteKind kind, String text, LocalDate notedOn, Instant createdAt) {
}
