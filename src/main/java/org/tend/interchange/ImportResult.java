package org.tend.interchange;

/** What an applied import did. */
public record ImportResult(ImportCounts counts) {
}
