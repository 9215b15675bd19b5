package org.tend.interchange;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many rows are (or were) added as new people, merged, and skipped. */
public record ImportCounts(@JsonProperty("new") int added, int merged, int skipped) {

	public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

	public ImportCounts plus(ImportAction action) {
		return switch (action) {
			case NEW -> new ImportCounts(this.added + 1, this.merged, this.skipped);
			case MERGED -> new ImportCounts(this.added, this.merged + 1, this.skipped);
			case SKIPPED -> new ImportCounts(this.added, this.merged, this.skipped + 1);
		};
	}

}
