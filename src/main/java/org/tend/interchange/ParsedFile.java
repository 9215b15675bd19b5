package org.tend.interchange;

import java.util.List;

/**
 * A file read: its contacts, and for a Tend export the rest of the journal (null for
 * other formats).
 */
record ParsedFile(ImportFormat format, List<ParsedRow> rows, JournalExport journal) {

	ParsedFile {
		rows = List.copyOf(rows);
	}

}
