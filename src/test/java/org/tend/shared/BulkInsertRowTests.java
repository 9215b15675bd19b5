package org.tend.shared;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BulkInsertRowTests {

	@Test
	void escapesWhatCopyReadsAsSyntaxAndNothingElse() {
		StringBuilder line = new StringBuilder();
		UUID id = UUID.fromString("0b7e8a52-2d1c-4a6f-9d43-5f0c2b8e1a77");

		BulkInsert.appendRow(line, new Object[] { id, "a\tb\nc\rd\\e \"f\" 🌱", null, 7 }, 4);

		assertThat(line).hasToString(id + "\ta\\tb\\nc\\rd\\\\e \"f\" 🌱\t\\N\t7\n");
	}

	@Test
	void refusesARowOfTheWrongLengthOrAValueItCannotWrite() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkInsert.appendRow(new StringBuilder(), new Object[] { 1, 2 }, 3))
			.withMessageContaining("2 values for 3 columns");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BulkInsert.appendRow(new StringBuilder(), new Object[] { new Object() }, 1))
			.withMessageContaining("no COPY text for a java.lang.Object");
	}

}
