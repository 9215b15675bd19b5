/**
 * A per-member word index over the journal's text, fed by the modules that own the text
 * and asked by the search pages: "who do I know who works on climate data?".
 */
@ApplicationModule(displayName = "Search index", allowedDependencies = { "accounts", "shared" })
package org.tend.search;

import org.springframework.modulith.ApplicationModule;
