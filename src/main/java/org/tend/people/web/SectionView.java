package org.tend.people.web;

/** A section another module adds to the person page: its template and what it shows. */
record SectionView(String template, Object data) {
}
