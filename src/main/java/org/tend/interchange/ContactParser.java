package org.tend.interchange;

/** Reads one format. Implementations throw nothing but {@link ImportRejected}. */
interface ContactParser {

	ImportFormat format();

	ParsedFile parse(String text);

}
