package org.tend.interchange;

import java.util.List;
import java.util.UUID;

/**
 * What applying the import would do, row by row; {@code id} is what
 * {@link ImportService#apply} takes, for a day.
 */
public record ImportPreview(UUID id, ImportFormat format, ImportCounts counts, List<ImportRow> rows) {

	public ImportPreview {
		rows = List.copyOf(rows);
	}

}
