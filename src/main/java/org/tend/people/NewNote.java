package org.tend.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tend.people.internal.TextCleaning;

/**
 * A listening note to add: what it is about, what was learned (up to 4000 characters) and
 * when (today in the member's time zone when not given).
 */
public record NewNote(@NotNull(message = "{people.error.note.kind}") NoteKind kind,
		@NotBlank(message = "{people.error.note.text}") @Size(max = 4000,
				message = "{people.error.tooLong}") String text,
		LocalDate notedOn) {

	public NewNote {
		text = TextCleaning.clean(text);
	}

}
