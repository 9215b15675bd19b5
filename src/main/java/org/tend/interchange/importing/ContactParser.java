package org.tend.interchange.importing;

import org.tend.interchange.ImportFormat;

/** Reads one format. Implementations throw nothing but {@link ImportRejected}. */
public interface ContactParser {

	ImportFormat format();

	ParsedFile parse(String text);

}
