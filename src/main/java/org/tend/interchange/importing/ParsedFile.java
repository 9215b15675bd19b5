package org.tend.interchange.importing;

import java.util.List;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.JournalExport;

/**
 * A file read: its contacts, and for a Tend export the rest of the journal (null for
 * other formats).
 */
public record ParsedFile(ImportFormat format, List<ParsedRow> rows, JournalExport journal) {

	public ParsedFile {
		rows = List.copyOf(rows);
	}

}
