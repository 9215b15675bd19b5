package org.tend.interchange.importing;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tend.interchange.ImportFormat;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyParsedTests {

	@Test
	void remembersTheLastFewFilesEachForOneApply() {
		RecentlyParsed recent = new RecentlyParsed();
		List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		ids.forEach((id) -> recent.keep(id, new ParsedFile(ImportFormat.LINKEDIN, List.of(), null)));

		assertThat(recent.take(ids.get(0))).as("pushed out by the newer ones").isEmpty();
		assertThat(recent.take(ids.get(3))).isPresent();
		assertThat(recent.take(ids.get(3))).as("taken once").isEmpty();
		assertThat(recent.take(ids.get(1))).isPresent();
	}

}
